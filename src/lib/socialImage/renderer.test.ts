import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { COLUMN as column, HANTING as hanting } from '../../../test/fixtures/unit';
import { defaultCard, issueCard } from './card';
import { HEIGHT, WIDTH } from './draw';
import { cardPalette } from './palette';
import { drawCard } from './renderer';

const palette = cardPalette(
  readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8'),
);

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
