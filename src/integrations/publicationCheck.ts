import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../lib/buildEnv';
import { missingPublications } from '../lib/publicationCheck';

/**
 * Fails the build when a published issue cannot be reached from the archive, its district
 * page, the feed or the sitemap, or a project page from the project index, its district page
 * or the sitemap. Listed after the sitemap integration so its files exist.
 */
export function publicationCheck(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'column:publication-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const problems = missingPublications({
          dir: fileURLToPath(dir),
          base,
          site,
          pages: pages.map((page) => page.pathname),
        });
        if (problems.length) {
          throw new Error(`Pages readers could not find:\n${problems.join('\n')}`);
        }
        logger.info(
          'Every published issue is in the archive, its district page, the feed and the sitemap; every project in the project index, its district page and the sitemap.',
        );
      },
    },
  };
}
