import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { IssueCard } from './card';
import { planSocialImages, socialImage } from './index';

const cacheDirs: string[] = [];
const newCacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'social-image-test-'));
  cacheDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
});

const issueCard = (title: string): IssueCard => ({
  kind: 'issue',
  lang: 'en',
  column: { primary: 'Three-Year Tackling Operation', secondary: '三年攻坚行动' },
  publisher: 'Weifang Education Release',
  number: 'No. 4',
  district: 'Hanting District',
  title,
});

describe('socialImage', () => {
  const cacheDir = newCacheDir();

  test('returns the card drawn in the site’s colours, and keeps it in the cache', async () => {
    const card = issueCard('Hanting District sets out its plan');
    const png = await socialImage(card, cacheDir);
    expect(readdirSync(join(cacheDir, 'social-images'))).toHaveLength(1);
    // The top-left pixel is the masthead band: --col-accent-fill, #b3121d.
    const { data } = await sharp(png)
      .extract({ left: 0, top: 0, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0xb3, 0x12, 0x1d]);
    expect((await socialImage(card, cacheDir)).equals(png)).toBe(true);
  });
});

describe('planSocialImages', () => {
  test('draws each card into the cache before any page asks, and socialImage returns it', async () => {
    const cacheDir = newCacheDir();
    const cards = ['Hanting plans schools', 'Kuiwen opens a kindergarten'].map(issueCard);
    await planSocialImages(cards, cacheDir);
    const folder = join(cacheDir, 'social-images');
    await vi.waitFor(() => expect(readdirSync(folder)).toHaveLength(2), { timeout: 10_000 });
    const stored = readdirSync(folder).map((name) => readFileSync(join(folder, name)));
    const returned = await Promise.all(cards.map((card) => socialImage(card, cacheDir)));
    expect(returned.toSorted(Buffer.compare)).toEqual(stored.toSorted(Buffer.compare));
  });
});
