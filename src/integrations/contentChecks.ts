import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { counted, msg, renderMessage } from '../i18n/checks';
import type { Lang } from '../i18n/langs';
import { messagesLang } from '../lib/columnConfig';
import { checkContent } from '../lib/contentCheck';
import { formatProblem, type ContentProblem } from '../lib/contentProblem';

/** How long after the last change to a content file the folder is judged: a save fires several events. */
export const SETTLE_MS = 200;

const list = (problems: readonly ContentProblem[], lang: Lang) =>
  problems.map((problem) => formatProblem(problem, lang)).join('\n');

/**
 * Runs the content check before Astro reads the collections. In a build, any problem stops
 * the build with the full list. In `astro dev` the list is printed and the server keeps
 * running, and the check runs again whenever a file under the content folder changes, so
 * the editor sees the same plain messages while previewing as the build would give.
 *
 * The messages are in `asked` (COLUMN_MESSAGES_LANG: Astro's command line takes no option of
 * ours), else in the column's language, read afresh each time as the editor may change it.
 * What each issue's text holds is kept in `cacheDir`, so only the issues changed since the
 * last check are read again.
 */
export function contentChecks(
  contentDir: string,
  { asked, cacheDir }: { asked?: Lang | undefined; cacheDir: string },
): AstroIntegration {
  const check = () => checkContent(contentDir, process.cwd(), { cacheDir });
  const report = (logger: AstroIntegrationLogger, quietWhenClean: boolean) => {
    const { problems } = check();
    const lang = messagesLang(contentDir, asked);
    if (problems.length)
      logger.warn(
        `${renderMessage(lang, counted('dev.problems', problems.length))}\n${list(problems, lang)}`,
      );
    else if (!quietWhenClean) logger.info(renderMessage(lang, msg('dev.clean')));
  };

  return {
    name: 'column:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'dev') {
          report(logger, true);
          return;
        }
        const { problems } = check();
        if (problems.length === 0) return;
        const lang = messagesLang(contentDir, asked);
        const error = new ContentProblemsError(
          `${renderMessage(lang, counted('build.problems', problems.length))}\n${list(problems, lang)}`,
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
