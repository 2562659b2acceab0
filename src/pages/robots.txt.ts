import type { APIRoute } from 'astro';
import { urls } from '../lib/urls';

/** Points crawlers at the sitemap, which lives under the base path like everything else. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.file('sitemap-index.xml'), site).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
