/**
 * The browser the suite drives (scripts/chromium.ts): found without a download, and able to
 * draw Chinese, which the npm package's Chromium and a bare machine cannot without the
 * project's own Noto Sans SC.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/chromium.ts';
import { launchBrowser } from '../support/browser';

let browser: Browser;

beforeAll(async () => {
  const { path, source } = findChromium();
  console.log(`Chromium ${path} (from ${source})`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A screenshot of `text` alone, set in the site's sans-serif stack. */
async function drawn(text: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 200, height: 80 } });
  await page.setContent(
    `<p style="margin:0;font:40px 'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif">${text}</p>`,
  );
  const image = await page.locator('p').screenshot();
  await page.close();
  return image;
}

describe('the test browser', () => {
  it('draws Chinese characters as glyphs, not as the boxes of a missing font', async () => {
    // Two private-use characters no font has: what Chinese looks like when no font covers it.
    const boxes = await drawn('\uE000\uE001');
    expect((await drawn('潍坊')).equals(boxes)).toBe(false);
    expect((await drawn('学位')).equals(await drawn('潍坊'))).toBe(false);
  });
});
