/**
 * Finished cards on disk, under `<cacheDir>/social-images/`, named by a hash of everything that
 * shapes their pixels, so a build draws only the cards whose issue (or design) changed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { Card } from './card';
import { RENDERER_VERSION } from './draw';
import type { Palette } from './palette';

export interface CardInputs {
  card: Card;
  palette: Palette;
  /** `Fonts.hash`: the font files' bytes. */
  fontsHash: string;
}

/** Everything that decides a card's pixels: its text, colours, fonts, the drawing, the libraries. */
export function cacheKey({ card, palette, fontsHash }: CardInputs): string {
  return createHash('sha256')
    .update(
      JSON.stringify({ RENDERER_VERSION, card, palette, fonts: fontsHash, libs: sharp.versions }),
    )
    .digest('hex');
}

/** Where the card with `key` is kept. */
export function cacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, 'social-images', `${key}.png`);
}

/**
 * The PNG in `file`, or the one `draw` makes, stored there. A drawn card is always written
 * anew, so an untouched cache file shows that nothing was drawn.
 */
export async function cached(file: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  if (existsSync(file)) return readFile(file);
  const png = await draw();
  await mkdir(dirname(file), { recursive: true });
  // Written aside and renamed, so a build stopped mid-write never leaves half a PNG to reuse.
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
