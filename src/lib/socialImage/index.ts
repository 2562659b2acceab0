/**
 * Social images: the 1200×630 PNG a link preview shows, one per issue and one default card
 * for every other page. What a card says comes from ./card.ts; this puts the site's colours
 * (./palette.ts), the fonts (./fonts.ts), the drawing process (./renderer.ts) and the disk
 * cache (./cache.ts) together.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { cached, cacheFile, cacheKey } from './cache';
import type { Card } from './card';
import { loadFonts } from './fonts';
import { cardPalette } from './palette';
import { drawCard } from './renderer';

/**
 * The colours of the design tokens as they are now, so an edited token shows on the next card
 * `astro dev` draws. From the project root, like the fonts: a bundled chunk cannot find
 * src/styles/ from its own URL.
 */
async function sitePalette() {
  return cardPalette(await readFile(resolve(process.cwd(), 'src/styles/tokens.css'), 'utf8'));
}

/** The card's PNG from the cache in `cacheDir`, drawn when it is not there. */
export async function socialImage(card: Card, cacheDir: string): Promise<Buffer> {
  const [palette, fonts] = await Promise.all([sitePalette(), loadFonts()]);
  const key = cacheKey({ card, palette, fontsHash: fonts.hash });
  return cached(cacheFile(cacheDir, key), () => drawCard(card, palette));
}
