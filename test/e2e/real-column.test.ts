/**
 * The real column (content/) built under /column/, as an operator would deploy it to a
 * sub-folder, and read in Chromium: issue 4 with its figures and projects, Hanting's page
 * listing it, Xingfu Road Primary School's project page, every district without an issue
 * saying so, and nothing leaving /column/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedRequests, launchBrowser, recordRequests } from '../support/browser';
import { buildSite, expectBuilt } from '../support/build';
import { districtsWithoutIssue, REAL_CONTENT, realDistricts } from '../support/realColumn';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';

const BASE = '/column/';
// Read from content/, so the test follows the column as more districts publish.
const WITHOUT_ISSUE = districtsWithoutIssue('en').map((district) => district.id);

let browser: Browser;
let server: StaticServer;
let buildLog: string;

beforeAll(async () => {
  const site = expectBuilt(
    await buildSite({ name: 'e2e-real-column', contentDir: REAL_CONTENT, base: BASE }),
  );
  buildLog = `${site.stdout}\n${site.stderr}`;
  server = await serveStatic(site.outDir, { base: BASE });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every link on the page, resolved: internal ones must stay under the base. */
async function linksLeavingBase(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href], link[href]')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLAnchorElement).href));
  const origin = new URL(server.url).origin;
  return hrefs.filter((href) => {
    const url = new URL(href);
    return url.origin === origin && !url.pathname.startsWith(BASE);
  });
}

describe('the real column under /column/', () => {
  it('builds without printing a warning', () => {
    expect(buildLog).not.toMatch(/\[WARN\]|\bwarning\b/i);
  });

  it('shows issue 4 with its figures and projects, and Hanting lists it', async () => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    try {
      await page.goto(server.url);
      expect(await linksLeavingBase(page)).toEqual([]);
      await page
        .locator('section.home__latest')
        .getByRole('link', { name: /Hanting District sets out/ })
        .click();
      await page.waitForURL(`${server.url}issues/4/`);
      expect(await linksLeavingBase(page)).toEqual([]);

      const stats = page.locator('aside.stats-box');
      // A no-break space keeps "3.076" with "billion".
      const figures = (await stats.innerText()).replaceAll('\u00a0', ' ');
      expect(figures).toContain('3.076 billion yuan');
      expect(figures).toContain('34 planned, of which 12 under construction and 17 completed');
      expect(figures).toContain('2022–2024');
      expect(figures).toContain('more than 90%');
      // The source states no overall total of new places but gives them year by year, one batch
      // without: their sum is a lower bound, never "not reported" beside the years it states.
      const places = await stats
        .locator('.figure-stat', { hasText: 'New school places' })
        .innerText();
      expect(places).toContain('at least 14,454');
      expect(places).not.toContain('not reported');

      const projects = page.locator('section.projects table');
      for (const name of [
        'Xingfu Road Primary School',
        'Yixin Street Primary School',
        'Seed Valley Kindergarten',
      ]) {
        expect(await projects.getByRole('rowheader', { name }).isVisible()).toBe(true);
      }

      await page.locator('p.issue__kicker').getByRole('link', { name: 'Hanting District' }).click();
      await page.waitForURL(`${server.url}districts/hanting/`);
      expect(await page.locator('main').innerText()).toContain('NO. 4');
      expect(await linksLeavingBase(page)).toEqual([]);
      expect(requests.filter((request) => !new URL(request.url).pathname.startsWith(BASE))).toEqual(
        [],
      );
      expect(failedRequests(requests)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('links Xingfu Road Primary School from issue 4 to its project page, which search finds', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}issues/4/`);
      await page
        .locator('section.projects table')
        .getByRole('link', { name: 'Xingfu Road Primary School' })
        .click();
      await page.waitForURL(`${server.url}projects/xingfu-road-primary/`);
      expect(await page.locator('h1').innerText()).toBe('Xingfu Road Primary School');
      const timeline = page.locator('ol.timeline > li');
      expect(await timeline.count()).toBeGreaterThan(0);
      expect(await timeline.first().getByRole('link', { name: 'No. 4' }).getAttribute('href')).toBe(
        `${BASE}issues/4/`,
      );
      expect(await linksLeavingBase(page)).toEqual([]);

      await page.goto(`${server.url}search/?q=${encodeURIComponent('Xingfu Road')}`);
      await expect
        .poll(() => page.locator('[data-search-results] h3 a').first().getAttribute('href'), {
          timeout: 15_000,
        })
        .toBe(`${BASE}projects/xingfu-road-primary/`);
    } finally {
      await page.close();
    }
  });

  it('shows the empty state on the page of every district without an issue, and only there', async () => {
    const page = await browser.newPage();
    try {
      for (const { id } of realDistricts()) {
        const response = await page.goto(`${server.url}districts/${id}/`);
        expect(response?.status()).toBe(200);
        const emptyState = page.locator('.empty-state');
        if (WITHOUT_ISSUE.includes(id))
          expect(await emptyState.innerText(), id).toMatch(/has not reported on .+ yet/);
        else expect(await emptyState.count(), id).toBe(0);
        expect(await linksLeavingBase(page)).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it('shows on /data/ the figures the home page and Hanting’s page show', async () => {
    const page = await browser.newPage();
    try {
      /** Label → value of the headline figures in `scope`. */
      const figures = async (scope: string) =>
        Object.fromEntries(
          await page
            .locator(`${scope} .figure-stat`)
            .evaluateAll((stats) =>
              stats.map((stat) => [
                stat.querySelector('dt')?.textContent?.trim(),
                stat.querySelector('dd')?.textContent?.trim(),
              ]),
            ),
        ) as Record<string, string>;
      await page.goto(server.url);
      const home = await figures('section.home__totals');
      await page.goto(`${server.url}districts/hanting/`);
      const hanting = await figures('main');

      await page.goto(`${server.url}data/`);
      expect(await linksLeavingBase(page)).toEqual([]);
      const cell = (column: string) =>
        page.locator(`data[data-figure="districts/hanting/${column}"]`).first().innerText();
      expect(await cell('investment_yuan')).toBe(hanting['Planned investment']);
      expect(
        `${await cell('kindergartens_planned')} planned, of which ${await cell('kindergartens_under_construction')} under construction and ${await cell('kindergartens_completed')} completed`,
      ).toBe(hanting['Kindergartens']);
      // The investment chart's sentence gives the column's total, as the home page does.
      expect(await page.locator('#chart-investment').innerText()).toContain(
        home['Planned investment'],
      );
      if (realDistricts().length - WITHOUT_ISSUE.length === 1) {
        expect(home['Kindergartens']).toBe(hanting['Kindergartens']);
        expect(home['Planned investment']).toBe(hanting['Planned investment']);
      }
      // A chart for every target some district reports toward, the investment and the years; a
      // target nobody reports toward says so in its caption instead.
      for (const chart of await page.locator('figure.chart').all()) {
        const drawn = (await chart.locator('[role="img"]').count()) === 1;
        const caption = await chart.locator('figcaption').innerText();
        expect(drawn || caption.includes('No district has reported'), caption).toBe(true);
      }
      await page.getByRole('link', { name: 'Hanting District' }).first().click();
      await page.waitForURL(`${server.url}districts/hanting/`);
    } finally {
      await page.close();
    }
  });
});
