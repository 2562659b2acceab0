/**
 * npm run build
 *
 * Builds the site into a staging folder beside the output folder (`dist/`, or COLUMN_OUT_DIR)
 * and swaps it in only when `astro build` and every step after it (the content check, the
 * search index, the publication check) succeeded and the result holds the files a working
 * site needs. A failed build exits non-zero and leaves the last good output exactly as it
 * was, so what is there to deploy is always a whole site.
 *
 * Arguments are passed on to `astro build`, e.g. `npm run build -- --verbose`. It speaks the
 * language COLUMN_MESSAGES_LANG names, else the column's, as the content check in the build does.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { msg, renderMessage, type CheckMessage } from '../src/i18n/checks.ts';
import { readBuildEnv } from '../src/lib/buildEnv.ts';
import { messagesLang } from '../src/lib/columnConfig.ts';
import { runAstro } from './astro.ts';

/** Files every good build has: pages, the 404 page, the CSP headers and the search index. */
const REQUIRED = ['index.html', '404.html', '_headers', 'pagefind/pagefind-entry.json'];

const env = readBuildEnv();
const { outDir } = env;
const lang = messagesLang(env.contentDir, env.messagesLang);
const say = (message: CheckMessage) => renderMessage(lang, message);
// Beside the output, so the swap is a rename on one file system. `.dist-*` folders are in
// .gitignore, .prettierignore, eslint.config.mjs and tsconfig.json's exclude.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
/** A path as the operator wrote it: relative inside the project, absolute outside. */
const shown = (path: string) => {
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') ? path : inside || '.';
};

function fail(message: CheckMessage, code = 1): never {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir)
    ? msg('build.failedKept', { dir: shown(outDir) })
    : msg('build.failedNothing');
  console.error(`\n${say(message)}\n${say(kept)}`);
  process.exit(code);
}

// A staging folder left by a build that was killed is never a good build.
rmSync(staging, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });

// Stopping the build stops astro, then cleans up below.
const code = await runAstro(['build', ...process.argv.slice(2)], {
  ...process.env,
  COLUMN_OUT_DIR: staging,
});
if (code !== 0)
  fail(code > 128 ? msg('build.astroStopped') : msg('build.astroExited', { code }), code);

const missing = REQUIRED.filter((file) => !existsSync(join(staging, file)));
if (missing.length) fail(msg('build.missing', { files: missing }));

// Two renames, and the old output is deleted only once the new one is in place.
if (existsSync(outDir)) renameSync(outDir, previous);
try {
  renameSync(staging, outDir);
} catch (error) {
  if (existsSync(previous)) renameSync(previous, outDir);
  fail(msg('build.moveFailed', { dir: shown(outDir), error: (error as Error).message }));
}
rmSync(previous, { recursive: true, force: true });
console.log(`\n${say(msg('build.done', { dir: shown(outDir) }))}`);
