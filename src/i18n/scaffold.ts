/**
 * The text `npm run new:post` puts in a new post for the author to replace.
 * The content guard refuses a published post (no `draft: true`) that still
 * contains a placeholder, so these words never reach readers.
 */
import type { Locale } from './locales.ts';

export interface PostPlaceholders {
  /** Stands in for the summary (`description`). */
  description: string;
  /** Describes the default picture: real text, kept when the picture is. */
  alt: string;
  /** Stands in for the post's text. */
  body: string;
}

export const postPlaceholders: Record<Locale, PostPlaceholders> = {
  en: {
    description: 'Replace this with a one-sentence summary of the post, shown in lists, search results and link previews.',
    alt: 'Illustration with the words STOP THE TRAFFIK in white on dark blue, above blue waves.',
    body: 'Write the post here. State only facts you can source, and say where each figure comes from.',
  },
  es: {
    description: 'Cambie este texto por un resumen de una oración; se muestra en listas, búsquedas y vistas previas de enlaces.',
    alt: 'Ilustración con las palabras STOP THE TRAFFIK en blanco sobre azul oscuro, encima de unas olas azules.',
    body: 'Escriba aquí la publicación. Incluya solo datos con fuente y diga de dónde viene cada cifra.',
  },
};

/** The opening words of each placeholder that must be replaced before publishing. */
export const placeholderMarkers: readonly string[] = Object.values(postPlaceholders).flatMap((p) =>
  [p.description, p.body].map((text) => text.split(/[.;,]/)[0]!.trim()),
);
