import type { AstroIntegration } from 'astro';
import { site } from '@/config/site.ts';
import { buildDay } from '@/lib/publishing.ts';

/** What a build for deployment without SITE_URL says. */
export const SITE_URL_MISSING = [
  'SITE_URL is not set. A build for deployment needs the public address of the site: canonical links, the',
  'sitemap, RSS feeds, link previews, robots.txt and the printed signs card are written with it. Set it when building:',
  '  SITE_URL=https://campaigns.example.org npm run build',
  "  (Windows PowerShell: $env:SITE_URL='https://campaigns.example.org'; npm run build)",
  "On a hosting service, add SITE_URL to the site's build environment variables.",
  'To build and look at the site on this computer only, run npm start (it uses http://127.0.0.1:4321).',
].join('\n');

/**
 * Checks the environment a build runs in, before anything is built: `astro build`
 * needs SITE_URL (never a silent 127.0.0.1 in a deployed site; `npm start`,
 * `npm test` and CI pass the local address through scripts/with-local-site.ts),
 * and BUILD_DATE, when set, must be a real day.
 */
export default function buildEnvironment(): AstroIntegration {
  return {
    name: 'build-environment',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const day = buildDay(process.env.BUILD_DATE, site.publishingTimeZone);
        if (command !== 'build') return;
        if (!process.env.SITE_URL?.trim()) throw new Error(SITE_URL_MISSING);
        logger.info(`building for ${site.siteUrl}, publishing posts dated up to ${day}`);
      },
    },
  };
}
