/**
 * Which help lines and donation page a page shows. A page that shows a
 * campaign's content (the campaign page, its posts, its kit) takes the
 * campaign's; every other page the site's defaults. Pages set it on
 * `Astro.locals.help` before rendering, so the header, the footer and the
 * `<Hotline />` in MDX text all read the same one.
 */
import {
  defaultHelpRegion,
  helpRegions,
  type Helpline,
  type HelpRegion,
  type HelpRegionId,
} from '@/config/help-lines.ts';
import { site } from '@/config/site.ts';

export interface HelpContext {
  region: HelpRegionId;
  donateUrl: string;
}

export const defaultHelpContext: HelpContext = { region: defaultHelpRegion, donateUrl: site.donateUrl };

/** A campaign's help context from its frontmatter: its region, and its donation page or the site's. */
export function campaignHelpContext(data: { region: HelpRegionId; donateUrl?: string | undefined }): HelpContext {
  return { region: data.region, donateUrl: data.donateUrl ?? site.donateUrl };
}

/** The help context of the page being built. */
export function helpContextOf(locals: { help?: HelpContext | undefined } | undefined): HelpContext {
  return locals?.help ?? defaultHelpContext;
}

export function helpLinesOf(context: HelpContext): HelpRegion {
  return helpRegions[context.region];
}

/**
 * The line's name as the page shows it: the US hotline's name has a
 * translation in the UI strings (`hotline.name`); other lines keep their own
 * name, a proper noun.
 */
export function helplineName(region: HelpRegionId, helpline: Helpline, translatedDefault: string): string {
  return region === 'us' ? translatedDefault : helpline.name;
}
