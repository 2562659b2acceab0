/**
 * A card's pixels: flat rectangles and blocks of text painted onto paper, as 8-bit RGB.
 *
 * Painted here rather than by sharp's `composite`, which blends every layer over the whole
 * 1200×630 picture in floating point: about 25 ms a card there, 3–4 ms here, where only each
 * block's own box is touched. Text is blended at `COVERAGE_LEVELS` levels of coverage in the
 * exact colours it was drawn in (Pango's edge pixels come back with their colour rounded off
 * by un-premultiplying), so a card has a few hundred colours at most and fits a palette PNG
 * (./png.ts) without losing any, each pixel within 4 of 255 of the exact blend.
 *
 * Plain Node with `.ts` imports: the drawing process runs it outside Vite.
 */

export const COVERAGE_LEVELS = 32;

/** An RGB picture, 3 bytes a pixel, row by row. */
export interface Canvas {
  width: number;
  height: number;
  data: Buffer;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** `#rrggbb`. */
  fill: string;
}

/** RGBA pixels, 4 bytes a pixel, as sharp renders text. */
export interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

export interface TextLayer {
  text: Pixels;
  left: number;
  top: number;
  /** The colours the block's spans were drawn in, `#rrggbb`; each pixel takes the nearest. */
  colours: readonly string[];
}

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) throw new Error(`canvas: "${hex}" is not a colour like #b3121d`);
  const n = Number.parseInt(value, 16);
  return [n >> 16, (n >> 8) & 0xff, n & 0xff];
}

/** The colour of `colours` closest to r, g, b. */
function nearest(colours: readonly [Rgb, ...Rgb[]], r: number, g: number, b: number): Rgb {
  let [best] = colours;
  let bestDistance = Infinity;
  for (const colour of colours) {
    const distance = (colour[0] - r) ** 2 + (colour[1] - g) ** 2 + (colour[2] - b) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [colour, distance];
  }
  return best;
}

/** Paper, then the rectangles in order, then the text layers in order, each over what is there. */
export function paint(
  width: number,
  height: number,
  paper: string,
  rects: readonly Rect[],
  layers: readonly TextLayer[],
): Canvas {
  const data = Buffer.alloc(width * height * 3);
  data.fill(Buffer.from(rgb(paper)));
  for (const { x, y, w, h, fill } of rects) {
    const colour = Buffer.from(rgb(fill));
    const [left, right] = [Math.max(x, 0), Math.min(x + w, width)];
    if (left >= right) continue;
    for (let row = Math.max(y, 0); row < Math.min(y + h, height); row++) {
      data.fill(colour, (row * width + left) * 3, (row * width + right) * 3);
    }
  }
  const full = COVERAGE_LEVELS - 1;
  const blend = (over: number, under: number, level: number) =>
    Math.round((over * level + under * (full - level)) / full);
  for (const { text, left, top, colours: hexes } of layers) {
    const [first, ...rest] = hexes.map(rgb);
    if (!first) throw new Error('canvas: a text layer needs at least one colour');
    const colours = [first, ...rest] as const;
    for (let y = Math.max(0, -top); y < text.height && top + y < height; y++) {
      for (let x = Math.max(0, -left); x < text.width && left + x < width; x++) {
        const from = (y * text.width + x) * 4;
        const level = Math.round(((text.data[from + 3] ?? 0) * full) / 255);
        if (level === 0) continue;
        const [r, g, b] =
          rest.length === 0
            ? first
            : nearest(
                colours,
                text.data[from] ?? 0,
                text.data[from + 1] ?? 0,
                text.data[from + 2] ?? 0,
              );
        const to = ((top + y) * width + left + x) * 3;
        data[to] = blend(r, data[to] ?? 0, level);
        data[to + 1] = blend(g, data[to + 1] ?? 0, level);
        data[to + 2] = blend(b, data[to + 2] ?? 0, level);
      }
    }
  }
  return { width, height, data };
}
