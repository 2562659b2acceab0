/**
 * The data desk at the widths it is read at: the `deskwidth` fixture (long district names in
 * both languages, big numbers, several milestones a year) built, served from 127.0.0.1 and
 * measured in Chromium at 360 and 1,440 px, in English and in Chinese. Every chart's text is
 * real text of at least 12 CSS px, nothing in a chart or its table runs past its figure or the
 * screen, a label sits beside its bar where there is room and above it where there is not, and
 * each chart is one image named by its caption.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';
import { launchBrowser } from '../support/browser';
import { buildSite, expectBuilt } from '../support/build';
import { fixtureContent } from '../support/paths';

/** The smallest chart text a reader should get, in CSS px, whatever the screen. */
const MIN_TEXT_PX = 12;
const PAGES = ['data/', 'zh/data/'];
const WIDTHS = [360, 1440];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const site = expectBuilt(
    await buildSite({ name: 'e2e-deskwidth', contentDir: fixtureContent('deskwidth') }),
  );
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  path: string,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}

interface ChartText {
  text: string;
  /** The size the text is drawn at, in CSS px: its font size times any scaling of an SVG. */
  px: number;
}

/** Every piece of text drawn in the charts (not their captions or tables), with its size. */
function chartTexts(page: Page): Promise<ChartText[]> {
  return page.evaluate(() => {
    const found: { text: string; px: number }[] = [];
    for (const plot of document.querySelectorAll('figure.chart .chart__plot')) {
      const walker = document.createTreeWalker(plot, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (!text || !parent) continue;
        let scale = 1;
        if (parent instanceof SVGGraphicsElement) {
          const matrix = parent.getScreenCTM();
          if (matrix) scale = Math.hypot(matrix.a, matrix.b);
        }
        found.push({ text, px: parseFloat(getComputedStyle(parent).fontSize) * scale });
      }
    }
    return found;
  });
}

/** What runs past its figure or past the screen's right edge, one line each. */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const screen = document.documentElement.clientWidth;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    for (const figure of document.querySelectorAll('figure.chart')) {
      const edge = Math.min(figure.getBoundingClientRect().right, screen) + 0.5;
      for (const element of figure.querySelectorAll('.chart__plot *, .chart__table, table')) {
        const right = element.getBoundingClientRect().right;
        if (right > edge) problems.push(`${name(element)} ends at ${right} px, past ${edge} px`);
      }
      // A table beside a chart is read without scrolling its box sideways.
      for (const box of figure.querySelectorAll('.chart__table')) {
        if (box.scrollWidth > box.clientWidth + 0.5) {
          problems.push(`${name(box)} scrolls: ${box.scrollWidth} px in ${box.clientWidth} px`);
        }
      }
    }
    return problems;
  });
}

interface RowGeometry {
  label: DOMRect;
  track: DOMRect;
  /** The mark's width, the width of its bar's full length and its width attribute in per cent. */
  mark: { right: number; width: number; full: number; percent: number } | undefined;
  value: DOMRect;
}

function rows(page: Page): Promise<RowGeometry[]> {
  return page.$$eval('figure.chart .chart__row', (found) =>
    found.map((row) => {
      const box = (selector: string) => {
        const element = row.querySelector(selector);
        if (!element) throw new Error(`a chart row without ${selector}`);
        return element.getBoundingClientRect().toJSON() as DOMRect;
      };
      const mark = row.querySelector('svg.chart__bar');
      const span = row.querySelector('.chart__span');
      return {
        label: box('.chart__label'),
        track: box('.chart__track'),
        mark:
          mark && span
            ? {
                right: mark.getBoundingClientRect().right,
                width: mark.getBoundingClientRect().width,
                full: span.getBoundingClientRect().width,
                percent: parseFloat(mark.getAttribute('width') ?? 'NaN'),
              }
            : undefined,
        value: box('.chart__value'),
      };
    }),
  );
}

