import type { APIRoute } from 'astro';
import { site } from '@/config/site.ts';
import { robotsTxt } from '@/lib/sitemap.ts';

/** Built to `dist/robots.txt` from the one configured site URL (SITE_URL). */
export const GET: APIRoute = () =>
  new Response(robotsTxt(site.siteUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
