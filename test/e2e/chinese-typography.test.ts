/**
 * Chinese reading in Chromium (DESIGN.md, look and feel), on the `zhtype` fixture's Chinese
 * issue: its own leading and measure, no faked bold or italic, strict line breaking; and on a
 * phone, figures that stay with their units, headlines that break between phrases and no line
 * that starts with a middle dot or closing punctuation.
 *
 * Where a line breaks depends on the width, so the phone checks run at every width from 344 to
 * 376 px: at some of them a figure or a headline word falls at a line end.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';
import { launchBrowser } from '../support/browser';
import { buildSite, expectBuilt } from '../support/build';
import { fixtureContent } from '../support/paths';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const site = expectBuilt(
    await buildSite({ name: 'e2e-zh-type', contentDir: fixtureContent('zhtype') }),
  );
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('sets a Chinese article at 1.8 leading, about 35 characters a line, strict breaks and no faked faces', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${server.url}zh/issues/1/`);
    const paragraph = page.locator('div.prose p').first();
    const style = await paragraph.evaluate((element) => {
      const computed = getComputedStyle(element);
      return {
        leading: parseFloat(computed.lineHeight) / parseFloat(computed.fontSize),
        charactersPerLine: element.getBoundingClientRect().width / parseFloat(computed.fontSize),
        lineBreak: computed.lineBreak,
        fontSynthesis: computed.fontSynthesis,
      };
    });
    expect(style.leading).toBeCloseTo(1.8, 2);
    expect(style.charactersPerLine).toBeGreaterThan(30);
    expect(style.charactersPerLine).toBeLessThanOrEqual(35.01);
    expect(style.lineBreak).toBe('strict');
    expect(style.fontSynthesis).toBe('none');
  } finally {
    await page.close();
  }
});

const PHONE_WIDTHS = Array.from({ length: 17 }, (_, index) => 344 + index * 2);
/** A dot starts a line only when the line ends within a dot's width of it: a wider sweep. */
const DOT_WIDTHS = Array.from({ length: 51 }, (_, index) => 320 + index * 4);
const FIGURES = '.nowrap, data.figure';

/**
 * Each figure on the page whose text lies on more than one line: a `.nowrap` run of the text,
 * or a figure the site writes itself (`data.figure`, with its unit and qualifier).
 */
function brokenFigures(page: Page): Promise<string[]> {
  return page.locator(FIGURES).evaluateAll((figures) =>
    figures.flatMap((figure) => {
      const range = document.createRange();
      range.selectNodeContents(figure);
      // One rectangle per line box the text is in, once rectangles on the same line are merged.
      const lines: { top: number; bottom: number }[] = [];
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        const line = lines.find((box) => rect.top < box.bottom && rect.bottom > box.top);
        if (!line) lines.push({ top: rect.top, bottom: rect.bottom });
      }
      return lines.length > 1 ? [figure.textContent ?? ''] : [];
    }),
  );
}

/**
 * Each line in `selector` that starts with a middle dot or closing punctuation, with the text
 * that ends the line before it. A line starts where a character sits left of the one before.
 */
function badLineStarts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots) => {
    const found: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let previous: { char: string; left: number; bottom: number } | undefined;
      let line = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let at = 0; at < text.length; at++) {
          const char = text[at] ?? '';
          if (/\s/u.test(char)) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0) continue;
          const newLine =
            previous !== undefined && rect.left < previous.left && rect.top >= previous.bottom - 2;
          if (newLine && /[·。，、；：！？）】」』”》]/u.test(char))
            found.push(`${line.slice(-12)} / ${char}${text.slice(at + 1, at + 8)}`);
          line = newLine ? char : line + char;
          previous = { char, left: rect.left, bottom: rect.bottom };
        }
      }
    }
    return found;
  });
}

/**
 * Where each line of each Chinese headline starts, as an offset into its text, and the offsets
 * where a line may start: after a <wbr> between phrases or after a space.
 */
function headlineLines(page: Page): Promise<{ text: string; starts: number[]; wbr: number[] }[]> {
  return page.locator('.phrases').evaluateAll((headlines) =>
    headlines.map((headline) => {
      const starts: number[] = [];
      const wbr: number[] = [];
      let offset = 0;
      let previousTop: number | undefined;
      const walker = document.createTreeWalker(
        headline,
        NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.localName === 'wbr') wbr.push(offset);
          continue;
        }
        const text = node.textContent ?? '';
        for (let at = 0; at < text.length; at++, offset++) {
          if (text[at] === ' ') wbr.push(offset + 1);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const { top, height } = range.getBoundingClientRect();
          if (height === 0) continue;
          if (previousTop !== undefined && top > previousTop + height / 2) starts.push(offset);
          previousTop = top;
        }
      }
      return { text: headline.textContent ?? '', starts, wbr };
    }),
  );
}

describe.each(['zh/', 'zh/issues/1/'])('on a phone, /%s', (path) => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${server.url}${path}`);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('has figures with units and Chinese headlines to check', async () => {
    expect(await page.locator('main .nowrap').count()).toBeGreaterThan(2);
    expect(await page.locator('main .phrases wbr').count()).toBeGreaterThan(2);
  });

  it.each(PHONE_WIDTHS)('keeps each figure on one line with its unit at %i px', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    expect(await brokenFigures(page)).toEqual([]);
  });

  it.each(PHONE_WIDTHS)('breaks Chinese headlines only between phrases at %i px', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    for (const { text, starts, wbr } of await headlineLines(page))
      expect(
        starts.filter((start) => !wbr.includes(start)),
        text,
      ).toEqual([]);
  });

  it.each(DOT_WIDTHS)(
    'starts no line with a middle dot or closing punctuation at %i px',
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      expect(await badLineStarts(page, 'body > header, main')).toEqual([]);
    },
  );
});

describe('on a phone, /zh/data/', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${server.url}zh/data/`);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('has the desk’s figures, with their units, to check', async () => {
    expect(await page.locator('main data.figure').count()).toBeGreaterThan(5);
  });

  it.each([...PHONE_WIDTHS, 1440])(
    'keeps each figure on one line with its unit and qualifier at %i px',
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      expect(await brokenFigures(page)).toEqual([]);
    },
  );

  it.each(DOT_WIDTHS)('starts no line with closing punctuation at %i px', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    expect(await badLineStarts(page, 'main')).toEqual([]);
  });
});

describe('the phone checks themselves', () => {
  it('find a figure broken from its unit, and a headline broken inside a phrase, when the line-breaking rules are off', async () => {
    // The site's CSP refuses inline styles, such as the one that turns the rules off.
    const page = await browser.newPage({ viewport: { width: 360, height: 800 }, bypassCSP: true });
    try {
      await page.goto(`${server.url}zh/issues/1/`);
      await page.addStyleTag({
        content:
          '.nowrap, data.figure { white-space: normal !important } .phrases { word-break: normal !important }',
      });
      let brokenFigure = false;
      let brokenHeadline = false;
      for (const width of PHONE_WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        brokenFigure ||= (await brokenFigures(page)).length > 0;
        brokenHeadline ||= (await headlineLines(page)).some(({ starts, wbr }) =>
          starts.some((start) => !wbr.includes(start)),
        );
      }
      expect(brokenFigure).toBe(true);
      expect(brokenHeadline).toBe(true);
    } finally {
      await page.close();
    }
  });
});
