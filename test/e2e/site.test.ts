/**
 * A reader in Chromium: the `basic` fixture is built (at the root and under /column/),
 * served from 127.0.0.1 by a static server, and browsed by clicking links.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  failedRequests,
  launchBrowser,
  recordRequests,
  type RecordedRequest,
} from '../support/browser';
import { axeViolations } from '../support/axe';
import { buildSite, expectBuilt } from '../support/build';
import { fixtureContent } from '../support/paths';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh page that records its requests; closed by the caller. */
async function openPage(width = 1280): Promise<{ page: Page; requests: RecordedRequest[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  return { page, requests: recordRequests(page) };
}

describe.each([
  { name: 'e2e-basic', base: '/' },
  { name: 'e2e-basic-column', base: '/column/' },
])('the basic column served at $base', ({ name, base }) => {
  let server: StaticServer;

  beforeAll(async () => {
    const site = expectBuilt(await buildSite({ name, contentDir: fixtureContent('basic'), base }));
    server = await serveStatic(site.outDir, { base });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('takes a reader from the home page to an issue, its district and an empty district', async () => {
    const { page, requests } = await openPage();
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
    });
    try {
      const home = await page.goto(server.url);
      expect(home?.status()).toBe(200);

      await page.locator('section.home__latest').getByRole('link', { name: 'All issues' }).click();
      await page.waitForURL(`${server.url}issues/`);

      await page.getByRole('link', { name: 'Alder District raises its school budget' }).click();
      await page.waitForURL(`${server.url}issues/7/`);
      const stats = page.locator('aside.stats-box');
      await expect.poll(() => stats.isVisible()).toBe(true);
      expect((await stats.innerText()).replaceAll('\u00a0', ' ')).toContain('250 million yuan');
      const projects = page.locator('section.projects table');
      await expect.poll(() => projects.isVisible()).toBe(true);
      expect(
        await projects.getByRole('rowheader', { name: 'Alder East Middle School' }).isVisible(),
      ).toBe(true);

      await page.locator('p.issue__kicker').getByRole('link', { name: 'Alder District' }).click();
      await page.waitForURL(`${server.url}districts/alder/`);
      expect(await page.locator('h1').innerText()).toContain('Alder District');
      expect(
        (await page.locator('dl.figures').first().innerText()).replaceAll('\u00a0', ' '),
      ).toContain('250 million yuan');

      await page.locator('nav.site-nav').getByRole('link', { name: 'Districts' }).click();
      await page.waitForURL(`${server.url}districts/`);
      await page.getByRole('link', { name: 'Cedar County' }).first().click();
      await page.waitForURL(`${server.url}districts/cedar/`);
      const empty = page.locator('.empty-state');
      await expect.poll(() => empty.isVisible()).toBe(true);
      expect(await empty.innerText()).toContain('has not reported on Cedar County yet');

      // Every page the reader saw, and every file the browser fetched, came from under the base.
      expect(visited.filter((path) => !path.startsWith(base))).toEqual([]);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((request) => !new URL(request.url).pathname.startsWith(base))).toEqual(
        [],
      );
      expect(failedRequests(requests)).toEqual([]);
      // Reading pages work without JavaScript and load none.
      expect(
        requests.filter(
          (request) => request.resourceType === 'script' || /\.m?js$/.test(request.url),
        ),
      ).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('answers a missing address with the 404 page, whose links lead back in', async () => {
    const { page } = await openPage();
    try {
      const response = await page.goto(`${server.url}no-such-page/`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('Page not found');
      await page.getByRole('link', { name: 'Go to the front page' }).click();
      await page.waitForURL(server.url);
      expect(new URL(page.url()).pathname).toBe(base);
    } finally {
      await page.close();
    }
  });
});

describe('reading pages in the browser', () => {
  let server: StaticServer;
  const READING = [
    '',
    'issues/',
    'issues/7/',
    'issues/9/',
    'issues/11/',
    'districts/',
    'districts/cedar/',
    'about/',
  ];

  beforeAll(async () => {
    const site = expectBuilt(
      await buildSite({ name: 'e2e-basic', contentDir: fixtureContent('basic'), base: '/' }),
    );
    server = await serveStatic(site.outDir, { base: '/' });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('have no serious or critical axe-core violations', async () => {
    const { page } = await openPage();
    const found: string[] = [];
    try {
      for (const path of READING) {
        await page.goto(`${server.url}${path}`);
        found.push(...(await axeViolations(page, { impacts: ['serious', 'critical'] })));
      }
    } finally {
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it("are styled by each component's own stylesheet, in the declared layer order", async () => {
    // One property each component's stylesheet (src/components/*.css) sets, and a few that only
    // hold when components outrank base and layout, and print outranks components.
    const EXPECTED: {
      path: string;
      media?: 'print';
      styles: [string, string, string | RegExp][];
    }[] = [
      {
        path: '',
        styles: [
          ['.skip-link', 'position', 'absolute'],
          ['.masthead', 'display', 'grid'],
          ['.site-footer', 'border-top-width', '4px'],
          ['.issue-card', 'border-top-width', '2px'],
          ['.issue-card__meta', 'text-transform', 'uppercase'],
          ['.district-card', 'border-top-width', '3px'],
          ['.figure-stat', 'container-type', 'inline-size'],
          ['.progress-strip', 'border-top-width', '1px'],
          // The components layer beats the base layer's button padding (0.4rem)…
          ['.site-search button', 'padding-top', '4px'],
          // …and the layout's three columns of targets, which stack on a phone.
          ['.targets', 'grid-template-columns', /^[\d.]+px$/],
        ],
      },
      { path: 'issues/', styles: [['.pager', 'display', 'flex']] },
      { path: 'projects/', styles: [['.project-index__date', 'display', 'block']] },
      {
        path: 'projects/alder-north-primary/',
        styles: [
          ['.project__latest', 'display', 'flex'],
          ['.timeline__item', 'border-left-width', '2px'],
        ],
      },
      { path: 'districts/alder/', styles: [['.district-projects', 'list-style-type', 'none']] },
      {
        path: 'data/',
        styles: [
          ['.chart', 'break-inside', 'avoid'],
          ['.chart__bars', 'display', 'grid'],
          ['.desk__districts', 'display', 'grid'],
        ],
      },
      {
        path: 'issues/7/',
        styles: [
          ['.issue__kicker', 'text-transform', 'uppercase'],
          ['.stats-box', 'border-top-width', '4px'],
          ['.group-row th', 'text-transform', 'uppercase'],
          ['.data-table tbody td', 'vertical-align', 'top'],
        ],
      },
      {
        path: 'issues/9/',
        styles: [
          ['.mdx-stat', 'display', 'flex'],
          // Both outrank the article's own paragraph and blockquote rules (components.css).
          ['.mdx-callout__title', 'margin-bottom', '8px'],
          ['.mdx-pullquote blockquote', 'border-left-width', '0px'],
          ['.mdx-figure figcaption', 'margin-top', '8px'],
        ],
      },
      {
        path: 'search/?q=kindergartens',
        styles: [
          ['.search-form', 'display', 'grid'],
          // Built in the browser, styled by the issue card's stylesheet.
          ['[data-search-results] .issue-card', 'border-top-width', '2px'],
        ],
      },
      {
        path: '',
        media: 'print',
        styles: [
          ['.site-nav', 'display', 'none'],
          ['.masthead__secondary', 'padding-top', '0px'],
        ],
      },
    ];
    const { page } = await openPage(375);
    const wrong: string[] = [];
    try {
      for (const { path, media, styles } of EXPECTED) {
        await page.emulateMedia({ media: media ?? 'screen' });
        await page.goto(`${server.url}${path}`);
        for (const [selector, property, value] of styles) {
          const actual = await page
            .locator(selector)
            .first()
            .evaluate(
              (element, name) => getComputedStyle(element).getPropertyValue(name),
              property,
            );
          if (typeof value === 'string' ? actual !== value : !value.test(actual)) {
            wrong.push(`/${path}${media ? ` (${media})` : ''} ${selector} ${property}: ${actual}`);
          }
        }
      }
    } finally {
      await page.close();
    }
    expect(wrong).toEqual([]);
  });

  it('fit a 320 px wide screen without sideways scrolling', async () => {
    const { page } = await openPage(320);
    const overflowing: string[] = [];
    try {
      for (const path of READING) {
        await page.goto(`${server.url}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) overflowing.push(`/${path}: ${width} px`);
      }
    } finally {
      await page.close();
    }
    expect(overflowing).toEqual([]);
  });
});
