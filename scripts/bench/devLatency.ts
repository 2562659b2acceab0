/**
 * How long an editor waits, in `npm run dev`, between saving an issue and seeing the change:
 * the dev server runs on the benchmark's column, Chromium holds the issue's page open as an
 * editor's preview does, and each trial saves a new sentence into the issue and times until the
 * page on screen shows it (the dev server reloads the page by itself; nothing is clicked).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ASTRO_ENV } from '../astro.ts';
import { freePort } from '../../test/support/freePort.ts';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';

export interface DevFigures {
  /** From starting `astro dev` to its first answer. */
  startSeconds: number;
  /** The issue page's first load, when the dev server compiles what it needs. */
  firstLoadMs: number;
  /** Save to change on screen, each trial. */
  saveToScreenMs: number[];
  /** The issue file edited, relative to the content folder. */
  file: string;
}

const TRIALS = 3;
const SHOW_TIMEOUT_MS = 30_000;
const START_TIMEOUT_MS = 120_000;

export async function devLatency(options: {
  projectRoot: string;
  env: NodeJS.ProcessEnv;
  /** The issue to edit, absolute, and its page below the dev server's root. */
  issueFile: string;
  issuePath: string;
  contentDir: string;
}): Promise<DevFigures> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: options.projectRoot,
      env: { ...options.env, ...ASTRO_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  const original = readFileSync(options.issueFile, 'utf8');
  const origin = `http://127.0.0.1:${port}`;
  const { path, env } = findChromium();
  const browser = await chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS], env });
  try {
    for (;;) {
      try {
        // Any answer, a 404 too: the bare Astro site has no home page.
        await fetch(`${origin}/`);
        break;
      } catch {
        // Not listening yet.
      }
      if (child.exitCode !== null || performance.now() - started > START_TIMEOUT_MS)
        throw new Error(`astro dev did not start:\n${output.slice(-3000)}`);
      await new Promise((wake) => setTimeout(wake, 200));
    }
    const startSeconds = (performance.now() - started) / 1000;
    const page = await browser.newPage();
    const loadStarted = performance.now();
    await page.goto(`${origin}${options.issuePath}`, { waitUntil: 'load' });
    const firstLoadMs = performance.now() - loadStarted;
    const saveToScreenMs: number[] = [];
    for (let trial = 1; trial <= TRIALS; trial++) {
      const marker = `Benchmark edit ${trial} at ${Date.now()}.`;
      const saved = performance.now();
      writeFileSync(options.issueFile, `${original.trimEnd()}\n\n${marker}\n`);
      try {
        await page.waitForFunction((text) => document.body?.innerText.includes(text), marker, {
          timeout: SHOW_TIMEOUT_MS,
          polling: 25,
        });
      } catch {
        throw new Error(
          `astro dev did not show a saved edit within ${SHOW_TIMEOUT_MS / 1000} s:\n${output.slice(-3000)}`,
        );
      }
      saveToScreenMs.push(performance.now() - saved);
      // Let the watcher and the page settle before the next save.
      await page.waitForLoadState('load');
      await new Promise((wake) => setTimeout(wake, 1000));
    }
    return {
      startSeconds,
      firstLoadMs,
      saveToScreenMs,
      file: options.issueFile.slice(options.contentDir.length + 1),
    };
  } finally {
    writeFileSync(options.issueFile, original);
    await browser.close();
    child.kill('SIGTERM');
    await exited;
  }
}
