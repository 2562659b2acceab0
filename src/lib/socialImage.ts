/**
 * Social images: the 1200×630 PNG a link preview shows. One card per issue (column, issue
 * number, district, title, one headline figure) and one default card for every other page.
 *
 * Text goes through sharp's Pango renderer with a font from the npm registry (Noto Sans S
 * Chinese, `@embedpdf/fonts-sc`), so a Chinese title renders the same on a machine with no
 * fonts at all. Finished cards are cached by a hash of everything that shapes the pixels,
 * so a build re-renders only the cards whose issue changed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { t } from '../i18n';
import { type Lang, nameKey, otherNameKey } from '../i18n/langs';
import { formatNumber, formatYuan } from './format';
import type { ColumnData, DistrictData, Stats } from './schema';
import { districtTotals, type Totals } from './stats';
import { cityTargets } from './targets';

export const WIDTH = 1200;
export const HEIGHT = 630;

/** Bump when the layout or drawing changes, so cached cards from the old design are not reused. */
const RENDERER_VERSION = 2;

/** The site's light-mode tokens (src/styles/tokens.css): ink on paper, masthead red. */
const COLOURS = {
  paper: '#faf8f3',
  ink: '#1b1917',
  ink2: '#4a4640',
  ink3: '#6b655c',
  hairline: '#d8d2c5',
  accent: '#b3121d',
  onAccent: '#ffffff',
} as const;

const MARGIN = 64;
const CONTENT_WIDTH = WIDTH - 2 * MARGIN;
/** Where the lowest line of text ends. */
const FOOT = HEIGHT - 56;

/** Title sizes to try, largest first; the smallest one ellipsizes what still does not fit. */
export const TITLE_SIZES = [60, 52, 46] as const;
export const TITLE_MAX_LINES = 3;
/** Extra space between title lines; the font's own line height is one em. */
const titleSpacing = (size: number) => Math.round(size * 0.25);

// ---------------------------------------------------------------------------------------------
// What a card says: pure functions over the content, tested without drawing anything.

export interface Figure {
  /** The number with its unit, formatted for the card's language: "3.076 billion yuan". */
  value: string;
  /** What the number counts: "Planned investment, 2022–2024". */
  label: string;
}

interface CardHead {
  lang: Lang;
  /** The column's name in the card's language, then in the other one. */
  column: { primary: string; secondary: string };
  publisher: string;
}

export interface IssueCard extends CardHead {
  kind: 'issue';
  /** "No. 4" / "第4期". */
  number: string;
  district: string;
  title: string;
  /** Left out when the issue reports no figure: a card never shows 0 for "not reported". */
  figure?: Figure;
}

export interface DefaultCard extends CardHead {
  kind: 'default';
  /** "City-wide targets, 2022–2024". */
  heading: string;
  targets: Figure[];
}

export type Card = IssueCard | DefaultCard;

/** What an issue card needs of an issue's frontmatter. */
export interface CardIssue {
  issue: number;
  title: string;
  published: Date;
  stats?: Stats | undefined;
}

function cardHead(column: ColumnData, lang: Lang): CardHead {
  const key = nameKey(lang);
  return {
    lang,
    column: { primary: column.title[key], secondary: column.title[otherNameKey(lang)] },
    publisher: column.publisher[key],
  };
}

/**
 * How a figure's label takes its period or stage. The words come from the site's dictionary
 * (src/i18n); only their order differs between the languages.
 */
const PHRASES: Record<
  Lang,
  {
    period: (label: string, start: number, end: number) => string;
    count: (kind: string, stage: string) => string;
  }
> = {
  en: {
    period: (label, start, end) => `${label}, ${start}–${end}`,
    count: (kind, stage) => `${kind} ${stage}`,
  },
  'zh-CN': {
    period: (label, start, end) => `${start}—${end}年${label}`,
    count: (kind, stage) => `${stage}${kind}`,
  },
};

/**
 * The one figure a card leads with: the planned investment, else the new school places, else
 * a kindergarten or school count (planned before under construction before completed).
 * `undefined` when the issue reports none of them.
 */
