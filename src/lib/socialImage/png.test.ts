import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { Canvas } from './canvas';
import { encodePng } from './png';

/** A picture in `count` colours: bands of flat colour, like a card's paper, rules and text. */
function bands(count: number, width = 300, height = 200): Canvas {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const band = Math.floor((x * count) / width);
      data.writeUIntBE(band * 0x010203 + (y < height / 2 ? 0 : 0x400000), (y * width + x) * 3, 3);
    }
  }
  return { width, height, data };
}

async function decoded(png: Buffer) {
  const image = sharp(png);
  const { format, width, height, isPalette } = await image.metadata();
  return { format, width, height, isPalette, data: await image.removeAlpha().raw().toBuffer() };
}

describe('encodePng', () => {
  test('returns a palette PNG with exactly the pixels of a picture in up to 256 colours', async () => {
    const canvas = bands(128);
    const png = await encodePng(canvas);
    const image = await decoded(png);
    expect(image).toMatchObject({ format: 'png', width: 300, height: 200, isPalette: true });
    expect(image.data.equals(canvas.data)).toBe(true);
    const fullColour = await sharp(canvas.data, { raw: { width: 300, height: 200, channels: 3 } })
      .png({ compressionLevel: 6 })
      .toBuffer();
    expect(png.length).toBeLessThan(fullColour.length);
  });

  test('returns a full-colour PNG with exactly the pixels of a picture in more colours', async () => {
    const canvas = bands(150);
    const image = await decoded(await encodePng(canvas));
    expect(image).toMatchObject({ format: 'png', width: 300, height: 200, isPalette: false });
    expect(image.data.equals(canvas.data)).toBe(true);
  });
});
