import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ISSUE_PAGE_PATH, PROJECT_PAGE_PATH } from '../lib/urls';
import { isSearchPage, writeSearchIndex } from './searchIndex';

/**
 * Builds the Pagefind index after Astro has written the site: issue articles and project pages,
 * the only pages that carry `data-pagefind-body` (./searchIndex.ts). Pagefind keeps one index
 * per `<html lang>`, which gives the Chinese locale its own index automatically.
 *
 * The index is kept in Astro's cache folder and reused, not written again, when Pagefind would
 * be given the same pages and settings as in the build before (src/lib/searchIndexCache.ts).
 *
 * Any Pagefind error fails the build, and so does an issue or project page missing from the
 * index: a reader must be able to find every published issue and every school it names.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheFolder: string | undefined;
  return {
    name: 'column:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFolder = join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const issues = pages.filter(({ pathname }) => ISSUE_PAGE_PATH.test(pathname)).length;
        const projects = pages.filter(({ pathname }) => PROJECT_PAGE_PATH.test(pathname)).length;
        const expected = issues + projects;
        const outputPath = join(site, 'pagefind');
        const { errors, reused } = await writeSearchIndex({
          site,
          pathnames: pages.map(({ pathname }) => pathname).filter(isSearchPage),
          outputPath,
          cacheFolder,
        });
        if (errors.length) throw new PagefindError(errors);
        const indexed = await indexedPageCount(outputPath);
        if (indexed !== expected) {
          throw new PagefindError([
            `the index holds ${indexed} pages but the site has ${issues} issue pages and ${projects} project pages — every issue article and project page needs data-pagefind-body`,
          ]);
        }
        const counted = `${issues} issue page${issues === 1 ? '' : 's'} and ${projects} project page${projects === 1 ? '' : 's'}`;
        logger.info(
          reused
            ? `Reused the last build's search index of ${counted}: the pages are unchanged.`
            : `Indexed ${counted} for search.`,
        );
      },
    },
  };
}

/** Pages in the written index, summed over its languages (`pagefind-entry.json`). */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

class PagefindError extends Error {
  override name = 'PagefindError';
  constructor(errors: string[]) {
    super(`Search indexing failed: ${errors.join('; ') || 'Pagefind gave no reason'}`);
  }
}
