import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/contentCheck';
import { SETTLE_MS } from './contentChecks';
import { isIssueFile, readIssueFolder } from '../lib/issueFiles';

/**
 * VS Code's help in an issue's frontmatter (docs/vscode.md) reaches only the files listed in
 * `.astro/collections/collections.json`, which Astro writes when it syncs the content: when
 * `astro dev` starts, not when an issue is added while it runs. So in `astro dev`, when an issue
 * file is added or saved and the folder holds an issue the list lacks, Astro syncs again, and
 * the new file gets help as soon as it is opened.
 */
export function editorHelp(contentDir: string, cacheDir: string): AstroIntegration {
  let manifest = '';
  return {
    name: 'column:editor-help',
    hooks: {
      'astro:config:done': ({ config }) => {
        manifest = join(fileURLToPath(config.root), '.astro', 'collections', 'collections.json');
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const issuesDir = join(contentDir, 'issues');
        let syncing = false;
        let changedWhileSyncing = false;
        let pending: ReturnType<typeof setTimeout> | undefined;
        const syncIfUnlisted = () => {
          if (syncing) {
            changedWhileSyncing = true;
            return;
          }
          const listed = listedFiles(manifest);
          const { issues } = readIssueFolder(issuesDir);
          const url = (issue: string) => pathToFileURL(join(issuesDir, issue)).href.toLowerCase();
          if (issues.every((issue) => listed.has(url(issue)))) return;
          // A sync that meets an invalid issue stops before Astro's issue loader watches the
          // files again, and the preview would no longer follow saves. The content check has
          // said what is wrong; once it passes, the next save lists the file.
          if (checkContent(contentDir, process.cwd(), { cacheDir }).problems.length) return;
          syncing = true;
          // Every collection: a refresh limited to some loaders keeps their file watchers
          // and adds another set each time (Astro 7.3).
          refreshContent?.({})
            .catch((error: unknown) => logger.warn(`VS Code's help: ${String(error)}`))
            .finally(() => {
              syncing = false;
              if (changedWhileSyncing) {
                changedWhileSyncing = false;
                syncIfUnlisted();
              }
            });
        };
        server.watcher.on('all', (event, path) => {
          if (event !== 'add' && event !== 'change') return;
          const name = relative(issuesDir, path).split(sep).join('/');
          if (name.startsWith('..') || !isIssueFile(name)) return;
          // A save can fire while the file is still half-written (emptied, then filled): judge
          // the folder once the events settle, as the content check does.
          clearTimeout(pending);
          pending = setTimeout(syncIfUnlisted, SETTLE_MS);
        });
      },
    },
  };
}

/** The files Astro's manifest lists, by the lower-cased file: URL it keys them by. */
function listedFiles(manifest: string): Set<string> {
  try {
    const { entries } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      entries?: Record<string, string>;
    };
    return new Set(Object.keys(entries ?? {}));
  } catch {
    return new Set();
  }
}
