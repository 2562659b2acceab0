/**
 * Indexes a built site with Pagefind exactly as the build does (src/integrations/searchIndex.ts),
 * writing the index somewhere else, so the benchmark can time indexing on its own:
 *
 *   node scripts/bench/pagefind-index.ts <site folder> <index folder>
 *
 * Prints one JSON line: the pages indexed and the seconds it took.
 */
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isSearchPage, writeSearchIndex } from '../../src/integrations/searchIndex.ts';

const [site, outputPath] = process.argv.slice(2);
if (!site || !outputPath) throw new Error('usage: pagefind-index.ts <site folder> <index folder>');

// The pages as Astro names them: each folder with an index.html, `issues/4/`.
const pathnames = readdirSync(site, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.html')
  .map((entry) => `${relative(site, entry.parentPath).split(sep).join('/')}/`)
  .filter(isSearchPage);

const started = performance.now();
const { errors } = await writeSearchIndex({ site, pathnames, outputPath });
if (errors.length) throw new Error(errors.join('; '));
console.log(
  JSON.stringify({ pages: pathnames.length, seconds: (performance.now() - started) / 1000 }),
);
