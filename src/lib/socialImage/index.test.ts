import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { socialImage } from './index';

describe('socialImage', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'social-image-test-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('returns the card drawn in the site’s colours, and keeps it in the cache', async () => {
    const card = {
      kind: 'issue' as const,
      lang: 'en' as const,
      column: { primary: 'Three-Year Tackling Operation', secondary: '三年攻坚行动' },
      publisher: 'Weifang Education Release',
      number: 'No. 4',
      district: 'Hanting District',
      title: 'Hanting District sets out its plan',
    };
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
