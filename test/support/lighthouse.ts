/**
 * Lighthouse against the browser tests' Chromium (scripts/chromium.ts). The browser is started
 * here with a DevTools port and the same flags, and Lighthouse connects to it: nothing is
 * downloaded, and one browser serves every run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';

export const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseChrome {
  port: number;
  close: () => Promise<void>;
}

export async function launchLighthouseChrome(): Promise<LighthouseChrome> {
  const profile = mkdtempSync(join(tmpdir(), 'column-lighthouse-'));
  const { path, env } = findChromium();
  const chrome: ChildProcess = spawn(
    path,
    [
      ...CHROMIUM_ARGS,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env },
  );
  const exited = new Promise<void>((resolveExit) => chrome.on('close', () => resolveExit()));
  const close = async () => {
    if (chrome.exitCode === null) chrome.kill('SIGTERM');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  // Chromium announces the port it picked on stderr.
  const port = await new Promise<number>((resolvePort, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 20_000);
    chrome.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    chrome.on('error', reject);
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}

export interface LighthouseScores {
  url: string;
  /** Each category's score, 0–100. */
  scores: Record<Category, number>;
  /** The audits that cost points, as `category: audit id (score)`, for a failing assertion. */
  failing: string[];
  /** The full report, for saving beside the build. */
  report: string;
}

/** Runs the accessibility, best-practices and SEO categories on `url` (mobile, Lighthouse's default). */
export async function runLighthouse(url: string, port: number): Promise<LighthouseScores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not run on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const failing = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
      .map(({ ref, audit }) => `${id}: ${ref.id} (${audit?.score})`),
  );
  return { url, scores, failing, report: JSON.stringify(lhr) };
}
