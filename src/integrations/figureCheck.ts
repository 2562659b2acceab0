import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { figureProblems, indexTables } from '../lib/figureCheck';
import { TABLE_NAMES, type TableName } from '../lib/tableSchemas';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/**
 * Fails the build when a figure on a page differs from the same figure in the downloads under
 * /data/, or names a cell the downloads do not have; the message names the page, the figure
 * and both values.
 */
export function figureCheck(): AstroIntegration {
  return {
    name: 'column:figure-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const csv: Partial<Record<TableName, string>> = {};
        for (const name of TABLE_NAMES) {
          const file = join(root, 'data', `${name}.csv`);
          if (existsSync(file)) csv[name] = readFileSync(file, 'utf8');
        }
        const pages = htmlFiles(root).flatMap((file) => {
          const html = readFileSync(file, 'utf8');
          return html.includes('data-figure')
            ? [{ page: relative(root, file).split(sep).join('/'), html }]
            : [];
        });
        const problems = figureProblems(pages, indexTables(csv));
        if (problems.length) {
          throw new Error(
            `Figures on the pages that differ from the downloads in data/:\n${problems.join('\n')}`,
          );
        }
        logger.info(
          `Every figure on the pages equals its cell in the downloads (${pages.length} page(s) with figures).`,
        );
      },
    },
  };
}
