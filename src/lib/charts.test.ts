import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { barChart, textEms, type Bar } from './charts';

const BARS: Bar[] = [
  { label: 'Target', value: 30, text: '30', tone: 'muted' },
  { label: 'Planned', value: 6, text: '6', tone: 'ink' },
  { label: 'Under construction', value: 0, text: '0', tone: 'ink' },
  { label: 'Completed', value: undefined, text: 'not reported', tone: 'accent' },
];

const ZH_BARS: Bar[] = [
  { label: '2023年 寒亭区：学校4所', value: 4050, text: '4050个', tone: 'ink' },
  { label: '2023年 寒亭区：幼儿园12所', value: 2160, text: '2160个', tone: 'ink' },
  { label: '2024年 寒亭区：学校2所', value: undefined, text: '学位数未说明', tone: 'ink' },
];

function parse(html: string): Root {
  return fromHtml(html, { fragment: true });
}

function one(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

const attr = (element: Element, name: string) => element.properties[name];
const texts = (tree: Root | Element, selector: string) =>
  selectAll(selector, tree).map((element) => toText(element));
/** A mark's width attribute as a number of per cent. */
const share = (mark: Element) => Number(String(attr(mark, 'width')).replace(/%$/, ''));

describe('barChart', () => {
  const tree = parse(barChart({ bars: BARS, describedBy: 'caption-1' }));
  const chart = tree.children[0] as Element;
  const rows = selectAll('.chart__row', chart);
  const notReported = rows[3] ?? chart;

  test('returns one element, an image named by its caption and nothing else', () => {
    expect(tree.children).toHaveLength(1);
    expect(chart.tagName).toBe('div');
    expect(attr(chart, 'className')).toEqual(['chart__bars']);
    expect(attr(chart, 'role')).toBe('img');
    expect(attr(chart, 'ariaLabelledBy')).toEqual(['caption-1']);
    expect(selectAll('[aria-label], [role]:not(.chart__bars)', tree)).toEqual([]);
    // Its parts are presentational for a screen reader; the SVGs say so too.
    expect(selectAll('svg:not([aria-hidden="true"])', tree)).toEqual([]);
  });

  test('writes a row per bar, its label and its number as HTML text, in order', () => {
    expect(rows).toHaveLength(BARS.length);
    expect(texts(chart, '.chart__row > .chart__label')).toEqual(BARS.map((bar) => bar.label));
    expect(texts(chart, '.chart__row .chart__value')).toEqual(BARS.map((bar) => bar.text));
    // No text is drawn into an SVG, so none is scaled with a drawing.
    expect(selectAll('svg text', tree)).toEqual([]);
  });

  test('draws one mark per bar with a value, none for a figure not reported', () => {
    const marks = rows.map((row) => selectAll('svg.chart__bar', row));
    expect(marks.map((found) => found.length)).toEqual([1, 1, 1, 0]);
    const missing = one(notReported, '.chart__value');
    expect(attr(missing, 'className')).toContain('chart__value--missing');
    expect(attr(one(notReported, '.chart__label'), 'className')).toEqual(['chart__label']);
  });

  test('makes each mark as wide as its share of the largest value', () => {
    const widths = selectAll('svg.chart__bar', chart).map(share);
    expect(widths).toEqual([100, 20, 0]);
    for (const mark of selectAll('svg.chart__bar', chart)) {
      expect(attr(one(mark, 'rect'), 'width')).toBe('100%');
    }
  });

  test('keeps every share proportional, rounded to a hundredth of a per cent', () => {
    const bars: Bar[] = [3, 7, 11].map((value) => ({
      label: String(value),
      value,
      text: String(value),
      tone: 'ink',
    }));
    const widths = selectAll('svg.chart__bar', parse(barChart({ bars, describedBy: 'c' }))).map(
      share,
    );
    expect(widths).toEqual([27.27, 63.64, 100]);
  });

  test('colours marks through their tone class, and currentColor without a stylesheet', () => {
    const marks = selectAll('svg.chart__bar', chart);
    expect(marks.map((mark) => attr(mark, 'className'))).toEqual([
      ['chart__bar', 'chart__bar--muted'],
      ['chart__bar', 'chart__bar--ink'],
      ['chart__bar', 'chart__bar--ink'],
    ]);
    for (const rect of selectAll('rect', chart)) expect(attr(rect, 'fill')).toBe('currentColor');
  });

  test('carries no inline style and no fixed colour, so the CSP and dark mode hold', () => {
    expect(selectAll('style, [style]', tree)).toEqual([]);
    const html = barChart({ bars: BARS, describedBy: 'caption-1' });
    expect(html).not.toMatch(/<style|style=|#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  test('keeps room after the bars for the widest number, the same in every row', () => {
    const rooms = selectAll('svg.chart__room', chart).map((room) => attr(room, 'width'));
    expect(rooms).toHaveLength(BARS.length);
    expect(new Set(rooms).size).toBe(1);
    const room = (bars: Bar[]) =>
      parseFloat(
        String(attr(one(parse(barChart({ bars, describedBy: 'c' })), '.chart__room'), 'width')),
      );
    const short = room([{ label: 'A', value: 1, text: '1', tone: 'ink' }]);
    const long = room([{ label: 'A', value: 1, text: '1.2 billion yuan', tone: 'ink' }]);
    expect(long - short).toBeGreaterThanOrEqual(textEms('.2 billion yuan'));
  });

  test('writes Chinese labels whole, and a chart of bars none of which has a value', () => {
    const zh = parse(barChart({ bars: ZH_BARS, describedBy: 'chart-years' }));
    expect(texts(zh, '.chart__label')).toEqual(ZH_BARS.map((bar) => bar.label));
    expect(texts(zh, '.chart__value')).toEqual(['4050个', '2160个', '学位数未说明']);
    expect(selectAll('svg.chart__bar', zh).map(share)).toEqual([100, 53.33]);

    const none = parse(barChart({ bars: ZH_BARS.slice(2), describedBy: 'c' }));
    expect(selectAll('svg.chart__bar', none)).toEqual([]);
    expect(texts(none, '.chart__value')).toEqual(['学位数未说明']);
  });

  test('escapes what it writes', () => {
    const html = barChart({
      bars: [{ label: '<b>A & B</b>', value: 1, text: '"1"', tone: 'ink' }],
      describedBy: 'a"b',
    });
    const escaped = parse(html);
    expect(selectAll('b', escaped)).toEqual([]);
    expect(texts(escaped, '.chart__label')).toEqual(['<b>A & B</b>']);
    expect(texts(escaped, '.chart__value')).toEqual(['"1"']);
    expect(attr(one(escaped, '.chart__bars'), 'ariaLabelledBy')).toEqual(['a"b']);
  });

  test('returns nothing for no bars, so no chart is shown', () => {
    expect(barChart({ bars: [], describedBy: 'c' })).toBe('');
  });
});

describe('textEms', () => {
  test('counts a Chinese character as a full em and a Latin one as less', () => {
    expect(textEms('竣工')).toBe(2);
    expect(textEms('12')).toBeCloseTo(1.4);
    expect(textEms('4050个')).toBeCloseTo(3.8);
  });
});
