/**
 * Writes the Pagefind index of a built site: every issue page and project page, each Chinese
 * one given to Pagefind with its tokens marked (src/lib/chineseTokens.ts). Used by the build
 * hook (./pagefind.ts) and by the benchmark, which times it on its own; its imports name their
 * `.ts` files so the benchmark can load it in plain Node.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import * as pagefind from 'pagefind';
import { tokenBoundaries } from '../lib/chineseTokens.ts';
import { keepIndex, reuseIndex, searchInputDigest } from '../lib/searchIndexCache.ts';
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

/** Whether a page lives under a locale prefix (`zh/…`), the only pages that may need marking. */
const isLocalised = (pathname: string) =>
  Boolean(ISSUE_PAGE_PATH.exec(pathname)?.[1] ?? PROJECT_PAGE_PATH.exec(pathname)?.[1]);

/**
 * Indexes `pathnames`, pages of the site in `site`, into `outputPath`. Pagefind reads the pages
 * from disk itself, twice as fast as taking them one by one from here: the pages at the root
 * where they are, the pages under a locale prefix from a copy with their tokens marked. With a
 * `cacheFolder`, the index is kept there and reused by the next run that would give Pagefind
 * the same files and settings (src/lib/searchIndexCache.ts). Returns the errors Pagefind
 * reported, none when the index was written, and whether it was reused.
 */
export async function writeSearchIndex(options: {
  site: string;
  pathnames: readonly string[];
  outputPath: string;
  cacheFolder?: string | undefined;
}): Promise<{ errors: string[]; reused: boolean }> {
  const { site, outputPath, cacheFolder } = options;
  const [localised, root] = partition(options.pathnames, isLocalised);
  // The folders the root's pages are in, `{issues,projects}`: the other pages there (the
  // archive's) carry no data-pagefind-body, so Pagefind passes over them.
  const folders = [...new Set(root.map((pathname) => pathname.slice(0, pathname.indexOf('/'))))];
  // Synchronous: a thousand small files are read faster one after another.
  const marked = new Map(
    localised.map((pathname) => {
      const file = join(pathname, 'index.html');
      return [file, markChinesePage(readFileSync(join(site, file), 'utf8'))] as const;
    }),
  );
  const cache = cacheFolder && {
    folder: cacheFolder,
    digest: searchInputDigest(
      [
        {
          label: 'site',
          files: htmlFiles(site, folders),
          read: (file) => readFileSync(join(site, file)),
        },
        { label: 'marked', files: [...marked.keys()], read: (file) => marked.get(file) ?? '' },
      ],
      await pagefindSettings(),
    ),
  };
  if (cache && reuseIndex(cache.folder, cache.digest, outputPath)) {
    return { errors: [], reused: true };
  }
  const markedFolder = await mkdtemp(join(tmpdir(), 'column-search-'));
  try {
    for (const [file, html] of marked) {
      mkdirSync(dirname(join(markedFolder, file)), { recursive: true });
      writeFileSync(join(markedFolder, file), html);
    }
    const errors = await runPagefind({
      site,
      folders,
      marked: marked.size ? markedFolder : undefined,
      outputPath,
    });
    if (!errors.length && cache) keepIndex(cache.folder, cache.digest, outputPath);
    return { errors, reused: false };
  } finally {
    await rm(markedFolder, { recursive: true, force: true });
  }
}

async function runPagefind(options: {
  site: string;
  folders: readonly string[];
  /** The folder of the marked copies of the pages under a locale prefix, if there are any. */
  marked: string | undefined;
  outputPath: string;
}): Promise<string[]> {
  const previous = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  // Pagefind's service reads it when it starts, at the first call below.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
    if (!index) return errors.length ? errors : ['Pagefind did not start'];
    if (options.folders.length) {
      const added = await index.addDirectory({
        path: options.site,
        glob: `{${options.folders.join(',')}}/**/*.html`,
      });
      if (added.errors.length) return added.errors;
    }
    if (options.marked) {
      const added = await index.addDirectory({ path: options.marked });
      if (added.errors.length) return added.errors;
    }
    // An index left there may be linked into the cache (src/lib/searchIndexCache.ts): Pagefind
    // must write new files, never write over those.
    await rm(options.outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: options.outputPath });
    return written.errors;
  } finally {
    await pagefind.close();
    if (previous === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
    else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = previous;
  }
}

/** Pagefind's options for the index: its defaults. */
const INDEX_CONFIG: pagefind.PagefindServiceConfig = {};

/**
 * Everything besides the pages that a fresh index depends on: Pagefind's version, the options
 * and chunk size given here, and any other `PAGEFIND_` variable an operator set (the binary's
 * path among them), which Pagefind reads.
 */
async function pagefindSettings(): Promise<Record<string, string | number | undefined>> {
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  const variables = Object.entries(process.env).filter(([name]) => name.startsWith('PAGEFIND_'));
  return {
    ...Object.fromEntries(variables),
    version,
    config: JSON.stringify(INDEX_CONFIG),
    PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: INDEX_CHUNK_SIZE,
  };
}

/** The `.html` files under `folders` of `root`: what Pagefind's glob in runPagefind matches. */
function htmlFiles(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => join(folder, file)),
  );
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
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
 * each sentence's whole text, as Pagefind reads it across inline elements, and written into
 * the HTML where they fall. A streaming parser reads the page: building a DOM of each page
 * took ten times as long.
 */
export function markChinesePage(html: string): string {
  if (!/<html[^>]*\slang="zh/i.test(html)) return html;
  /** The open elements inside the indexed body, and whether each leaves its text out. */
  const open: { name: string; ignored: boolean }[] = [];
  let sentence: { at: number; text: string }[] = [];
  const sentences = [sentence];
  const endSentence = () => sentences.push((sentence = []));
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!open.length && !('data-pagefind-body' in attributes)) return;
        const ignored =
          open.at(-1)?.ignored === true ||
          UNINDEXED.has(name) ||
          'data-pagefind-ignore' in attributes;
        open.push({ name, ignored });
        if (SENTENCE_ENDS.has(name)) endSentence();
      },
      onclosetag(name) {
        if (open.at(-1)?.name !== name) return;
        open.pop();
        if (SENTENCE_ENDS.has(name)) endSentence();
      },
      ontext(text) {
        if (open.length && !open.at(-1)?.ignored) sentence.push({ at: parser.startIndex, text });
      },
    },
    // Offsets into the HTML as written: text keeps its character references.
    { decodeEntities: false },
  );
  parser.end(html);
  const marks = sentences.flatMap((pieces) => {
    const boundaries = tokenBoundaries(pieces.map(({ text }) => text).join(''));
    let start = 0;
    return pieces.flatMap(({ at, text }) => {
      const end = start + text.length;
      const inside = boundaries.filter((offset) => offset >= start && offset < end);
      const offsets = inside.map((offset) => at + offset - start);
      start = end;
      return offsets;
    });
  });
  let marked = '';
  let from = 0;
  for (const offset of marks) {
    marked += `${html.slice(from, offset)}\u200B`;
    from = offset;
  }
  return marked + html.slice(from);
}
