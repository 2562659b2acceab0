/**
 * Drawing a card: text through sharp's Pango renderer with the npm font, painted with rules
 * and fills onto paper (./canvas.ts), a 1200×630 palette PNG out (./png.ts). Only a process
 * whose fontconfig sees no other font may call it (src/lib/socialImage/drawProcess.ts), or
 * the pixels would depend on the machine.
 *
 * Plain Node with `.ts` imports: the drawing process runs it outside Vite.
 */
import sharp from 'sharp';
import { paint, type Rect, type TextLayer } from './canvas.ts';
import type { Card, DefaultCard, IssueCard } from './card.ts';
import { FONT_FAMILY, type Fonts, type Weight } from './fonts.ts';
import type { Palette } from './palette.ts';
import { encodePng } from './png.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;

/** Bump when the layout or drawing changes, so cached cards from the old design are not reused. */
export const RENDERER_VERSION = 3;

const MARGIN = 64;
const CONTENT_WIDTH = WIDTH - 2 * MARGIN;
/** Where the lowest line of text ends. */
const FOOT = HEIGHT - 56;

/** Title sizes to try, largest first; the smallest one ellipsizes what still does not fit. */
export const TITLE_SIZES = [60, 52, 46] as const;
export const TITLE_MAX_LINES = 3;
/** Extra space between title lines; the font's own line height is one em. */
const titleSpacing = (size: number) => Math.round(size * 0.25);

const MARKUP_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text made safe for Pango markup, which is XML. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => MARKUP_ESCAPES[char] ?? char);
}

const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
    (part) => part.segment,
  );

/** Punctuation that should not sit in front of an ellipsis. */
const TRAILING_PUNCTUATION = /[\s,.;:!?\-–—、，。；：！？…]+$/u;

/**
 * The first `count` characters (grapheme clusters) of `text` and an ellipsis. A cut inside a
 * Latin word goes back to the word's start, as long as that keeps at least half the text.
 */
export function ellipsize(text: string, count: number): string {
  const parts = graphemes(text);
  if (count >= parts.length) return text;
  let kept = parts.slice(0, Math.max(count, 0)).join('');
  const next = parts[count] ?? '';
  if (/^[\p{Script=Latin}\p{Nd}]/u.test(next)) {
    const wordStart = kept.search(/[\p{Script=Latin}\p{Nd}]+$/u);
    if (wordStart > kept.length / 2) kept = kept.slice(0, wordStart);
  }
  return `${kept.replace(TRAILING_PUNCTUATION, '')}…`;
}

/**
 * Lines in a block of text from the height of its ink. Pango stacks lines `pitch` apart, and
 * one line's ink is never taller than the pitch, so the ink of n lines is more than (n-1)
 * pitches and at most n.
 */
export function lineCount(inkHeight: number, pitch: number): number {
  return Math.max(1, Math.ceil(inkHeight / pitch));
}

export interface TextBlock {
  /** Pango markup; escape content with `escapeMarkup`. */
  markup: string;
  /** Font size in pixels. */
  size: number;
  weight?: Weight;
  /** Wrap at this width in pixels; one line when absent. */
  width?: number;
  /** Extra pixels between lines. */
  spacing?: number;
}

export interface RenderedText {
  data: Buffer;
  width: number;
  height: number;
}

