import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { COLUMN as column, HANTING as hanting } from '../../../test/fixtures/unit';
import { defaultCard, issueCard } from './card';
import { HEIGHT, WIDTH } from './draw';
import { cardPalette } from './palette';
import { drawCard, queueCard } from './renderer';

const palette = cardPalette(
  readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8'),
);

const issue = (number: number) =>
  issueCard({
    lang: 'en',
    column,
    district: hanting,
    issue: {
      issue: number,
      title: `Hanting District reports on its schools, report ${number}`,
      published: new Date('2022-08-15T00:00:00Z'),
    },
  });

/** The order in which `cards` come back. */
async function finishOrder(cards: Record<string, Promise<Buffer>>): Promise<string[]> {
  const order: string[] = [];
  await Promise.all(Object.entries(cards).map(([name, png]) => png.then(() => order.push(name))));
  return order;
}

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
          stats: { investmentYuan: { value: 3_076_000_000 } },
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

describe('queueCard', () => {
  test('returns the same PNG as drawCard', async () => {
    const card = issue(1);
    const queued = queueCard(card, palette);
    expect((await queued.png).equals(await drawCard(card, palette))).toBe(true);
  });

  test('draws cards in the order queued, after a card a page is waiting for', async () => {
    const queued = Array.from({ length: 12 }, (_, index) => queueCard(issue(index + 10), palette));
    const order = await finishOrder({
      ...Object.fromEntries(queued.map(({ png }, index) => [`queued ${index}`, png])),
      asked: drawCard(issue(99), palette),
    });
    // Two cards are with the drawing process at a time; the one asked for is sent next,
    // well before queued 8.
    expect(order.indexOf('asked')).toBeLessThan(order.indexOf('queued 8'));
    // Cards are drawn side by side, so only cards far apart finish in queue order.
    expect(order.indexOf('queued 0')).toBeLessThan(order.indexOf('queued 11'));
  });

  test('draws a queued card sooner when hurried', async () => {
    const queued = Array.from({ length: 12 }, (_, index) => queueCard(issue(index + 30), palette));
    queued[11]?.hurry();
    const order = await finishOrder(
      Object.fromEntries(queued.map(({ png }, index) => [`queued ${index}`, png])),
    );
    expect(order.indexOf('queued 11')).toBeLessThan(order.indexOf('queued 8'));
  });

  test('fails with the drawing process’s message, and draws the next card', async () => {
    const queued = queueCard(issue(50), { ...palette, ink: 'black' });
    await expect(queued.png).rejects.toThrow('"black" is not a colour');
    expect((await sharp(await drawCard(issue(50), palette)).metadata()).width).toBe(WIDTH);
  });
});
