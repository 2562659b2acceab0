/**
 * `npm run build` (scripts/build.ts) builds into a staging folder and swaps it in only when
 * everything succeeded: a failed build exits non-zero and leaves the last good output byte
 * for byte as it was. Runs the wrapper on a copy of the `basic` fixture that the tests break
 * and mend in turn.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { childEnv, DEFAULT_TEST_SITE, withBuildLock } from '../support/build';
import { listFiles } from '../support/html';
import { fixtureContent, outputRoot, projectRoot } from '../support/paths';

const folder = join(outputRoot, 'safe-build');
const contentDir = join(folder, 'content');
const outDir = join(folder, 'dist');
const issueFile = join(contentDir, 'issues', '001-alder-plan.mdx');
const imageFile = join(contentDir, 'images', 'school.png');

interface Run {
  exitCode: number;
  output: string;
}

/** Runs `npm run build`'s script on the copied content, as an operator would. */
function safeBuild(env: Record<string, string> = {}): Promise<Run> {
  return withBuildLock(
    () =>
      new Promise<Run>((resolve, reject) => {
        const options = { name: 'safe-build', contentDir, env };
        const child = spawn(process.execPath, ['scripts/build.ts'], {
          cwd: projectRoot,
          env: childEnv(options, outDir, '/', DEFAULT_TEST_SITE),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
      }),
  );
}

/** Every file of the output with the SHA-256 of its bytes. */
function fingerprint(): Record<string, string> {
  return Object.fromEntries(
    listFiles(outDir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(outDir, file)))
        .digest('hex'),
    ]),
  );
}

/** Folders the wrapper leaves beside the output: none, after any run. */
const leftovers = () => readdirSync(folder).filter((name) => name.startsWith('.dist-'));

let good: Record<string, string>;
/** What the first, good build printed. */
let firstOutput: string;

beforeAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  cpSync(fixtureContent('basic'), contentDir, { recursive: true });
  const first = await safeBuild();
  if (first.exitCode !== 0) throw new Error(`The first build failed:\n${first.output}`);
  firstOutput = first.output;
  good = fingerprint();
});

describe('npm run build', () => {
  it('writes a whole site, and nothing beside it', () => {
    expect(Object.keys(good)).toEqual(
      expect.arrayContaining(['index.html', '404.html', '_headers', 'pagefind/pagefind.js']),
    );
    expect(leftovers()).toEqual([]);
    expect(firstOutput).toContain('The site is in test/.output/safe-build/dist/.');
  });

  it('fails on a content problem and leaves the last good build byte for byte', async () => {
    const original = readFileSync(issueFile, 'utf8');
    writeFileSync(issueFile, original.replace('newPlaces: 1000', 'newPlaces: about 1000'));
    try {
      const run = await safeBuild();
      expect(run.exitCode).not.toBe(0);
      expect(run.output).toContain(
        '001-alder-plan.mdx:13 stats.newPlaces: expected a whole number',
      );
      expect(run.output).toContain(
        'astro build exited with 1.\nThe build failed; test/.output/safe-build/dist/ is unchanged.',
      );
      expect(fingerprint()).toEqual(good);
      expect(leftovers()).toEqual([]);
    } finally {
      writeFileSync(issueFile, original);
    }
  });

  it('says so in Chinese when COLUMN_MESSAGES_LANG asks for it', async () => {
    const original = readFileSync(issueFile, 'utf8');
    writeFileSync(issueFile, original.replace('newPlaces: 1000', 'newPlaces: about 1000'));
    try {
      const run = await safeBuild({ COLUMN_MESSAGES_LANG: 'zh-CN' });
      expect(run.exitCode).not.toBe(0);
      expect(run.output).toContain('内容有 1 处问题，网站没有生成：');
      expect(run.output).toContain(
        '001-alder-plan.mdx:13 stats.newPlaces: 应为整数，现在是“about 1000” — 把数字和来源的限定词分开写：{ value: 1000, qualifier: about }',
      );
      expect(run.output).toMatch(/astro build 以代码 1 退出。\n网站生成失败；\S*dist\/ 保持不变。/);
      expect(fingerprint()).toEqual(good);
    } finally {
      writeFileSync(issueFile, original);
    }
  });

  it('fails half-way through (a corrupt picture) and leaves the last good build byte for byte', async () => {
    // Plain `astro build` empties its output folder before it reaches the picture.
    const original = readFileSync(imageFile);
    writeFileSync(imageFile, 'not a PNG');
    try {
      const run = await safeBuild();
      expect(run.exitCode).not.toBe(0);
      expect(fingerprint()).toEqual(good);
      expect(leftovers()).toEqual([]);
    } finally {
      writeFileSync(imageFile, original);
    }
  });

  it('replaces the whole output once a build succeeds again (and says so in Chinese)', async () => {
    writeFileSync(join(outDir, 'stale.txt'), 'from an older build');
    const original = readFileSync(issueFile, 'utf8');
    writeFileSync(issueFile, original.replace('its first school-building plan', 'a mended plan'));
    try {
      const run = await safeBuild({ COLUMN_MESSAGES_LANG: 'zh-CN' });
      expect(run.exitCode, run.output).toBe(0);
      expect(run.output).toContain('网站已生成到 test/.output/safe-build/dist/。');
      expect(existsSync(join(outDir, 'stale.txt'))).toBe(false);
      expect(readFileSync(join(outDir, 'issues', '1', 'index.html'), 'utf8')).toContain(
        'Alder District sets out a mended plan',
      );
      expect(leftovers()).toEqual([]);
    } finally {
      writeFileSync(issueFile, original);
    }
  });
});