/** One block of text as RGBA pixels, cropped to its ink. */
async function drawText(block: TextBlock, fonts: Fonts): Promise<RenderedText> {
  const weight = block.weight ?? 'regular';
  const { data, info } = await sharp({
    text: {
      text: block.markup,
      font: `${FONT_FAMILY} ${weight === 'bold' ? 'Bold ' : ''}${block.size}`,
      fontfile: fonts.files[weight],
      // At 72 dpi a point is a pixel, so sizes here are the pixels on the card.
      dpi: 72,
      rgba: true,
      ...(block.width && { width: block.width, wrap: 'word-char' as const }),
      ...(block.spacing && { spacing: block.spacing }),
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * One-line blocks this process has drawn, least recently used first. Most of an issue card
 * is the same on every card in its language — the column's names, the publisher, the
 * district, the figure's label — so of the seven or more blocks it lays out, only the
 * number, the title and the figure are usually new. Wrapped blocks (titles) are not kept:
 * they are rarely repeated and a three-line title is a megabyte of pixels.
 */
const remembered = new Map<string, Promise<RenderedText>>();
const REMEMBERED_BLOCKS = 512;

/** One block of text as RGBA pixels, cropped to its ink. Callers must not change the pixels. */
export function renderText(block: TextBlock, fonts: Fonts): Promise<RenderedText> {
  if (block.width) return drawText(block, fonts);
  const key = JSON.stringify([block, fonts.files]);
  let text = remembered.get(key);
  if (text) remembered.delete(key);
  else {
    const drawing = drawText(block, fonts);
    // A failed drawing is not kept: the next card that needs the block tries again.
    drawing.catch(() => remembered.get(key) === drawing && remembered.delete(key));
    text = drawing;
    if (remembered.size >= REMEMBERED_BLOCKS) {
      const [oldest] = remembered.keys();
      if (oldest !== undefined) remembered.delete(oldest);
    }
  }
  remembered.set(key, text);
  return text;
}

const span = (text: string, attrs: Record<string, string | number>) =>
  `<span ${Object.entries(attrs)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ')}>${escapeMarkup(text)}</span>`;
/** Pango's `size` attribute is in 1024ths of a point. */
const pangoSize = (px: number) => px * 1024;

/** `text` at `left`, `top`; `colours` are those its spans were drawn in. */
const layer = (text: RenderedText, left: number, top: number, ...colours: string[]): TextLayer => ({
  text,
  left: Math.round(left),
  top: Math.round(top),
  colours,
});

export interface FittedTitle {
  text: RenderedText;
  size: number;
  lines: number;
  /** The title as drawn: the whole title, or its start and an ellipsis. */
  shown: string;
}

/**
 * The title at the largest size that fits in three lines; at the smallest size, as much of it
 * as fits, with an ellipsis.
 */
export async function fitTitle(
  title: string,
  width: number,
  colour: string,
  fonts: Fonts,
): Promise<FittedTitle> {
  const draw = async (shown: string, size: number) => {
    const spacing = titleSpacing(size);
    const text = await renderText(
      { markup: span(shown, { foreground: colour }), size, weight: 'bold', width, spacing },
      fonts,
    );
    return { text, size, lines: lineCount(text.height, size + spacing), shown };
  };
  for (const size of TITLE_SIZES) {
    const fitted = await draw(title, size);
    if (fitted.lines <= TITLE_MAX_LINES) return fitted;
  }
  const size = Math.min(...TITLE_SIZES);
  // More characters never make fewer lines, so a binary search finds the longest start that fits.
  let [low, high] = [0, graphemes(title).length];
  let best: FittedTitle | undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const attempt = await draw(ellipsize(title, middle), size);
    if (attempt.lines <= TITLE_MAX_LINES) {
      best = attempt;
      low = middle;
    } else high = middle - 1;
  }
  return best ?? draw(ellipsize(title, 0), size);
}

/**
 * The first of `blocks` (each smaller than the one before) that fits in `maxWidth` pixels.
 * When none does, the last one is cut at the edge: a name from column.yaml that long is for
 * the editor to see on the card, and sharp refuses to place a layer wider than the card.
 */
export async function fitWidth(
  blocks: TextBlock[],
  maxWidth: number,
  fonts: Fonts,
): Promise<RenderedText> {
  let text: RenderedText | undefined;
  for (const block of blocks) {
    text = await renderText(block, fonts);
    if (text.width <= maxWidth) return text;
  }
  if (!text) throw new Error('fitWidth: no text to fit');
  const rowBytes = text.width * 4;
  const data = Buffer.alloc(maxWidth * 4 * text.height);
  for (let row = 0; row < text.height; row++) {
    text.data.copy(data, row * maxWidth * 4, row * rowBytes, row * rowBytes + maxWidth * 4);
  }
  return { data, width: maxWidth, height: text.height };
}

/** Rules, fills and text on paper (./canvas.ts), as a palette PNG (./png.ts). */
function compose(rects: Rect[], layers: TextLayer[], paper: string): Promise<Buffer> {
  return encodePng(paint(WIDTH, HEIGHT, paper, rects, layers));
}

/**
 * The masthead both cards share: a red band, the column's two names, a double rule. The names
 * get `maxWidth`; when both do not fit, the second one goes.
 */
async function masthead(card: Card, maxWidth: number, fonts: Fonts, palette: Palette) {
  const primary = (size: number) =>
    span(card.column.primary, {
      foreground: palette.accent,
      weight: 'bold',
      size: pangoSize(size),
    });
  const secondary = span(card.column.secondary, {
    foreground: palette.ink2,
    size: pangoSize(26),
  });
  const names = await fitWidth(
    [
      { markup: `${primary(40)}   ${secondary}`, size: 26 },
      { markup: primary(40), size: 40 },
      { markup: primary(30), size: 30 },
    ],
    maxWidth,
    fonts,
  );
  const rects = [
    { x: 0, y: 0, w: WIDTH, h: 14, fill: palette.accentFill },
    { x: MARGIN, y: 116, w: CONTENT_WIDTH, h: 5, fill: palette.ink },
    { x: MARGIN, y: 126, w: CONTENT_WIDTH, h: 1, fill: palette.ink },
  ];
  // Bottom-aligned above the rule, so the names sit on one line whatever their ink height.
  return {
    rects,
    layers: [layer(names, MARGIN, 96 - names.height, palette.accent, palette.ink2)],
  };
}

async function drawIssueCard(card: IssueCard, fonts: Fonts, palette: Palette): Promise<Buffer> {
  const [number, district, title, publisher] = await Promise.all([
    renderText(
      {
        markup: span(card.number, { foreground: palette.onAccent, font_features: 'tnum' }),
        size: 30,
        weight: 'bold',
      },
      fonts,
    ),
    fitWidth(
      [30, 24].map((size) => ({
        markup: span(card.district, { foreground: palette.accent }),
        size,
        weight: 'bold' as const,
      })),
      CONTENT_WIDTH,
      fonts,
    ),
    fitTitle(card.title, CONTENT_WIDTH, palette.ink, fonts),
    fitWidth(
      [24, 20].map((size) => ({
        markup: span(card.publisher, { foreground: palette.ink3 }),
        size,
      })),
      CONTENT_WIDTH / 2,
      fonts,
    ),
  ]);
  const badge = { w: number.width + 36, h: 58, left: WIDTH - MARGIN - number.width - 36 };
  const head = await masthead(card, badge.left - MARGIN - 32, fonts, palette);
  const rects = [
    ...head.rects,
    { x: badge.left, y: 36, w: badge.w, h: badge.h, fill: palette.accentFill },
    { x: MARGIN, y: 462, w: CONTENT_WIDTH, h: 1, fill: palette.hairline },
  ];
  const layers = [
    ...head.layers,
    layer(number, badge.left + 18, 36 + (badge.h - number.height) / 2, palette.onAccent),
    layer(district, MARGIN, 158, palette.accent),
    layer(title.text, MARGIN, 218, palette.ink),
    layer(publisher, WIDTH - MARGIN - publisher.width, FOOT - publisher.height, palette.ink3),
  ];
  if (card.figure) {
    // The figure keeps clear of the publisher's name on its right.
    const figureWidth = CONTENT_WIDTH - publisher.width - 48;
    const { value, label } = card.figure;
    const [labelText, valueText] = await Promise.all([
      fitWidth(
        [24, 20].map((size) => ({ markup: span(label, { foreground: palette.ink2 }), size })),
        figureWidth,
        fonts,
      ),
      fitWidth(
        [60, 48, 36].map((size) => ({
          markup: span(value, { foreground: palette.accent, font_features: 'tnum' }),
          size,
          weight: 'bold' as const,
        })),
        figureWidth,
        fonts,
      ),
    ]);
    layers.push(
      layer(labelText, MARGIN, 486, palette.ink2),
      layer(valueText, MARGIN, 524, palette.accent),
    );
  }
  return compose(rects, layers, palette.paper);
}

async function drawDefaultCard(card: DefaultCard, fonts: Fonts, palette: Palette): Promise<Buffer> {
  const columnWidth = Math.floor(CONTENT_WIDTH / card.targets.length);
  const [head, heading, publisher, targets] = await Promise.all([
    masthead(card, CONTENT_WIDTH, fonts, palette),
    fitWidth(
      [30, 24].map((size) => ({
        markup: span(card.heading, { foreground: palette.ink2 }),
        size,
        weight: 'bold' as const,
      })),
      CONTENT_WIDTH,
      fonts,
    ),
    fitWidth(
      [24, 20].map((size) => ({
        markup: span(card.publisher, { foreground: palette.ink3 }),
        size,
      })),
      CONTENT_WIDTH,
      fonts,
    ),
    Promise.all(
      card.targets.map((target) =>
        Promise.all([
          fitWidth(
            [120, 96, 72].map((size) => ({
              markup: span(target.value, { foreground: palette.accent, font_features: 'tnum' }),
              size,
              weight: 'bold' as const,
            })),
            columnWidth - 40,
            fonts,
          ),
          renderText(
            {
              markup: span(target.label, { foreground: palette.ink }),
              size: 28,
              width: columnWidth - 40,
            },
            fonts,
          ),
        ]),
      ),
    ),
  ]);
  const rects = [
    ...head.rects,
    { x: MARGIN, y: 526, w: CONTENT_WIDTH, h: 1, fill: palette.hairline },
  ];
  const layers = [
    ...head.layers,
    layer(heading, MARGIN, 170, palette.ink2),
    layer(publisher, WIDTH - MARGIN - publisher.width, FOOT - publisher.height, palette.ink3),
  ];
  targets.forEach(([value, label], index) => {
    const left = MARGIN + index * columnWidth;
    layers.push(layer(value, left, 250, palette.accent), layer(label, left, 400, palette.ink));
    // A hairline between columns, as between the columns of a newspaper page.
    if (index > 0) rects.push({ x: left - 24, y: 250, w: 1, h: 230, fill: palette.hairline });
  });
  return compose(rects, layers, palette.paper);
}

/** The card as a PNG. */
export function drawCard(card: Card, fonts: Fonts, palette: Palette): Promise<Buffer> {
  return card.kind === 'issue'
    ? drawIssueCard(card, fonts, palette)
    : drawDefaultCard(card, fonts, palette);
}
