// @ts-check
/**
 * The benchmark's baseline: a bare Astro site over the same content folder as the column,
 * with Astro's defaults (the Sätteri Markdown processor, the sharp image service) and the
 * project's own astro and @astrojs/mdx. `npm run bench` builds it from a copy in its work
 * folder (so .astro/ and node_modules/.vite/ land there, not here), never deploys it.
 *
 * COLUMN_CONTENT_DIR and COLUMN_OUT_DIR say what to build and where, as for the real site;
 * the cache sits beside the output, so a cold build can delete it.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const contentDir = process.env['COLUMN_CONTENT_DIR'];
const outDir = process.env['COLUMN_OUT_DIR'];
if (!contentDir || !outDir) {
  throw new Error(
    'The bench baseline needs COLUMN_CONTENT_DIR and COLUMN_OUT_DIR: run it with npm run bench',
  );
}

export default defineConfig({
  outDir: resolve(outDir),
  cacheDir: resolve(outDir, '..', '.astro-cache'),
  integrations: [mdx()],
});
