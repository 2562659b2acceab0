import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../lib/buildEnv';
import { headersFile } from '../lib/csp';

/**
 * Writes `_headers` into the build, for the static hosts that read it (Netlify, Cloudflare
 * Pages): the Content Security Policy as a header, which unlike the `<meta>` copy in every
 * page also covers the search worker and `frame-ancestors`. It is generated, not kept in
 * `public/`, so it always carries the same policy as the pages and the build's base path.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'column:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        logger.info('Wrote _headers with the Content Security Policy.');
      },
    },
  };
}
