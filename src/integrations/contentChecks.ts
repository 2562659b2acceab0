import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/contentCheck';

/**
 * Runs the content check before Astro reads the collections. In a build, any problem stops
 * the build with the full list; in `astro dev` the list is printed and the server keeps
 * running so the editor can fix files while previewing.
 */
export function contentChecks(contentDir: string): AstroIntegration {
  return {
    name: 'column:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkContent(contentDir);
        if (problems.length === 0) return;
        const list = problems.map(formatProblem).join('\n');
        const heading = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
        if (command === 'dev') {
          logger.warn(`${heading}:\n${list}`);
          return;
        }
        const error = new ContentProblemsError(`${heading}; nothing was built:\n${list}`);
        // The list says everything; a stack trace into this file would only bury it.
        error.stack = '';
        throw error;
      },
    },
  };
}

export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}
