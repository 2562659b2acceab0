/**
 * The first search query's download on a site that is already built, measured as the benchmark
 * measures it (./browser.ts: a fresh Chromium context per query, gzip like a static host), so a
 * change to the search page or the index can be weighed without building the column again:
 *
 *   npm exec -- node scripts/bench/first-search.ts <site folder> [--en a,b] [--zh 甲,乙]
 *
 * Re-index a benchmark site first with `node scripts/bench/pagefind-index.ts <site>
 * <site>/pagefind`. Prints one line per query: the bytes, what they were, the results shown and
 * how long after opening the page the first appeared.
 */
import { parseArgs } from 'node:util';
import { browserFigures } from './browser.ts';
import { kibibytes } from './report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    en: { type: 'string', default: 'kindergarten,investment,Hanting' },
    zh: { type: 'string', default: '幼儿园,投资,寒亭' },
  },
});
const [distDir] = positionals;
if (!distDir) throw new Error('usage: first-search.ts <site folder> [--en a,b] [--zh 甲,乙]');

const list = (text: string) => text.split(',').filter(Boolean);
const figures = await browserFigures({
  distDir,
  queries: { en: list(values.en), zh: list(values.zh), next: 'library' },
  readingPages: [],
});
for (const run of figures.firstQueries) {
  const kinds = Object.entries(run.transfer.byKind)
    .map(([kind, bytes]) => `${kind} ${kibibytes(bytes)}`)
    .join(', ');
  console.log(
    `${run.lang} "${run.query}": ${kibibytes(run.transfer.bytes)} (${kinds}), ${run.results} results shown after ${Math.round(run.ms)} ms`,
  );
}
