import { describe, expect, test } from 'vitest';
import { COVERAGE_LEVELS, paint, type Canvas, type Pixels } from './canvas';

const pixel = ({ width, data }: Canvas, x: number, y: number) => {
  const at = (y * width + x) * 3;
  return [...data.subarray(at, at + 3)];
};

/** A text block `width` pixels wide and one high, every pixel the colour `rgb` at `alphas[x]`. */
const row = (rgb: [number, number, number], alphas: number[]): Pixels => ({
  width: alphas.length,
  height: 1,
  data: Buffer.from(alphas.flatMap((alpha) => [...rgb, alpha])),
});

const colours = ({ data }: Canvas) => {
  const seen = new Set<number>();
  for (let at = 0; at < data.length; at += 3) seen.add(data.readUIntBE(at, 3));
  return seen.size;
};

describe('paint', () => {
  test('returns paper with the rectangles over it in order, cut at the edges', () => {
    const canvas = paint(
      4,
      3,
      '#ffffff',
      [
        { x: 0, y: 0, w: 2, h: 2, fill: '#ff0000' },
        { x: 1, y: 1, w: 9, h: 9, fill: '#0000ff' },
      ],
      [],
    );
    expect(canvas.data).toHaveLength(4 * 3 * 3);
    expect(pixel(canvas, 0, 0)).toEqual([255, 0, 0]);
    expect(pixel(canvas, 1, 1)).toEqual([0, 0, 255]);
    expect(pixel(canvas, 3, 2)).toEqual([0, 0, 255]);
    expect(pixel(canvas, 3, 0)).toEqual([255, 255, 255]);
    expect(pixel(canvas, 0, 2)).toEqual([255, 255, 255]);
  });

  test('returns text at full coverage in the exact colour it was drawn in', () => {
    // Pango's un-premultiplied edge colours are a step or two off the colour asked for.
    const text = row([178, 17, 28], [255]);
    const canvas = paint(1, 1, '#faf8f3', [], [{ text, left: 0, top: 0, colours: ['#b3121d'] }]);
    expect(pixel(canvas, 0, 0)).toEqual([0xb3, 0x12, 0x1d]);
  });

  test('returns partial coverage blended within 4 of the exact blend, in COVERAGE_LEVELS steps', () => {
    const alphas = Array.from({ length: 256 }, (_, alpha) => alpha);
    const text = row([0, 0, 0], alphas);
    const canvas = paint(256, 1, '#ffffff', [], [{ text, left: 0, top: 0, colours: ['#000000'] }]);
    for (const alpha of alphas) {
      const exact = 255 - alpha;
      const [value = NaN] = pixel(canvas, alpha, 0);
      expect(Math.abs(value - exact), `alpha ${alpha}`).toBeLessThanOrEqual(4);
    }
    expect(colours(canvas)).toBe(COVERAGE_LEVELS);
  });

  test('returns each pixel of a block in two colours in the nearer one', () => {
    const text: Pixels = {
      width: 2,
      height: 1,
      data: Buffer.from([200, 10, 20, 255, 60, 60, 70, 255]),
    };
    const canvas = paint(
      2,
      1,
      '#ffffff',
      [],
      [{ text, left: 0, top: 0, colours: ['#4a4640', '#b3121d'] }],
    );
    expect(pixel(canvas, 0, 0)).toEqual([0xb3, 0x12, 0x1d]);
    expect(pixel(canvas, 1, 0)).toEqual([0x4a, 0x46, 0x40]);
  });

  test('returns text over what is already there, cut at the edges without wrapping', () => {
    const text = row([0, 0, 0], [255, 255, 255]);
    const canvas = paint(
      3,
      2,
      '#ffffff',
      [{ x: 0, y: 1, w: 3, h: 1, fill: '#ff0000' }],
      [
        { text, left: 2, top: 1, colours: ['#000000'] },
        { text, left: -2, top: 0, colours: ['#000000'] },
      ],
    );
    expect([0, 1, 2].map((x) => pixel(canvas, x, 1))).toEqual([
      [255, 0, 0],
      [255, 0, 0],
      [0, 0, 0],
    ]);
    expect([0, 1, 2].map((x) => pixel(canvas, x, 0))).toEqual([
      [0, 0, 0],
      [255, 255, 255],
      [255, 255, 255],
    ]);
  });

  test('throws for a text block without a colour, and for a colour that is not #rrggbb', () => {
    const text = row([0, 0, 0], [255]);
    expect(() => paint(1, 1, '#ffffff', [], [{ text, left: 0, top: 0, colours: [] }])).toThrow(
      'at least one colour',
    );
    expect(() => paint(1, 1, 'white', [], [])).toThrow('"white" is not a colour');
  });
});
