/**
 * Indexes a built site with Pagefind the way `src/integrations/pagefind.ts` does, writing the
 * index somewhere else, so the benchmark can time indexing on its own:
 *
 *   node scripts/bench/pagefind-index.ts <site folder> <index folder>
 *
 * Prints one JSON line: seconds for reading the pages and for writing the index.
 */
import * as pagefind from 'pagefind';

const [site, outputPath] = process.argv.slice(2);
if (!site || !outputPath) throw new Error('usage: pagefind-index.ts <site folder> <index folder>');

const started = performance.now();
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  const read = performance.now();
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  const done = performance.now();
  console.log(
    JSON.stringify({
      pages: added.page_count,
      addSeconds: (read - started) / 1000,
      writeSeconds: (done - read) / 1000,
    }),
  );
} finally {
  await pagefind.close();
}