export function headlineFigure(
  totals: Totals,
  lang: Lang,
  period?: { start: number; end: number },
): Figure | undefined {
  const phrase = PHRASES[lang];
  if (totals.investmentYuan !== undefined) {
    const label = t(lang, 'stats.investment');
    return {
      value: formatYuan(totals.investmentYuan, lang),
      label: period ? phrase.period(label, period.start, period.end) : label,
    };
  }
  if (totals.newPlaces !== undefined) {
    return { value: formatNumber(totals.newPlaces, lang), label: t(lang, 'stats.newPlaces') };
  }
  for (const kind of ['kindergartens', 'schools'] as const) {
    for (const stage of ['planned', 'underConstruction', 'completed'] as const) {
      const count = totals[kind][stage];
      if (count !== undefined) {
        return {
          value: formatNumber(count, lang),
          label: phrase.count(t(lang, `stats.${kind}`), t(lang, `stats.${stage}`)),
        };
      }
    }
  }
  return undefined;
}

export function issueCard(input: {
  lang: Lang;
  column: ColumnData;
  district: DistrictData;
  issue: CardIssue;
}): IssueCard {
  const { lang, column, district, issue } = input;
  // The same function as the issue page's stats box, so the card and the page agree.
  const totals = districtTotals([issue]);
  const figure = headlineFigure(totals, lang, issue.stats?.period);
  return {
    kind: 'issue',
    ...cardHead(column, lang),
    number: t(lang, 'issue.number', { number: issue.issue }),
    district: district.name[nameKey(lang)],
    title: issue.title,
    ...(figure && { figure }),
  };
}

/** The card for every page without its own: the column and the city-wide targets. */
export function defaultCard(column: ColumnData): DefaultCard {
  const lang = column.defaultLang;
  const { targets } = column;
  return {
    kind: 'default',
    ...cardHead(column, lang),
    heading: t(lang, 'home.targets.heading', {
      start: targets.period.start,
      end: targets.period.end,
    }),
    targets: cityTargets(targets).map(({ value, label }) => ({
      value: formatNumber(value, lang),
      label: t(lang, label),
    })),
  };
}

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

// ---------------------------------------------------------------------------------------------
// Fonts: the text renderer sees the npm font and nothing else.

const FONT_PACKAGE = '@embedpdf/fonts-sc';
const FONT_FAMILY = 'Noto Sans S Chinese';
type Weight = 'regular' | 'bold';
const FONT_FILES: Record<Weight, string> = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
};

/** Absolute paths of the two weights the cards use. */
function fontFiles(): Record<Weight, string> {
  // Resolved from the project root (where Astro runs), not from this module: in a build it
  // runs as a bundled chunk, whose own URL says nothing about where node_modules is. The
  // package's `exports` name only its script, so the fonts are found beside it.
  const require = createRequire(resolve(process.cwd(), 'package.json'));
  const packageDir = resolve(dirname(require.resolve(FONT_PACKAGE)), '..');
  return {
    regular: join(packageDir, 'fonts', FONT_FILES.regular),
    bold: join(packageDir, 'fonts', FONT_FILES.bold),
  };
}

