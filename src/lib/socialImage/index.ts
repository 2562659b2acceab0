/**
 * Social images: the 1200×630 PNG a link preview shows, one per issue and one default card
 * for every other page. What a card says comes from ./card.ts; this puts the site's colours
 * (./palette.ts), the fonts (./fonts.ts), the drawing process (./renderer.ts) and the disk
 * cache (./cache.ts) together.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { cached, cacheFile, cacheKey } from './cache';
import type { Card } from './card';
import { loadFonts } from './fonts';
import { cardPalette } from './palette';
import { drawCard, queueCard, type QueuedCard } from './renderer';

/**
 * The colours of the design tokens as they are now, so an edited token shows on the next card
 * `astro dev` draws. From the project root, like the fonts: a bundled chunk cannot find
 * src/styles/ from its own URL.
 */
async function sitePalette() {
  return cardPalette(await readFile(resolve(process.cwd(), 'src/styles/tokens.css'), 'utf8'));
}

/** What draws the cards now, and the cache file of each card drawn so. */
async function design(cacheDir: string) {
  const [palette, fonts] = await Promise.all([sitePalette(), loadFonts()]);
  const file = (card: Card) =>
    cacheFile(cacheDir, cacheKey({ card, palette, fontsHash: fonts.hash }));
  return { palette, file };
}

/** Cards queued by `planSocialImages` that no page has asked for yet, by cache file. */
const planned = new Map<string, QueuedCard>();

/**
 * Queues every card of `cards` that is not in the cache, in the order given, to be drawn
 * while Astro renders other pages; each is stored in the cache when drawn. A build calls it
 * with every card as soon as it knows them, in the order their pages render. In `astro dev`
 * it does nothing: a card is drawn when a reader asks for it.
 */
export async function planSocialImages(cards: readonly Card[], cacheDir: string): Promise<void> {
  if (__COLUMN_PREVIEW__) return;
  const { palette, file: fileOf } = await design(cacheDir);
  for (const card of cards) {
    const file = fileOf(card);
    if (planned.has(file) || existsSync(file)) continue;
    const queued = queueCard(card, palette);
    const png = cached(file, () => queued.png);
    // A card that fails is reported by `socialImage`, to the page that asks for it.
    png.catch(() => undefined);
    planned.set(file, { png, hurry: queued.hurry });
  }
}

/** The card's PNG from the cache in `cacheDir`, drawn (or awaited, when planned) if not there. */
export async function socialImage(card: Card, cacheDir: string): Promise<Buffer> {
  const { palette, file: fileOf } = await design(cacheDir);
  const file = fileOf(card);
  const plan = planned.get(file);
  if (!plan) return cached(file, () => drawCard(card, palette));
  planned.delete(file);
  plan.hurry();
  return plan.png;
}
