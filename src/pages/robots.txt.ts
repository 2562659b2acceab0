import type { APIRoute } from 'astro';
import { urls } from '../lib/urls';

/** Points crawlers at the sitemap, which lives under the base path like everything else. */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(urls.file('sitemap-index.xml'))}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
