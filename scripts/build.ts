/**
 * npm run build
 *
 * Builds the site into a staging folder beside the output folder (`dist/`, or COLUMN_OUT_DIR)
 * and swaps it in only when `astro build` and every step after it (the content check, the
 * search index, the publication check) succeeded and the result holds the files a working
 * site needs. A failed build exits non-zero and leaves the last good output exactly as it
 * was, so what is there to deploy is always a whole site.
 *
 * Arguments are passed on to `astro build`, e.g. `npm run build -- --verbose`.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { readBuildEnv } from '../src/lib/buildEnv.ts';
import { runAstro } from './astro.ts';

/** Files every good build has: pages, the 404 page, the CSP headers and the search index. */
const REQUIRED = ['index.html', '404.html', '_headers', 'pagefind/pagefind-entry.json'];

const { outDir } = readBuildEnv();
// Beside the output, so the swap is a rename on one file system. `.dist-*` folders are in
// .gitignore, .prettierignore, eslint.config.mjs and tsconfig.json's exclude.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
/** A path as the operator wrote it: relative inside the project, absolute outside. */
const shown = (path: string) => {
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') ? path : inside || '.';
};

function fail(message: string, code = 1): never {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${shown(outDir)}/ is unchanged` : `nothing was written`;
  console.error(`\n${message}\nThe build failed; ${kept}.`);
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
if (code !== 0) fail(`astro build ${code > 128 ? 'was stopped' : `exited with ${code}`}.`, code);

const missing = REQUIRED.filter((file) => !existsSync(join(staging, file)));
if (missing.length) fail(`The build is missing ${missing.join(', ')}.`);

// Two renames, and the old output is deleted only once the new one is in place.
if (existsSync(outDir)) renameSync(outDir, previous);
try {
  renameSync(staging, outDir);
} catch (error) {
  if (existsSync(previous)) renameSync(previous, outDir);
  fail(`Could not move the build into ${shown(outDir)}/: ${(error as Error).message}`);
}
rmSync(previous, { recursive: true, force: true });
console.log(`\nThe site is in ${shown(outDir)}/.`);
