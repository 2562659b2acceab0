import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ISSUE_PAGE_PATH, PROJECT_PAGE_PATH } from '../lib/urls';

/**
 * Builds the Pagefind index after Astro has written the site. Only issue articles and project
 * pages carry `data-pagefind-body`, so index pages and the 404 stay out of results. Pagefind keeps one
 * index per `<html lang>`, which gives the Chinese locale its own index automatically.
 *
 * Any Pagefind error fails the build, and so does an issue or project page missing from the
 * index: a reader must be able to find every published issue and every school it names.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'column:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const issues = pages.filter(({ pathname }) => ISSUE_PAGE_PATH.test(pathname)).length;
        const projects = pages.filter(({ pathname }) => PROJECT_PAGE_PATH.test(pathname)).length;
        const expected = issues + projects;
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index) throw new PagefindError(createErrors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new PagefindError(added.errors);
          const outputPath = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new PagefindError(written.errors);
          const indexed = await indexedPageCount(outputPath);
          if (indexed !== expected) {
            throw new PagefindError([
              `the index holds ${indexed} pages but the site has ${issues} issue pages and ${projects} project pages — every issue article and project page, and nothing else, needs data-pagefind-body`,
            ]);
          }
          logger.info(
            `Indexed ${issues} issue page${issues === 1 ? '' : 's'} and ${projects} project page${projects === 1 ? '' : 's'} for search.`,
          );
        } finally {
          await pagefind.close();
        }
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
