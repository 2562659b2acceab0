/**
 * Writes the Pagefind index of a built site: every issue page and project page, each Chinese
 * one given to Pagefind with its tokens marked (src/lib/chineseTokens.ts). Used by the build
 * hook (./pagefind.ts) and by the benchmark, which times it on its own; its imports name their
 * `.ts` files so the benchmark can load it in plain Node.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';
import { tokenBoundaries } from '../lib/chineseTokens.ts';
import { ISSUE_PAGE_PATH, PROJECT_PAGE_PATH } from '../lib/urls.ts';

/**
 * Word positions per index chunk, Pagefind's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (default
 * 20,000). A search downloads every chunk that holds one of its words; at the default a chunk
 * weighs 20–45 KiB, so a query of three words fetched up to 100 KiB of index for a few KiB of
 * matches. Smaller chunks mean a larger chunk list, which every first search loads: at 1,000
 * issues, 800 costs 4–5 KiB more of list and saves 10–60 KiB of chunks.
 */
export const INDEX_CHUNK_SIZE = 800;

/** The pages the index holds, as Astro names them (`issues/4/`, `zh/projects/x/`). */
export function isSearchPage(pathname: string): boolean {
  return ISSUE_PAGE_PATH.test(pathname) || PROJECT_PAGE_PATH.test(pathname);
}

/** Pages added to Pagefind at once: its service reads them in parallel. */
const BATCH = 16;

/**
 * Indexes `pathnames` (pages of the site in `site`) into `outputPath`. Returns the errors
 * Pagefind reported, none when the index was written.
 */
export async function writeSearchIndex(options: {
  site: string;
  pathnames: readonly string[];
  outputPath: string;
}): Promise<string[]> {
  const previous = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  // Pagefind's service reads it when it starts, at the first call below.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return errors.length ? errors : ['Pagefind did not start'];
    for (let start = 0; start < options.pathnames.length; start += BATCH) {
      const added = await Promise.all(
        options.pathnames.slice(start, start + BATCH).map(async (pathname) => {
          const html = await readFile(join(options.site, pathname, 'index.html'), 'utf8');
          return index.addHTMLFile({ url: `/${pathname}`, content: markChinesePage(html) });
        }),
      );
      const failed = added.flatMap((file) => file.errors);
      if (failed.length) return failed;
    }
    const written = await index.writeFiles({ outputPath: options.outputPath });
    return written.errors;
  } finally {
    await pagefind.close();
    if (previous === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
    else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = previous;
  }
}

/**
 * Elements after which Pagefind starts a new sentence (its SENTENCE_SELECTORS, and `br`,
 * which it reads as a space): a run of Han characters never goes on across one.
 */
const SENTENCE_ENDS = new Set('h1 h2 h3 h4 h5 h6 p td div ul li article section br'.split(' '));

/** Elements whose text Pagefind leaves out. */
const UNINDEXED = new Set('script style noscript label form svg footer nav'.split(' '));

/**
 * A page as Pagefind is given it: a Chinese page (`<html lang="zh…">`) with a zero-width space
 * at each token boundary of its indexed text, any other page as it is. Boundaries are found in
 * each sentence's whole text, as Pagefind reads it across inline elements, then written into
 * the text nodes they fall in.
 */
export function markChinesePage(html: string): string {
  if (!/<html[^>]*\slang="zh/i.test(html)) return html;
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return html;
  let sentence: Text[] = [];
  const sentences: Text[][] = [sentence];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      sentence.push(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.localName.toLowerCase();
    if (UNINDEXED.has(name) || element.hasAttribute('data-pagefind-ignore')) return;
    const ends = SENTENCE_ENDS.has(name);
    if (ends) sentences.push((sentence = []));
    for (const child of element.childNodes) visit(child);
    if (ends) sentences.push((sentence = []));
  };
  visit(body);
  for (const nodes of sentences) markSentence(nodes);
  return document.toString();
}

function markSentence(nodes: Text[]) {
  const boundaries = tokenBoundaries(nodes.map((node) => node.data).join(''));
  let start = 0;
  for (const node of nodes) {
    const text = node.data;
    const end = start + text.length;
    const inside = boundaries.filter((offset) => offset >= start && offset < end);
    if (inside.length) {
      let marked = '';
      let from = 0;
      for (const offset of inside) {
        marked += `${text.slice(from, offset - start)}\u200B`;
        from = offset - start;
      }
      node.data = marked + text.slice(from);
    }
    start = end;
  }
}
