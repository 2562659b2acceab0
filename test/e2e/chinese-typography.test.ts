/**
 * Chinese reading in Chromium (DESIGN.md, look and feel): the `zh` fixture's Chinese issue is
 * set with its own leading and measure, no faked bold or italic, and strict line breaking.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';
import { launchBrowser } from '../support/browser';
import { buildSite, expectBuilt } from '../support/build';
import { fixtureContent } from '../support/paths';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const site = expectBuilt(
    await buildSite({ name: 'e2e-zh-type', contentDir: fixtureContent('zh') }),
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
