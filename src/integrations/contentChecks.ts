import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from '../lib/contentCheck';
import { formatProblem, type ContentProblem } from '../lib/contentProblem';

/** How long after the last change to a content file the folder is judged: a save fires several events. */
export const SETTLE_MS = 200;

function heading(problems: readonly ContentProblem[]): string {
  return `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
}

/**
 * Runs the content check before Astro reads the collections. In a build, any problem stops
 * the build with the full list. In `astro dev` the list is printed and the server keeps
 * running, and the check runs again whenever a file under the content folder changes, so
 * the editor sees the same plain messages while previewing as the build would give.
 */
export function contentChecks(contentDir: string): AstroIntegration {
  const report = (logger: AstroIntegrationLogger, quietWhenClean: boolean) => {
    const { problems } = checkContent(contentDir);
    if (problems.length)
      logger.warn(`${heading(problems)}:\n${problems.map(formatProblem).join('\n')}`);
    else if (!quietWhenClean) logger.info('Content checks pass.');
  };

  return {
    name: 'column:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'dev') {
          report(logger, true);
          return;
        }
        const { problems } = checkContent(contentDir);
        if (problems.length === 0) return;
        const error = new ContentProblemsError(
          `${heading(problems)}; nothing was built:\n${problems.map(formatProblem).join('\n')}`,
        );
        // The list says everything; a stack trace into this file would only bury it.
        error.stack = '';
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(contentDir) + sep;
        let pending: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(folder)) return;
          // Saving one file can fire several events; check once they settle.
          clearTimeout(pending);
          pending = setTimeout(() => report(logger, false), SETTLE_MS);
        });
      },
    },
  };
}

export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}
