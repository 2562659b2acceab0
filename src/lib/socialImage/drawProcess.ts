/**
 * The process that draws social cards, started by src/lib/socialImage/renderer.ts with
 * `FONTCONFIG_FILE` pointing at a setup with no fonts in its environment. Fontconfig reads
 * that variable once, when the process first draws text, and keeps its fonts for the life of
 * the process: here it can see the npm font and nothing else, while the build that starts this
 * process keeps its own environment and fonts.
 *
 * It says `{ ready: true }` once its fonts are loaded and probed, takes `DrawRequest`s over
 * the IPC channel, answers each with a `DrawReply`, and ends when the channel closes.
 */
import type { Card } from './card.ts';
import { drawCard, renderText } from './draw.ts';
import { FONT_PACKAGE, loadFonts, type Fonts, type Weight } from './fonts.ts';
import type { Palette } from './palette.ts';

export interface DrawRequest {
  id: number;
  card: Card;
  palette: Palette;
}

export type DrawReply =
  { ready: true } | { id: number; png: Uint8Array } | { id: number; error: string };

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
// Ready either way: a failed probe is sent with each reply, where the build reports it.
const sayReady = () => process.send?.({ ready: true } satisfies DrawReply);
ready.then(sayReady, sayReady);

process.on('message', async ({ id, card, palette }: DrawRequest) => {
  let reply: DrawReply;
  try {
    reply = { id, png: await drawCard(card, await ready, palette) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(reply);
});
process.on('disconnect', () => process.exit(0));
