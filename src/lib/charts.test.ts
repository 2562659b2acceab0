import { describe, expect, test } from 'vitest';
import { barChart, textWidth, type Bar } from './charts';

const BARS: Bar[] = [
  { label: 'Target', value: 30, text: '30', tone: 'muted' },
  { label: 'Planned', value: 6, text: '6', tone: 'ink' },
  { label: 'Completed', value: undefined, text: 'not reported', tone: 'accent' },
];

describe('barChart', () => {
  const svg = barChart({ bars: BARS, describedBy: 'caption-1' });

  test('returns one inline SVG named by its caption', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="caption-1"');
    expect(svg.match(/<svg/g)).toHaveLength(1);
    expect(svg).not.toContain('aria-label=');
  });

  test('writes every label and every number as SVG text', () => {
    for (const text of ['Target', 'Planned', 'Completed', '30', '6', 'not reported']) {
      expect(svg).toContain(`>${text}</text>`);
    }
  });

  test('draws no bar for a figure that is not reported', () => {
    expect(svg.match(/<rect/g)).toHaveLength(2);
    expect(svg).not.toContain('chart__bar--accent"><rect');
  });

  test('carries no inline style and no fixed colour, so the CSP and dark mode hold', () => {
    expect(svg).not.toMatch(/<style|style="/);
    expect(svg).not.toMatch(/fill="#|stroke="#/);
    expect(svg).toContain('fill="currentColor"');
  });

  test('leaves room for the longest label and number', () => {
    const wide = barChart({
      bars: [{ label: 'Under construction', value: 1, text: '1', tone: 'ink' }],
      describedBy: 'c',
    });
    const narrow = barChart({
      bars: [{ label: 'A', value: 1, text: '1', tone: 'ink' }],
      describedBy: 'c',
    });
    const barX = (chart: string) => Number(/<rect[^>]* x="([\d.]+)"/.exec(chart)?.[1]);
    expect(barX(wide)).toBeGreaterThan(barX(narrow) + 50);
  });
});

describe('textWidth', () => {
  test('counts a Chinese character as a full em and a Latin one as about half', () => {
    expect(textWidth('竣工')).toBe(26);
    expect(textWidth('ab')).toBe(16);
  });
});
