import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cardDesign } from './cache';
import { contentCards } from './contentCards';
import { socialImage } from './index';
import { drawEarly, plannedCard } from './renderer';

const fixture = new URL('../../../test/fixtures/zh/content/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'draw-early-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the drawing process started with a plan', () => {
  // The zh fixture: one issue in English, one in Chinese.
  const contentDir = join(work, 'content');
  const cacheDir = join(work, 'cache');
  cpSync(fixture, contentDir, { recursive: true });
  mkdirSync(cacheDir);
  const now = new Date().toISOString();
  // First in this file, so no other card has started a drawing process yet.
  drawEarly({ contentDir, cacheDir, now });
  const cards = contentCards(contentDir, new Date(now));

  test('hands a page that asks at once the card it is drawing, as stored in the cache', async () => {
    const pngs = await Promise.all(cards.map((card) => socialImage(card, cacheDir)));
    const folder = join(cacheDir, 'social-images');
    const stored = readdirSync(folder).map((name) => readFileSync(join(folder, name)));
    expect(stored).toHaveLength(3);
    expect(pngs.toSorted(Buffer.compare)).toEqual(stored.toSorted(Buffer.compare));
  });

  test('draws every card of the content folder into the cache by itself', async () => {
    const { file } = await cardDesign(cacheDir);
    for (const card of cards) {
      const planned = await plannedCard(file(card));
      if (!planned) throw new Error(`not planned: ${JSON.stringify(card)}`);
      expect((await planned.png).equals(readFileSync(file(card)))).toBe(true);
    }
    expect(cards).toHaveLength(3);
    expect(await plannedCard(join(cacheDir, 'social-images', 'other.png'))).toBeUndefined();
  });
});
