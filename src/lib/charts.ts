/**
 * The data desk's charts, drawn at build time with Observable Plot into a server-side DOM
 * (linkedom) and inlined in the page as SVG: no chart script reaches the reader.
 *
 * Every chart is a set of labelled horizontal bars with its number printed at the end of the
 * bar, so it reads without colour, without CSS and in print: the label says what a bar is, the
 * text says how much. Colours come from the page's stylesheet through class names
 * (`chart__bar--accent`); without it every mark is `currentColor`, the page's ink.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** One bar: `value` undefined draws no bar and prints `text` ("not reported") at zero. */
export interface Bar {
  label: string;
  value: number | undefined;
  /** What is printed at the end of the bar: the formatted number, or "not reported". */
  text: string;
  /** `accent` for the one bar a chart leads with (completed, say); `ink` otherwise. */
  tone: 'ink' | 'accent' | 'muted';
}

export interface ChartOptions {
  bars: readonly Bar[];
  /** The id of the element that describes the chart (its figcaption), for `aria-labelledby`. */
  describedBy: string;
  width?: number;
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const FONT_SIZE = 13;
const ROW_HEIGHT = 26;
const MARGIN_BLOCK = 8;
const GAP = 6;
const TONES = ['ink', 'accent', 'muted'] as const;

/**
 * How wide a label is at the chart's font size, reckoned rather than measured (there is no
 * layout at build time): CJK characters are a full em, Latin ones about 0.6 em.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += /[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? FONT_SIZE : FONT_SIZE * 0.6;
  }
  return Math.ceil(width);
}

/** A horizontal bar chart as an SVG string, ready to inline. */
export function barChart({ bars, describedBy, width = 480 }: ChartOptions): string {
  const marginLeft = Math.max(...bars.map((bar) => textWidth(bar.label)), 0) + 2 * GAP;
  const marginRight = Math.max(...bars.map((bar) => textWidth(bar.text)), 0) + 2 * GAP;
  const drawn = bars.filter((bar) => bar.value !== undefined);
  const svg = Plot.plot({
    document,
    width,
    height: bars.length * ROW_HEIGHT + 2 * MARGIN_BLOCK,
    marginTop: MARGIN_BLOCK,
    marginBottom: MARGIN_BLOCK,
    marginLeft,
    marginRight,
    x: { axis: null, domain: [0, Math.max(...drawn.map((bar) => bar.value ?? 0), 1)] },
    y: { label: null, domain: bars.map((bar) => bar.label), tickSize: 0, tickPadding: GAP },
    marks: [
      ...TONES.map((tone) =>
        Plot.barX(
          drawn.filter((bar) => bar.tone === tone),
          { x: 'value', y: 'label', fill: 'currentColor', className: `chart__bar--${tone}` },
        ),
      ),
      Plot.text(bars, {
        x: (bar: Bar) => bar.value ?? 0,
        y: 'label',
        text: 'text',
        textAnchor: 'start',
        dx: GAP / 2,
        fill: 'currentColor',
        className: 'chart__value',
      }),
    ],
  }) as unknown as SVGSVGElement;
  // The page's Content Security Policy refuses inline styles; Chart.css does their work.
  for (const style of svg.querySelectorAll('style')) style.remove();
  // Plot names its groups ("bar", "y-axis tick label") with aria-label, which ARIA forbids on
  // an element without a role; the chart is one image, named by its caption.
  for (const named of svg.querySelectorAll('[aria-label]')) named.removeAttribute('aria-label');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('class', 'chart__svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', describedBy);
  return svg.outerHTML;
}
