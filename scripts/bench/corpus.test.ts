import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/contentCheck.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { HANTING, KUIWEN, LINQU, QINGZHOU } from '../../test/fixtures/unit.ts';
import { createRandom, hashString, planCorpus, spacingDays } from './corpus.ts';
import { generateCorpus } from './generate.ts';

const projectContent = join(import.meta.dirname, '..', '..', 'content');
// The generator's own tests plan over fixture districts; generateCorpus below reads the real ones.
const districts = [HANTING, KUIWEN, QINGZHOU, LINQU];
const corpus = planCorpus({ issues: 300, seed: 'test', districts });
const frontmatter = (source: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '') as Record<string, unknown>;
const body = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('createRandom', () => {
  test('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  test('keeps int() within its bounds', () => {
    const random = createRandom(hashString('bounds'));
    const values = Array.from({ length: 1000 }, () => random.int(3, 7));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(7);
  });
});

describe('planCorpus', () => {
  test('returns the same files byte for byte for the same seed', () => {
    expect(planCorpus({ issues: 300, seed: 'test', districts })).toEqual(corpus);
    expect(planCorpus({ issues: 300, seed: 'other', districts })[0]?.source).not.toBe(
      corpus[0]?.source,
    );
  });

  test('writes a third of the issues in Chinese and gives one in ten a cover', () => {
    expect(corpus.filter((issue) => issue.lang === 'zh-CN')).toHaveLength(100);
    expect(corpus.filter((issue) => issue.cover)).toHaveLength(30);
  });

  test('numbers the issues 1, 2, 3 … across both languages, so none is another’s edition', () => {
    expect(corpus.map((issue) => issue.issue)).toEqual(corpus.map((_, index) => index + 1));
    expect(new Set(corpus.map((issue) => issue.lang))).toEqual(new Set(['en', 'zh-CN']));
  });

  test('covers every district', () => {
    const used = new Set(corpus.map((issue) => frontmatter(issue.source)['district']));
    expect([...used].toSorted()).toEqual(districts.map((district) => district.id).toSorted());
  });

  test('dates every issue in the past, oldest first', () => {
    const dates = corpus.map((issue) => String(frontmatter(issue.source)['published']));
    expect(dates).toEqual(dates.toSorted());
    expect(dates.at(-1)).toBe('2025-06-30');
  });

  test('spaces issues a week apart while the column fits in fifty years, a day apart beyond', () => {
    expect(spacingDays(1000)).toBe(7);
    expect(spacingDays(5000) * 5000).toBeLessThanOrEqual(365 * 50);
    expect(spacingDays(20_000)).toBe(1);
  });

  test('refuses a column so long its first years would fall outside the schema', () => {
    expect(() => planCorpus({ issues: 30_000, seed: 'test', districts })).toThrow(/at most/);
  });

  test('writes about 900 words, or 1,500 to 1,750 Chinese characters, of article', () => {
    for (const issue of corpus) {
      const text = body(issue.source);
      if (issue.lang === 'zh-CN') {
        const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
        expect(han).toBeGreaterThanOrEqual(1500);
        expect(han).toBeLessThan(2300);
      } else {
        const words = text.split(/\s+/).filter(Boolean).length;
        expect(words).toBeGreaterThanOrEqual(850);
        expect(words).toBeLessThan(1200);
      }
    }
  });

  test('uses headings, lists, tables, footnotes and the editors’ components across the column', () => {
    const all = corpus.map((issue) => body(issue.source)).join('\n');
    const share = (pattern: RegExp) =>
      corpus.filter((issue) => pattern.test(body(issue.source))).length / corpus.length;
    expect(share(/^## /m)).toBe(1);
    expect(share(/^(- |1\. )/m)).toBeGreaterThan(0.9);
    expect(share(/^\| --- \|/m)).toBeGreaterThan(0.5);
    expect(share(/\[\^\d+\]:/)).toBeGreaterThan(0.5);
    for (const component of ['<Stat ', '<Callout ', '<PullQuote>'])
      expect(all).toContain(component);
  });
});

describe('generateCorpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a content folder the project’s own content check accepts', async () => {
    const contentDir = join(dir, 'content');
    const written = await generateCorpus({
      contentDir,
      projectContentDir: projectContent,
      issues: 40,
      seed: 'check',
    });
    expect(written.issues).toHaveLength(40);
    expect(written.imageBytes).toBeGreaterThan(0);
    const report = checkContent(contentDir, dir);
    expect(report.problems.map((problem) => formatProblem(problem, 'en'))).toEqual([]);
    expect(report.issueCount).toBe(40);
  });
});
