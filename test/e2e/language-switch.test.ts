/**
 * The language switch in Chromium, on every page of the `desk` fixture (issue 1 in both
 * languages, issues 2–4 in English only): a reader who follows it lands on the same page in the
 * other edition where that page exists, on that edition's home where it does not, and never on
 * a missing page; following it back returns them where they were.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';
import { launchBrowser } from '../support/browser';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { listPages } from '../support/html';
import { fixtureContent } from '../support/paths';

let site: BuildResult;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  site = expectBuilt(
    await buildSite({ name: 'e2e-lang-switch', contentDir: fixtureContent('desk') }),
  );
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const isChinese = (path: string) => path.startsWith('/zh/');

/** The same page in the other edition, by path alone: `/issues/1/` ↔ `/zh/issues/1/`. */
const otherEdition = (path: string) => (isChinese(path) ? path.slice('/zh'.length) : `/zh${path}`);

const built = (path: string) =>
  existsSync(join(site.outDir, path.endsWith('/') ? `${path}index.html` : path));

/** Where the switch should lead from `path`: its counterpart, or the other edition's home. */
function expectedTarget(path: string): string {
  const counterpart = otherEdition(path);
  return built(counterpart) ? counterpart : isChinese(path) ? '/' : '/zh/';
}

/** Follows the page's language switch as a reader does, and says where it led. */
async function followSwitch(page: Page): Promise<{ path: string; status: number; lang: string }> {
  const nav = page.getByRole('navigation', { name: /^(Language|语言)$/ });
  const [response] = await Promise.all([
    page.waitForResponse(
      (answer) => answer.request().isNavigationRequest() && answer.frame() === page.mainFrame(),
    ),
    nav.getByRole('link').click(),
  ]);
  await page.waitForLoadState('load');
  return {
    path: new URL(page.url()).pathname,
    status: response.status(),
    lang: await page
      .locator('html')
      .getAttribute('lang')
      .then((lang) => lang ?? ''),
  };
}

describe('the language switch', () => {
  it('leads from every page to its counterpart or the other home, and back', async () => {
    const pages = listPages(site.outDir).filter((path) => path.endsWith('/'));
    // Guard: the fixture has pages with and without a counterpart, in both languages.
    expect(pages.filter((path) => built(otherEdition(path))).length).toBeGreaterThan(10);
    expect(pages.filter((path) => !built(otherEdition(path)))).toEqual(
      expect.arrayContaining(['/issues/3/', '/issues/4/']),
    );
    const page = await browser.newPage();
    const wrong: string[] = [];
    try {
      for (const path of pages) {
        await page.goto(`${server.url.replace(/\/$/, '')}${path}`);
        const landed = await followSwitch(page);
        const expected = {
          path: expectedTarget(path),
          status: 200,
          lang: isChinese(path) ? 'en' : 'zh-CN',
        };
        if (JSON.stringify(landed) !== JSON.stringify(expected))
          wrong.push(`${path} → ${JSON.stringify(landed)}, expected ${JSON.stringify(expected)}`);
        // Back again: a counterpart's switch returns to the page the reader came from.
        if (built(otherEdition(path))) {
          const back = await followSwitch(page);
          if (back.path !== path) wrong.push(`${path} → ${landed.path} → ${back.path}`);
        }
      }
    } finally {
      await page.close();
    }
    expect(wrong).toEqual([]);
  });
});
