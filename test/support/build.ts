/**
 * Builds a fixture site with the real Astro build, the way an operator would: environment
 * variables choose the content folder, the output folder, the base path and the site URL.
 *
 * Each build gets its own folder, `test/.output/<name>/` (`dist/`, Astro's cache and a
 * `build.log`), wiped before the build so nothing from an earlier run can make a test pass.
 *
 * Astro also writes files shared by every build of this project into `<root>/.astro/`
 * (content-modules.mjs, content-assets.mjs), whatever the out and cache folders are. Two
 * builds of different content at the same time would overwrite each other's copies, so
 * builds take the lock in scripts/buildLock.ts.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { withBuildLock as withLock } from '../../scripts/buildLock.ts';
import { normaliseBase } from '../../src/lib/buildEnv';
import { outputRoot, projectRoot } from './paths';

export interface BuildOptions {
  /** Names the output folder, `test/.output/<name>/`, and the memo: one build per name per process. */
  name: string;
  /** The content folder (column.yaml, districts.yaml, issues/); relative paths are from the project root. */
  contentDir: string;
  /** `SITE_BASE`, e.g. `/column/`; the domain root when absent. */
  base?: string;
  /** `SITE_URL`; `https://news.example.org` when absent. */
  site?: string;
  /** More environment variables for Astro; `undefined` removes one. */
  env?: Record<string, string | undefined>;
}

export interface BuildResult {
  name: string;
  /** Absolute path of the built site. */
  outDir: string;
  /** The base path the site was built for, always with leading and trailing slashes. */
  base: string;
  site: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Wall-clock time of the Astro process alone, without waiting for the lock. */
  durationMs: number;
}

export const DEFAULT_TEST_SITE = 'https://news.example.org';

const BUILD_TIMEOUT_MS = 240_000;
const LOCK_TIMEOUT_MS = 280_000;

const memo = new Map<string, { key: string; result: Promise<BuildResult> }>();

/** Builds once per `name` within a test process; later calls with the same name share the result. */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const key = JSON.stringify(options);
  const known = memo.get(options.name);
  if (known) {
    if (known.key !== key) {
      throw new Error(`buildSite: "${options.name}" was already built with other options`);
    }
    return known.result;
  }
  const result = withBuildLock(() => runBuild(options));
  memo.set(options.name, { key, result });
  return result;
}

// The build's own rule (SITE_BASE in src/lib/buildEnv.ts), so a test's base is the build's.
export { normaliseBase };

const INHERITED_BY_VITEST = [
  'NODE_ENV',
  'TEST',
  'FORCE_COLOR',
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
];

/** The environment Astro gets: ours, without the test runner's or a caller's build settings. */
export function childEnv(options: BuildOptions, outDir: string, base: string, site: string) {
  // Vitest puts Vite's import.meta.env values (DEV, BASE_URL, MODE…) into process.env, and
  // Astro copies the build's environment into import.meta.env: left in, they would turn a
  // production build into a preview (DEV=1) and override the base path (BASE_URL=/).
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(VITEST|COLUMN_|SITE_)/.test(name) && !INHERITED_BY_VITEST.includes(name),
  );
  const ours = {
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    COLUMN_CONTENT_DIR: isAbsolute(options.contentDir)
      ? options.contentDir
      : resolve(projectRoot, options.contentDir),
    COLUMN_OUT_DIR: outDir,
    SITE_BASE: base,
    SITE_URL: site,
  };
  const merged = { ...Object.fromEntries(inherited), ...ours, ...options.env };
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const folder = join(outputRoot, options.name);
  const outDir = join(folder, 'dist');
  const base = normaliseBase(options.base);
  const site = options.site ?? DEFAULT_TEST_SITE;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });

  const started = Date.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: projectRoot,
    env: childEnv(options, outDir, base, site),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
  const exitCode = await new Promise<number>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  }).finally(() => clearTimeout(timer));
  const durationMs = Date.now() - started;

  writeFileSync(
    join(folder, 'build.log'),
    `exit code ${exitCode} after ${durationMs} ms\n--- stdout\n${stdout}\n--- stderr\n${stderr}\n`,
  );
  return { name: options.name, outDir, base, site, exitCode, stdout, stderr, durationMs };
}

/** Throws with Astro's output when a build that should have worked did not. */
export function expectBuilt(result: BuildResult): BuildResult {
  if (result.exitCode !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`Build "${result.name}" exited with ${result.exitCode}:\n${tail}`);
  }
  return result;
}

/**
 * A build of `options.contentDir` into `outDir` that, unlike `buildSite`, keeps what the build
 * before it left (its output folder and Astro's cache beside it), as an operator's next build
 * does; for tests of what a second build reuses. Resolves with the build's log.
 */
export async function rebuild(options: BuildOptions, outDir: string): Promise<string> {
  const base = normaliseBase(options.base);
  const { stdout } = await withBuildLock(() =>
    promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: projectRoot,
      env: childEnv(options, outDir, base, options.site ?? DEFAULT_TEST_SITE),
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  return stdout;
}

/** Runs `task` holding the build lock (scripts/buildLock.ts) that every build of this checkout takes. */
export function withBuildLock<T>(task: () => Promise<T>): Promise<T> {
  return withLock(task, { timeoutMs: LOCK_TIMEOUT_MS });
}
