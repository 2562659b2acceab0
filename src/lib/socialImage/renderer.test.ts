import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { defaultCard, issueCard } from './card';
import { HEIGHT, WIDTH } from './draw';
import { cardPalette } from './palette';
import { drawCard } from './renderer';

const palette = cardPalette(
  readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8'),
);
const column = {
  title: { en: 'Three-Year Tackling Operation', zh: '三年攻坚行动' },
  publisher: { en: 'Weifang Education Release', zh: '潍坊教育发布' },
  description: { en: 'The column.', zh: '本栏目。' },
  defaultLang: 'en' as const,
  targets: {
    period: { start: 2022, end: 2024 },
    publicKindergartens: 360,
    compulsorySchools: 134,
    highSchools: 10,
  },
};
const hanting = {
  id: 'hanting',
  name: { en: 'Hanting District', zh: '寒亭区' },
  kind: 'district' as const,
  blurb: { en: 'Northern district.', zh: '位于潍坊北部。' },
};

describe('drawCard', () => {
  test('returns a 1200×630 PNG for an issue and for the default card', async () => {
    const cards = [
      issueCard({
        lang: 'zh-CN',
        column,
        district: hanting,
        issue: {
          issue: 4,
          title: '寒亭区计划新建学校',
          published: new Date('2022-08-15T00:00:00Z'),
          stats: { investmentYuan: 3_076_000_000 },
        },
      }),
      defaultCard(column),
    ];
    for (const card of cards) {
      const meta = await sharp(await drawCard(card, palette)).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
        format: 'png',
        width: WIDTH,
        height: HEIGHT,
      });
    }
  });

  test('draws where only the npm font is visible, leaving this process’s environment alone', async () => {
    // The drawing process refuses to draw when a script our font lacks (Hebrew, Arabic, Thai)
    // comes out of a machine font; a card coming back is the proof.
    const before = process.env['FONTCONFIG_FILE'];
    await drawCard(defaultCard(column), palette);
    expect(process.env['FONTCONFIG_FILE']).toBe(before);
  });
});
