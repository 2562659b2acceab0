/**
 * Every page template in Chromium, under the site's Content Security Policy (the `<meta>` in
 * each page; deploy.test.ts adds the header): axe-core with the WCAG 2.2 AA rules in the light
 * and the dark colour scheme, and no CSP violation, search included. Fixture sites cover
 * every template; the real column runs its own pages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, WCAG22_AA } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { buildSite, expectBuilt, type BuildOptions } from '../support/build';
import { watchCspViolations } from '../support/cspViolations';
import { fixtureContent, projectRoot } from '../support/paths';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';

/** A missing address, answered with the 404 page. */
const MISSING = 'no-such-page/';

const SITES: { options: BuildOptions; pages: string[] }[] = [
  {
    options: { name: 'e2e-quality-basic', contentDir: fixtureContent('basic') },
    pages: [
      '',
      'issues/',
      'issues/page/2/',
      // Issue pages by feature: milestones table, corrections, projects table, MDX components
      // and a <Figure>, GFM table and footnote, cover picture.
      'issues/3/',
      'issues/5/',
      'issues/7/',
      'issues/9/',
      'issues/11/',
      'issues/13/',
      'districts/',
      'districts/alder/',
      'districts/cedar/',
      'about/',
      'search/',
      'search/?q=kindergartens',
      MISSING,
    ],
  },
  {
    // Every Markdown construct the editors' guide offers (tables aligned each way, footnotes,
    // autolinks), in English and Chinese. Not issues/2/: GFM draws a task list as checkboxes
    // with no label, which axe refuses, and the guide does not offer task lists.
    options: { name: 'e2e-quality-markdown', contentDir: fixtureContent('markdown') },
    pages: ['issues/1/', 'zh/issues/1/'],
  },
  {
    // The Chinese locale, and search in both languages, served under a sub-path.
    options: { name: 'e2e-quality-search', contentDir: fixtureContent('search'), base: '/column/' },
    pages: [
      'zh/',
      'zh/issues/',
      'zh/issues/1/',
      'zh/districts/',
      'zh/districts/harbour/',
      'zh/about/',
      `zh/search/?q=${encodeURIComponent('小学')}`,
      'search/?q=kindergartens&district=alder',
    ],
  },
  {
    // Project pages: the index and a project's timeline in both languages, a district's
    // projects, and a search for projects only.
    options: { name: 'e2e-quality-desk', contentDir: fixtureContent('desk') },
    pages: [
      'projects/',
      'projects/alder-north-primary/',
      'zh/projects/',
      'zh/projects/alder-north-primary/',
      'districts/alder/',
      'search/?q=alder&type=project',
    ],
  },
  {
    options: { name: 'e2e-quality-real', contentDir: `${projectRoot}content` },
    pages: [
      '',
      'issues/',
      'issues/4/',
      'districts/',
      'districts/hanting/',
      'districts/kuiwen/',
      'data/',
      'about/',
      'search/?q=kindergartens',
      MISSING,
    ],
  },
  {
    // The data desk with figures toward every target, a silent district, and in Chinese.
    options: { name: 'e2e-quality-desk', contentDir: fixtureContent('desk') },
    pages: ['', 'data/', 'zh/data/', 'districts/alder/', 'zh/'],
  },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Waits until a search page with a query has shown its first result, or said it found none
 * or failed, and returns how many results it shows.
 */
async function searchResults(page: Page): Promise<number> {
  const results = page.locator('[data-search-results] > li');
  await results
    .first()
    .or(page.locator('[data-search-status]').filter({ hasText: /No issue|could not|没有|未能/ }))
    .waitFor({ timeout: 15_000 });
  return results.count();
}

describe.each(SITES)('$options.name', ({ options, pages }) => {
  let server: StaticServer;
  let page: Page;
  let cspViolations: string[];
  const axe: Record<'light' | 'dark', string[]> = { light: [], dark: [] };
  const emptySearches: string[] = [];

  // One pass over the pages collects everything the tests below assert.
  beforeAll(async () => {
    const site = expectBuilt(await buildSite(options));
    server = await serveStatic(site.outDir, { base: site.base });
    page = await browser.newPage();
    cspViolations = await watchCspViolations(page);
    for (const path of pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${server.url}${path}`);
      if (path.includes('search/?q=') && (await searchResults(page)) === 0) {
        emptySearches.push(path);
      }
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        axe[scheme].push(...(await axeViolations(page, { tags: WCAG22_AA })));
      }
    }
  });

  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('has no WCAG 2.2 AA violation in the light colour scheme', () => {
    expect(axe.light).toEqual([]);
  });

  it('has no WCAG 2.2 AA violation in the dark colour scheme', () => {
    expect(axe.dark).toEqual([]);
  });

  it('runs every search under the policy, with results', () => {
    expect(emptySearches).toEqual([]);
  });

  it('breaks no rule of the Content Security Policy on any page', () => {
    expect(cspViolations).toEqual([]);
  });
});

describe('the CSP violation watcher', () => {
  it('sees what the policy refuses', async () => {
    const site = expectBuilt(
      await buildSite({ name: 'e2e-quality-real', contentDir: `${projectRoot}content` }),
    );
    const server = await serveStatic(site.outDir, { base: site.base });
    const page = await browser.newPage();
    try {
      const violations = await watchCspViolations(page);
      await page.goto(server.url);
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { color: red; }';
        document.head.append(style);
      });
      await expect.poll(() => violations.join('\n')).toContain('style-src-elem');
    } finally {
      await page.close();
      await server.close();
    }
  });
});
