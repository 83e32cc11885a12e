/**
 * The sources every warning sign on the site traces to (../shared/FACTS.md,
 * "Sources for warning signs"). Each file in `content/signs/<locale>/` names
 * the ones it draws on in its `sources:` list, by key; sign pages show them.
 * Signs paraphrase these sources in plain words: a sign none of them supports
 * does not belong on the site.
 */

export interface SignSource {
  /** The publisher and title, as credited on the page (in the source's own language). */
  name: string;
  /** The page itself. */
  url: `https://${string}`;
  /** The language the source is written in (a BCP 47 tag). */
  lang: string;
}

export const signSources = {
  'stt-labour-exploitation': {
    name: 'STOP THE TRAFFIK, “Spot the Signs: Labour Exploitation”',
    url: 'https://www.stopthetraffik.org/what-is-human-trafficking/spot-the-signs/labour-exploitation/',
    lang: 'en',
  },
  'stt-community': {
    name: 'STOP THE TRAFFIK, “Spot the Signs in your community”',
    url: 'https://www.stopthetraffik.org/spot-the-signs-cdd-services/',
    lang: 'en',
  },
  'dhs-blue-campaign': {
    name: 'U.S. Department of Homeland Security, Blue Campaign: human trafficking indicators for the general public',
    url: 'https://www.dhs.gov/blue-campaign/course_changes_p24',
    lang: 'en',
  },
  hotline: {
    name: 'National Human Trafficking Hotline',
    url: 'https://humantraffickinghotline.org/',
    lang: 'en',
  },
} as const satisfies Record<string, SignSource>;

export type SignSourceKey = keyof typeof signSources;

export const signSourceKeys = Object.keys(signSources) as [SignSourceKey, ...SignSourceKey[]];
