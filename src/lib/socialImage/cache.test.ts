import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cached, cacheFile, cacheKey, type CardInputs } from './cache';
import type { IssueCard } from './card';

const card: IssueCard = {
  kind: 'issue',
  lang: 'en',
  column: { primary: 'Three-Year Tackling Operation', secondary: '三年攻坚行动' },
  publisher: 'Weifang Education Release',
  number: 'No. 4',
  district: 'Hanting District',
  title: 'Hanting District sets out its plan',
};

const inputs: CardInputs = {
  card,
  palette: {
    paper: '#faf8f3',
    ink: '#1b1917',
    ink2: '#4a4640',
    ink3: '#6b655c',
    hairline: '#d8d2c5',
    accent: '#b3121d',
    accentFill: '#b3121d',
    onAccent: '#ffffff',
  },
  fontsHash: 'f'.repeat(64),
};

describe('cacheKey', () => {
  test('returns the same key for the same card, and a new one when anything on it changes', () => {
    const key = cacheKey(inputs);
    const { palette } = inputs;
    expect(cacheKey({ ...inputs, card: { ...card } })).toBe(key);
    expect(cacheKey({ ...inputs, card: { ...card, title: `${card.title}.` } })).not.toBe(key);
    expect(cacheKey({ ...inputs, card: { ...card, lang: 'zh-CN' } })).not.toBe(key);
    expect(cacheKey({ ...inputs, palette: { ...palette, accent: '#b3121e' } })).not.toBe(key);
    expect(cacheKey({ ...inputs, fontsHash: '0'.repeat(64) })).not.toBe(key);
  });
});

describe('cached', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'social-image-test-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('returns the cached PNG for an unchanged card without drawing it again', async () => {
    const file = cacheFile(cacheDir, cacheKey(inputs));
    let draws = 0;
    const draw = () => {
      draws++;
      return Promise.resolve(Buffer.from('drawn bytes'));
    };
    expect((await cached(file, draw)).toString()).toBe('drawn bytes');
    const folder = join(cacheDir, 'social-images');
    expect(readdirSync(folder)).toEqual([`${cacheKey(inputs)}.png`]);
    expect(readFileSync(file).toString()).toBe('drawn bytes');
    // Marked bytes in the cache come back as they are: nothing was drawn.
    writeFileSync(file, 'cached bytes');
    const before = statSync(file);
    expect((await cached(file, draw)).toString()).toBe('cached bytes');
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(draws).toBe(1);
  });
});
