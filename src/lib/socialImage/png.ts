/**
 * A card as a PNG file. A card is flat colours and text blended at a few levels
 * (./canvas.ts): a few hundred colours, so it is written with a palette of exactly those
 * colours, one byte a pixel: about 24 KB a card, against 50 KB in full colour, same pixels.
 *
 * Written here, with Node's zlib, because sharp's `palette` option always quantises (with
 * libimagequant): 27–38 ms a card against about 7 ms here, for the same size. A picture
 * with more than 256 colours, which no card design draws today, goes to sharp in full colour.
 *
 * Plain Node with `.ts` imports: the drawing process runs it outside Vite.
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { Canvas } from './canvas.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_PALETTE = 256;
/** Deflate effort: level 9 makes a card a tenth smaller in ten times the time (4 ms → 40 ms). */
const DEFLATE_LEVEL = 6;

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * Each pixel's index into a palette of the picture's colours, in the order they first
 * appear; `undefined` when there are more than 256.
 */
function indexed(canvas: Canvas): { palette: Buffer; rows: Buffer } | undefined {
  const { width, height, data } = canvas;
  const indexOf = new Map<number, number>();
  const palette: number[] = [];
  // A scanline filter byte (0: none) starts each row.
  const rows = Buffer.alloc((width + 1) * height);
  // Cards are long runs of one colour: the last lookup answers most pixels.
  let [lastColour, lastIndex] = [-1, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      const colour = ((data[at] ?? 0) << 16) | ((data[at + 1] ?? 0) << 8) | (data[at + 2] ?? 0);
      if (colour !== lastColour) {
        let index = indexOf.get(colour);
        if (index === undefined) {
          if (palette.length === MAX_PALETTE) return undefined;
          index = palette.length;
          indexOf.set(colour, index);
          palette.push(colour);
        }
        [lastColour, lastIndex] = [colour, index];
      }
      rows[y * (width + 1) + 1 + x] = lastIndex;
    }
  }
  const entries = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, index) => entries.writeUIntBE(colour, index * 3, 3));
  return { palette: entries, rows };
}

/** The canvas as a PNG: with a palette of its own colours when it has at most 256. */
export async function encodePng(canvas: Canvas): Promise<Buffer> {
  const image = indexed(canvas);
  if (!image) {
    const { width, height, data } = canvas;
    return sharp(data, { raw: { width, height, channels: 3 } })
      .png({ compressionLevel: DEFLATE_LEVEL })
      .toBuffer();
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(canvas.width, 0);
  header.writeUInt32BE(canvas.height, 4);
  // 8 bits a pixel, colour type 3 (palette); deflate, adaptive filters, no interlace.
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', image.palette),
    chunk('IDAT', deflateSync(image.rows, { level: DEFLATE_LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
