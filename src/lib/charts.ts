/**
 * The data desk's charts: labelled horizontal bars written at build time as HTML, inlined in the
 * page. No chart script reaches the reader.
 *
 * Each bar is a row: its label and its number are HTML text, so they keep the page's type size
 * on a phone and at 1,440 px and reflow (DataChart.css puts the label beside its bar where there
 * is room and above it where there is not); only the mark is drawn, as a tiny SVG whose `width`
 * is the bar's share of the largest value. Nothing is a wide drawing scaled down to fit.
 *
 * Every bar is read by its label and the number printed at its end, so the chart reads without
 * colour, without CSS and in print. Colours come from the page's stylesheet through class names
 * (`chart__bar--accent`); without it a mark is `currentColor`, the page's ink. The page's Content
 * Security Policy refuses inline styles, so nothing here carries one: the sizes the layout needs
 * are SVG presentation attributes.
 */

/** One bar: `value` undefined draws no bar and prints `text` ("not reported") where it would start. */
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
}

/** Room left after a bar for its number, beyond the number's own width, in em. */
const VALUE_GAP_EM = 0.4;

/**
 * How wide a text is, in em of its own font, reckoned rather than measured (there is no layout
 * at build time) and on the generous side, for the bold figures at the end of the bars: CJK
 * characters and full-width forms are a full em, anything else about 0.7 em (a bold digit is 0.56 em in Arial, 0.7 in DejaVu Sans).
 */
export function textEms(text: string): number {
  let width = 0;
  for (const char of text) {
    width += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(char) ? 1 : 0.7;
  }
  return width;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A share as an SVG length: at most two decimals, no trailing zeros ("62.5%"). */
function percent(share: number): string {
  return `${Math.round(Math.min(Math.max(share, 0), 1) * 10_000) / 100}%`;
}

/** An SVG length in em, rounded up to a tenth. */
function ems(width: number): string {
  return `${Math.ceil(width * 10) / 10}em`;
}

/**
 * A horizontal bar chart as an HTML string, ready to inline: one element with `role="img"`,
 * named by the caption, holding a row per bar. An empty string when there are no bars, so the
 * caller draws no chart.
 *
 * A row is `.chart__row` > `.chart__label` + `.chart__track`; the track holds `.chart__span`
 * (the bar's full length: `svg.chart__bar` and `.chart__value` after it) and `svg.chart__room`,
 * which keeps the width of the widest number free after the longest bar.
 */
export function barChart({ bars, describedBy }: ChartOptions): string {
  if (bars.length === 0) return '';
  const drawn = bars.filter((bar) => bar.value !== undefined);
  const largest = Math.max(...drawn.map((bar) => bar.value ?? 0), 0);
  const room = Math.max(...drawn.map((bar) => textEms(bar.text)), 0) + VALUE_GAP_EM;
  const rows = bars.map((bar) => {
    const mark =
      bar.value === undefined
        ? ''
        : `<svg class="chart__bar chart__bar--${bar.tone}" width="${percent(largest > 0 ? bar.value / largest : 0)}" height="1.1em" aria-hidden="true"><rect width="100%" height="100%" fill="currentColor"/></svg>`;
    const valueClass =
      bar.value === undefined ? 'chart__value chart__value--missing' : 'chart__value';
    return (
      `<div class="chart__row"><span class="chart__label">${escapeHtml(bar.label)}</span>` +
      `<span class="chart__track"><span class="chart__span">${mark}` +
      `<span class="${valueClass}">${escapeHtml(bar.text)}</span></span>` +
      `<svg class="chart__room" width="${ems(room)}" height="1" aria-hidden="true"></svg>` +
      `</span></div>`
    );
  });
  return `<div class="chart__bars" role="img" aria-labelledby="${escapeHtml(describedBy)}">${rows.join('')}</div>`;
}