describe.each(PAGES)('/%s', (path) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    it(`writes every chart text at ${MIN_TEXT_PX} px or more`, async () => {
      const page = await open(path, width);
      try {
        const texts = await chartTexts(page);
        expect(texts.length).toBeGreaterThan(20);
        if (path.startsWith('zh/')) {
          // The longest label: a district of twelve characters and its batch.
          expect(texts.map((text) => text.text)).toContainEqual(
            expect.stringMatching(/^2023年 凤凰高新技术产业开发区：/),
          );
        } else {
          expect(texts.map((text) => text.text)).toContain('2.35\u00a0billion yuan');
        }
        expect(texts.filter((text) => text.px < MIN_TEXT_PX)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('keeps every chart and table inside its figure and the screen', async () => {
      const page = await open(path, width);
      try {
        expect(await page.locator('figure.chart').count()).toBe(5);
        expect(await overflows(page)).toEqual([]);
        if (width === 1440) {
          // On a wide screen no table of the desk, in a chart or not, is wider than its column.
          const tooWide = await page.$$eval('main table', (tables) =>
            tables.flatMap((table) => {
              const column = table.parentElement?.clientWidth ?? 0;
              const width = table.getBoundingClientRect().width;
              return width > column + 0.5
                ? [`${table.className}: ${width} px in ${column} px`]
                : [];
            }),
          );
          expect(tooWide).toEqual([]);
        }
        if (width === 360) {
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        }
      } finally {
        await page.close();
      }
    });

    it(`puts each label ${width === 360 ? 'above' : 'beside'} its bar, the number at the bar's end`, async () => {
      const page = await open(path, width);
      try {
        const geometry = await rows(page);
        expect(geometry.length).toBeGreaterThan(10);
        for (const row of geometry) {
          if (width === 360) {
            expect(row.label.bottom).toBeLessThanOrEqual(row.track.top + 1);
          } else {
            expect(row.label.right).toBeLessThanOrEqual(row.track.left + 1);
            expect(row.label.top).toBeLessThan(row.track.bottom);
          }
          if (row.mark) {
            // The mark is its share of the longest bar, drawn at the width it is shown at.
            expect(row.mark.width).toBeCloseTo((row.mark.full * row.mark.percent) / 100, 0);
            expect(row.value.left).toBeGreaterThanOrEqual(row.mark.right - 0.5);
            expect(row.value.left - row.mark.right).toBeLessThan(12);
          }
        }
      } finally {
        await page.close();
      }
    });
  });

  it('makes each chart one image, named by its caption', async () => {
    const page = await open(path, 1440);
    try {
      const figures = page.locator('figure.chart');
      for (let index = 0; index < (await figures.count()); index += 1) {
        const figure = figures.nth(index);
        const caption = (await figure.locator('figcaption').innerText()).trim();
        await expect.poll(() => figure.getByRole('img', { name: caption }).count()).toBe(1);
      }
    } finally {
      await page.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'draws marks that stand out from the paper in the %s scheme',
    async (scheme) => {
      const page = await open(path, 1440, scheme);
      try {
        const contrasts = await page.evaluate(() => {
          const rgb = (colour: string) =>
            (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
              const c = Number(channel) / 255;
              return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
          const luminance = (colour: string) => {
            const [r = 0, g = 0, b = 0] = rgb(colour);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          // The page's paper: the first opaque background from the body outwards.
          const backgrounds = [document.body, document.documentElement].map(
            (element) => getComputedStyle(element).backgroundColor,
          );
          const paper = luminance(
            backgrounds.find((colour) => !/^transparent$|rgba\(.*, 0\)$/.test(colour)) ??
              'rgb(255, 255, 255)',
          );
          return [...document.querySelectorAll('svg.chart__bar')].map((mark) => {
            const ink = luminance(getComputedStyle(mark).color);
            return (Math.max(ink, paper) + 0.05) / (Math.min(ink, paper) + 0.05);
          });
        });
        expect(contrasts.length).toBeGreaterThan(10);
        // WCAG 1.4.11: a graphic a reader needs stands at 3:1 against what is next to it.
        expect(Math.min(...contrasts)).toBeGreaterThanOrEqual(3);
      } finally {
        await page.close();
      }
    },
  );
});

describe.each(['issues/1/', 'zh/issues/1/'])('/%s on a phone', (path) => {
  it('fits the figures box and its year-by-year table in the column, at 360 px', async () => {
    const page = await open(path, 360);
    try {
      const box = await page.locator('.stats-box').evaluate((aside) => {
        const table = aside.querySelector('.table-scroll');
        return {
          aside: aside.scrollWidth - aside.clientWidth,
          table: table ? table.scrollWidth - table.clientWidth : undefined,
        };
      });
      expect(box).toEqual({ aside: 0, table: 0 });
    } finally {
      await page.close();
    }
  });
});
