/**
 * Old addresses that should send visitors to a new one: `'/old/': '/new/'`.
 * Astro writes a small redirect page for each; the sitemap leaves them out
 * (see src/lib/sitemap.ts). Add both languages' paths when a page moves.
 */
export const redirects: Record<string, string> = {};
