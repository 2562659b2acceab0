/**
 * The process that draws social cards, started by src/lib/socialImage/renderer.ts with
 * `FONTCONFIG_FILE` pointing at a setup with no fonts in its environment. Fontconfig reads
 * that variable once, when the process first draws text, and keeps its fonts for the life of
 * the process: here it can see the npm font and nothing else, while the build that starts this
 * process keeps its own environment and fonts.
 *
 * It says `{ ready: true }` once it listens, takes `DrawRequest`s over the IPC channel into a
 * queue of its own (at the back, or at the front for a card a page is waiting for), draws them
 * one at a time once its fonts are loaded and probed, answers each with a `DrawReply`, and
 * ends when the channel closes.
 *
 * Started with an `EarlyPlan` as its argument, it also reads the content folder itself
 * (./contentCards.ts), says which cache files it will draw (`planned`), and draws them into
 * the cache behind any card asked for. The build's main thread spends nothing on them: it
 * starts this process just before the content check holds it for seconds.
 */
import { existsSync } from 'node:fs';
import { cached, cardDesign } from './cache.ts';
import type { Card } from './card.ts';
import { drawCard, renderText } from './draw.ts';
import { FONT_PACKAGE, loadFonts, type Fonts, type Weight } from './fonts.ts';
import type { Palette } from './palette.ts';

/** What to draw before any page asks: the cards of `contentDir` as published at `now`. */
export interface EarlyPlan {
  contentDir: string;
  cacheDir: string;
  /** ISO date: the moment the build publishes up to. */
  now: string;
}

export type DrawRequest =
  | { id: number; card: Card; palette: Palette; front: boolean }
  /** Draws the card with this id, or the planned card with this cache file, next. */
  | { hurry: number | string };

export type DrawReply =
  | { ready: true }
  | { id: number; png: Uint8Array }
  | { id: number; error: string }
  /** The cache files of the planned cards, before any is drawn. */
  | { planned: string[] }
  | { file: string; png: Uint8Array }
  | { file: string; error: string };

/**
 * Probes that fail the build rather than let cards differ between machines or show boxes.
 * Text no font has draws as hex boxes, the same size whatever the characters. Chinese must
 * not look like that; Hebrew, Arabic and Thai, which our font lacks but most machines' fonts
 * have, must, or the machine's fonts are leaking in. Drawing with both weights also registers
 * both files, so a bold span finds the bold face whichever card comes first.
 */
async function checkFonts(fonts: Fonts): Promise<void> {
  const size = async (text: string, weight: Weight) => {
    const { width, height } = await renderText({ markup: text, size: 40, weight }, fonts);
    return `${width}×${height}`;
  };
  for (const weight of ['regular', 'bold'] as const) {
    if ((await size('中文', weight)) === (await size('\uE000\uE001', weight))) {
      throw new Error(
        `Social images: ${fonts.files[weight]} draws Chinese as boxes — ` +
          `${FONT_PACKAGE} must provide a font with Chinese characters.`,
      );
    }
    if ((await size('\u05D0\u0627\u0E01', weight)) !== (await size('\uE000\uE001\uE002', weight))) {
      throw new Error(
        'Social images: the machine’s fonts are visible to the text renderer, so cards would ' +
          'differ from machine to machine. The drawing process needs FONTCONFIG_FILE set to a ' +
          `setup that lists no fonts (src/lib/socialImage/renderer.ts); it has ${process.env['FONTCONFIG_FILE'] ?? 'none'}.`,
      );
    }
  }
}

const ready = (async () => {
  const fonts = await loadFonts();
  await checkFonts(fonts);
  return fonts;
})();
// A failed probe is sent with each reply, where the build reports it.
ready.catch(() => undefined);

type Job = { card: Card; palette: Palette } & ({ id: number } | { file: string });
const queue: Job[] = [];
let drawing = false;

async function drawJob(job: Job): Promise<DrawReply> {
  const draw = async () => drawCard(job.card, await ready, job.palette);
  try {
    return 'file' in job
      ? { file: job.file, png: await cached(job.file, draw) }
      : { id: job.id, png: await draw() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return 'file' in job ? { file: job.file, error: message } : { id: job.id, error: message };
  }
}

async function drawQueue(): Promise<void> {
  if (drawing) return;
  drawing = true;
  for (let job = queue.shift(); job; job = queue.shift()) process.send?.(await drawJob(job));
  drawing = false;
}

/** Queues the cards of the plan that are not in the cache, and says which they are. */
async function plan({ contentDir, cacheDir, now }: EarlyPlan): Promise<void> {
  const jobs = new Map<string, Job>();
  try {
    // Only when planning: a drawing process for `astro dev` never needs the content readers.
    const { contentCards } = await import('./contentCards.ts');
    const { palette, file } = await cardDesign(cacheDir);
    for (const card of contentCards(contentDir, new Date(now))) {
      const path = file(card);
      if (!jobs.has(path) && !existsSync(path)) jobs.set(path, { file: path, card, palette });
    }
  } catch {
    // Content the build cannot read is the content check's to report; the pages plan their
    // cards again all the same.
    jobs.clear();
  }
  queue.push(...jobs.values());
  process.send?.({ planned: [...jobs.keys()] } satisfies DrawReply);
  void drawQueue();
}

process.on('message', (request: DrawRequest) => {
  if ('hurry' in request) {
    const { hurry } = request;
    const at = queue.findIndex((job) => ('file' in job ? job.file : job.id) === hurry);
    if (at > 0) queue.unshift(...queue.splice(at, 1));
    return;
  }
  if (request.front) queue.unshift(request);
  else queue.push(request);
  void drawQueue();
});
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true } satisfies DrawReply);
const [earlyPlan] = process.argv.slice(2);
if (earlyPlan) void plan(JSON.parse(earlyPlan) as EarlyPlan);
