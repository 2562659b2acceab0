/**
 * Social images: the 1200×630 PNG a link preview shows, one per issue and one default card
 * for every other page. What a card says comes from ./card.ts; this puts the drawing process
 * (./renderer.ts) and the disk cache (./cache.ts, which names each card by the site's colours
 * and fonts) together.
 */
import { existsSync } from 'node:fs';
import { cached, cardDesign } from './cache';
import type { Card } from './card';
import { drawCard, plannedCard, queueCard, type QueuedCard } from './renderer';

/**
 * Cards queued that no page has asked for yet, by cache file. On `globalThis`, like the
 * drawing queue (./renderer.ts): the config's integrations and the bundled pages each load
 * their own copy of this module, in one process.
 */
const PLANNED = Symbol.for('column:social-images:planned');
const planned = ((globalThis as { [PLANNED]?: Map<string, QueuedCard> })[PLANNED] ??= new Map());

/** The card in `file` if it is queued: by `planSocialImages`, or by the early drawing process. */
async function queued(file: string): Promise<QueuedCard | undefined> {
  return planned.get(file) ?? (await plannedCard(file));
}

/**
 * Queues every card of `cards` that is not in the cache, in the order given, to be drawn
 * while Astro renders other pages; each is stored in the cache when drawn. A build calls it
 * with every card as soon as it knows them, in the order their pages render. A card the early
 * drawing process (src/integrations/earlySocialImages.ts) planned is left to it: it has the
 * same cache file only if it is the same card. In `astro dev` it does nothing: a card is drawn
 * when a reader asks for it.
 */
export async function planSocialImages(cards: readonly Card[], cacheDir: string): Promise<void> {
  if (__COLUMN_PREVIEW__) return;
  const { palette, file: fileOf } = await cardDesign(cacheDir);
  for (const card of cards) {
    const file = fileOf(card);
    if (existsSync(file) || (await queued(file))) continue;
    const queuedCard = queueCard(card, palette);
    const png = cached(file, () => queuedCard.png);
    // A card that fails is reported by `socialImage`, to the page that asks for it.
    png.catch(() => undefined);
    planned.set(file, { png, hurry: queuedCard.hurry });
  }
}

/** The card's PNG from the cache in `cacheDir`, drawn (or awaited, when queued) if not there. */
export async function socialImage(card: Card, cacheDir: string): Promise<Buffer> {
  const { palette, file: fileOf } = await cardDesign(cacheDir);
  const file = fileOf(card);
  const plan = await queued(file);
  if (!plan) return cached(file, () => drawCard(card, palette));
  planned.delete(file);
  plan.hurry();
  return plan.png;
}