/** A fontconfig setup that lists no font folders: only the files added by path exist. */
const FONTCONFIG = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig></fontconfig>
`;

interface Fonts {
  files: Record<Weight, string>;
  /** SHA-256 of the font files' bytes, for the cache key. */
  hash: string;
}

let fontsReady: Promise<Fonts> | undefined;

/**
 * Loads the fonts once per process and makes sure the machine's own fonts stay out.
 *
 * Pango picks fonts through fontconfig, which by default also offers every font installed on
 * the machine: a character missing from our font would quietly come from one of them, so the
 * same card would differ between a laptop and a bare CI machine. Fontconfig reads
 * `FONTCONFIG_FILE` once, when first used, so it is pointed at an empty setup before the
 * first text is drawn; then probes check that it worked.
 */
export function loadFonts(): Promise<Fonts> {
  fontsReady ??= (async () => {
    const confDir = join(tmpdir(), 'column-social-images');
    const conf = join(confDir, 'fonts-empty.conf');
    if (!existsSync(conf)) {
      await mkdir(confDir, { recursive: true });
      // Written aside and renamed, so a parallel build never reads half a file.
      const partial = `${conf}.${process.pid}`;
      await writeFile(partial, FONTCONFIG);
      await rename(partial, conf);
    }
    process.env['FONTCONFIG_FILE'] = conf;

    const files = fontFiles();
    const hash = createHash('sha256');
    for (const weight of ['regular', 'bold'] as const) hash.update(await readFile(files[weight]));
    const fonts = { files, hash: hash.digest('hex') };
    await checkFonts(fonts);
    return fonts;
  })();
  return fontsReady;
}

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
          'differ from machine to machine. Something used fontconfig before src/lib/socialImage.ts ' +
          'could isolate it — render social images before other text, or set ' +
          `FONTCONFIG_FILE=${process.env['FONTCONFIG_FILE']} for the build.`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Drawing.

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
export async function renderText(block: TextBlock, fonts: Fonts): Promise<RenderedText> {
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

const span = (text: string, attrs: Record<string, string | number>) =>
  `<span ${Object.entries(attrs)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ')}>${escapeMarkup(text)}</span>`;
/** Pango's `size` attribute is in 1024ths of a point. */
const pangoSize = (px: number) => px * 1024;

interface Layer {
  text: RenderedText;
  left: number;
  top: number;
}

const layer = (text: RenderedText, left: number, top: number): Layer => ({
  text,
  left: Math.round(left),
  top: Math.round(top),
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
export async function fitTitle(title: string, width: number, fonts: Fonts): Promise<FittedTitle> {
  const draw = async (shown: string, size: number) => {
    const spacing = titleSpacing(size);
    const text = await renderText(
      { markup: span(shown, { foreground: COLOURS.ink }), size, weight: 'bold', width, spacing },
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

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

/** Flattens rules, fills and text onto paper: sharp's own compositing, no SVG renderer. */
async function compose(rects: Rect[], layers: Layer[]): Promise<Buffer> {
  return (
    sharp({
      create: { width: WIDTH, height: HEIGHT, channels: 3, background: COLOURS.paper },
    })
      .composite([
        ...rects.map(({ x, y, w, h, fill }) => ({
          input: { create: { width: w, height: h, channels: 3 as const, background: fill } },
          left: x,
          top: y,
        })),
        ...layers.map(({ text, left, top }) => ({
          input: text.data,
          raw: { width: text.width, height: text.height, channels: 4 as const },
          left,
          top,
        })),
      ])
      // Full colour at the strongest deflate: ~50 kB a card. A 128-colour palette would save a
      // third of that but doubles the time per card.
      // Level 6: a card in about 5 ms instead of 30 ms at level 9, for files a fifth larger;
      // only link previews fetch them (benchmark, README).
      .png({ compressionLevel: 6 })
      .toBuffer()
  );
}

/**
 * The masthead both cards share: a red band, the column's two names, a double rule. The names
 * get `maxWidth`; when both do not fit, the second one goes.
 */
async function masthead(card: Card, maxWidth: number, fonts: Fonts) {
  const primary = (size: number) =>
    span(card.column.primary, {
      foreground: COLOURS.accent,
      weight: 'bold',
      size: pangoSize(size),
    });
  const secondary = span(card.column.secondary, {
    foreground: COLOURS.ink2,
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
    { x: 0, y: 0, w: WIDTH, h: 14, fill: COLOURS.accent },
    { x: MARGIN, y: 116, w: CONTENT_WIDTH, h: 5, fill: COLOURS.ink },
    { x: MARGIN, y: 126, w: CONTENT_WIDTH, h: 1, fill: COLOURS.ink },
  ];
  // Bottom-aligned above the rule, so the names sit on one line whatever their ink height.
  return { rects, layers: [layer(names, MARGIN, 96 - names.height)] };
}

async function drawIssueCard(card: IssueCard, fonts: Fonts): Promise<Buffer> {
  const [number, district, title, publisher] = await Promise.all([
    renderText(
      {
        markup: span(card.number, { foreground: COLOURS.onAccent, font_features: 'tnum' }),
        size: 30,
        weight: 'bold',
      },
      fonts,
    ),
    fitWidth(
      [30, 24].map((size) => ({
        markup: span(card.district, { foreground: COLOURS.accent }),
        size,
        weight: 'bold' as const,
      })),
      CONTENT_WIDTH,
      fonts,
    ),
    fitTitle(card.title, CONTENT_WIDTH, fonts),
    fitWidth(
      [24, 20].map((size) => ({
        markup: span(card.publisher, { foreground: COLOURS.ink3 }),
        size,
      })),
      CONTENT_WIDTH / 2,
      fonts,
    ),
  ]);
  const badge = { w: number.width + 36, h: 58, left: WIDTH - MARGIN - number.width - 36 };
  const head = await masthead(card, badge.left - MARGIN - 32, fonts);
  const rects = [
    ...head.rects,
    { x: badge.left, y: 36, w: badge.w, h: badge.h, fill: COLOURS.accent },
    { x: MARGIN, y: 462, w: CONTENT_WIDTH, h: 1, fill: COLOURS.hairline },
  ];
  const layers = [
    ...head.layers,
    layer(number, badge.left + 18, 36 + (badge.h - number.height) / 2),
    layer(district, MARGIN, 158),
    layer(title.text, MARGIN, 218),
    layer(publisher, WIDTH - MARGIN - publisher.width, FOOT - publisher.height),
  ];
  if (card.figure) {
    // The figure keeps clear of the publisher's name on its right.
    const figureWidth = CONTENT_WIDTH - publisher.width - 48;
    const { value, label } = card.figure;
    const [labelText, valueText] = await Promise.all([
      fitWidth(
        [24, 20].map((size) => ({ markup: span(label, { foreground: COLOURS.ink2 }), size })),
        figureWidth,
        fonts,
      ),
      fitWidth(
        [60, 48, 36].map((size) => ({
          markup: span(value, { foreground: COLOURS.accent, font_features: 'tnum' }),
          size,
          weight: 'bold' as const,
        })),
        figureWidth,
        fonts,
      ),
    ]);
    layers.push(layer(labelText, MARGIN, 486), layer(valueText, MARGIN, 524));
  }
  return compose(rects, layers);
}

async function drawDefaultCard(card: DefaultCard, fonts: Fonts): Promise<Buffer> {
  const columnWidth = Math.floor(CONTENT_WIDTH / card.targets.length);
  const [head, heading, publisher, targets] = await Promise.all([
    masthead(card, CONTENT_WIDTH, fonts),
    fitWidth(
      [30, 24].map((size) => ({
        markup: span(card.heading, { foreground: COLOURS.ink2 }),
        size,
        weight: 'bold' as const,
      })),
      CONTENT_WIDTH,
      fonts,
    ),
    fitWidth(
      [24, 20].map((size) => ({
        markup: span(card.publisher, { foreground: COLOURS.ink3 }),
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
              markup: span(target.value, { foreground: COLOURS.accent, font_features: 'tnum' }),
              size,
              weight: 'bold' as const,
            })),
            columnWidth - 40,
            fonts,
          ),
          renderText(
            {
              markup: span(target.label, { foreground: COLOURS.ink }),
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
    { x: MARGIN, y: 526, w: CONTENT_WIDTH, h: 1, fill: COLOURS.hairline },
  ];
  const layers = [
    ...head.layers,
    layer(heading, MARGIN, 170),
    layer(publisher, WIDTH - MARGIN - publisher.width, FOOT - publisher.height),
  ];
  targets.forEach(([value, label], index) => {
    const left = MARGIN + index * columnWidth;
    layers.push(layer(value, left, 250), layer(label, left, 400));
    // A hairline between columns, as between the columns of a newspaper page.
    if (index > 0) rects.push({ x: left - 24, y: 250, w: 1, h: 230, fill: COLOURS.hairline });
  });
  return compose(rects, layers);
}

/** Draws a card, without the cache. */
export async function renderCard(card: Card): Promise<Buffer> {
  const fonts = await loadFonts();
  return card.kind === 'issue' ? drawIssueCard(card, fonts) : drawDefaultCard(card, fonts);
}

// ---------------------------------------------------------------------------------------------
// Cache.

/** Everything that decides a card's pixels: its text, the renderer, the fonts, the libraries. */
export async function cacheKey(card: Card): Promise<string> {
  const fonts = await loadFonts();
  return createHash('sha256')
    .update(JSON.stringify({ RENDERER_VERSION, card, fonts: fonts.hash, libs: sharp.versions }))
    .digest('hex');
}

/**
 * The card's PNG from `<cacheDir>/social-images/`, drawn and stored there when missing. A
 * drawn card is always written anew, so an untouched cache file shows that nothing was drawn.
 */
export async function socialImage(card: Card, cacheDir: string): Promise<Buffer> {
  const file = join(cacheDir, 'social-images', `${await cacheKey(card)}.png`);
  if (existsSync(file)) return readFile(file);
  const png = await renderCard(card);
  await mkdir(dirname(file), { recursive: true });
  // Written aside and renamed, so a build stopped mid-write never leaves half a PNG to reuse.
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}

/** The response for a social-image route. */
export async function socialImageResponse(card: Card, cacheDir: string): Promise<Response> {
  const png = await socialImage(card, cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
