/**
 * Search in Chromium against built sites: the `search` fixture (English and Chinese issues
 * across districts and years, plus a draft that must never be found) at the root and under
 * /column/, the `zhsearch` fixture's Chinese queries (./zhQueries.ts), and the real column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { districtsWithoutIssue } from '../support/realColumn';
import { buildSite, expectBuilt } from '../support/build';
import { fixtureContent, projectRoot } from '../support/paths';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';
import { containsQuery, INDEX_WORDS } from '../../src/lib/chineseTokens';
import { ZH_QUERIES } from './zhQueries';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Result {
  number: string;
  district: string;
  date: string;
  title: string;
  href: string;
  excerptHasMark: boolean;
}

/** Waits until the search has answered, then reads the result entries as a reader sees them. */
async function results(page: Page): Promise<Result[]> {
  const status = page.locator('[data-search-status]');
  await expect
    .poll(() => status.innerText(), { timeout: 15_000 })
    .toMatch(/found|No issue|找到|没有/);
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      number: item.querySelector('.issue-card__number')?.textContent ?? '',
      district: item.querySelector('.issue-card__district')?.textContent ?? '',
      date: item.querySelector('time')?.textContent ?? '',
      title: item.querySelector('h3 a')?.textContent ?? '',
      href: item.querySelector('h3 a')?.getAttribute('href') ?? '',
      excerptHasMark: Boolean(item.querySelector('.search-result__excerpt mark')),
    })),
  );
}

const numbers = (list: Result[]) => list.map((result) => result.number);

describe.each([
  { name: 'e2e-search', base: '/' },
  { name: 'e2e-search-column', base: '/column/' },
])('search on the fixture column served at $base', ({ name, base }) => {
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    const site = expectBuilt(await buildSite({ name, contentDir: fixtureContent('search'), base }));
    server = await serveStatic(site.outDir, { base });
  });

  afterAll(async () => {
    await server?.close();
  });

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('finds every published issue and project with the word, with its number, district, date and excerpt', async () => {
    await page.goto(`${server.url}search/?q=kindergartens`);
    const found = await results(page);
    // Willow Lane Kindergarten, named in issues 1 and 3, has its own page.
    expect(found.map((result) => result.number).toSorted()).toEqual([
      'No. 1',
      'No. 2',
      'No. 3',
      'Project',
    ]);
    expect(found.find((result) => result.number === 'Project')).toMatchObject({
      district: 'Alder District',
      title: 'Willow Lane Kindergarten',
      href: `${base}projects/willow-lane-kindergarten/`,
    });
    const first = found.find((result) => result.number === 'No. 1');
    expect(first).toMatchObject({
      district: 'Alder District',
      date: '1 March 2022',
      title: 'Alder District plans new kindergartens',
      href: `${base}issues/1/`,
      excerptHasMark: true,
    });
    // The draft mentions kindergartens too, and must stay out of the index.
    expect(found.some((result) => result.title.startsWith('Draft'))).toBe(false);
  });

  it('narrows the results with the district filter and records it in the URL', async () => {
    await page.goto(`${server.url}search/?q=kindergartens`);
    await results(page);
    await page.getByLabel('District').selectOption('alder');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=kindergartens&district=alder');
    expect(numbers(await results(page)).toSorted()).toEqual(['No. 1', 'No. 3', 'Project']);
  });

  it('narrows the results by year', async () => {
    await page.goto(`${server.url}search/?q=kindergartens&year=2023`);
    expect(numbers(await results(page))).toEqual(['No. 2']);
  });

  it('orders the issues by issue number either way', async () => {
    await page.goto(`${server.url}search/?q=kindergartens&type=issue`);
    await results(page);
    await page.getByLabel('Order').selectOption('issue-asc');
    await expect
      .poll(async () => numbers(await results(page)))
      .toEqual(['No. 1', 'No. 2', 'No. 3']);
    await page.getByLabel('Order').selectOption('issue-desc');
    await expect
      .poll(async () => numbers(await results(page)))
      .toEqual(['No. 3', 'No. 2', 'No. 1']);
  });

  it('restores a linked search, and walks back through searches with the back button', async () => {
    await page.goto(
      `${server.url}search/?q=kindergartens&type=issue&district=birch&sort=issue-desc`,
    );
    expect(await page.getByLabel('Words to find').inputValue()).toBe('kindergartens');
    expect(await page.getByLabel('Type').inputValue()).toBe('issue');
    expect(await page.getByLabel('District').inputValue()).toBe('birch');
    expect(await page.getByLabel('Order').inputValue()).toBe('issue-desc');
    expect(numbers(await results(page))).toEqual(['No. 2']);

    await page.getByLabel('District').selectOption('');
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?q=kindergartens&type=issue&sort=issue-desc');
    await expect
      .poll(async () => numbers(await results(page)))
      .toEqual(['No. 3', 'No. 2', 'No. 1']);

    await page.goBack();
    await expect.poll(() => page.getByLabel('District').inputValue()).toBe('birch');
    await expect.poll(async () => numbers(await results(page))).toEqual(['No. 2']);
  });

  it('takes a query from the search box in the header of any page', async () => {
    await page.goto(`${server.url}districts/`);
    await page.getByRole('searchbox', { name: 'Search the column' }).fill('canteen');
    await page.getByRole('searchbox', { name: 'Search the column' }).press('Enter');
    await page.waitForURL(`${server.url}search/?q=canteen`);
    const found = await results(page);
    expect(found.map((result) => result.title)).toEqual(['Birch City adds a school canteen']);
    await page.getByRole('link', { name: 'Birch City adds a school canteen' }).click();
    await page.waitForURL(`${server.url}issues/4/`);
  });

  it('finds the Chinese issue with a Chinese word on the Chinese search page only', async () => {
    await page.goto(`${server.url}zh/search/?q=${encodeURIComponent('小学')}`);
    const found = await results(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      number: '第6期',
      title: '桤木区计划新建两所小学',
      href: `${base}zh/issues/6/`,
    });

    await page.goto(`${server.url}search/?q=${encodeURIComponent('小学')}`);
    expect(await results(page)).toEqual([]);
  });

  it('has no axe-core violations with results showing', async () => {
    await page.goto(`${server.url}search/?q=kindergartens`);
    expect((await results(page)).length).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says search needs JavaScript, and links to the archive and districts, when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    try {
      await noScript.goto(`${server.url}search/?q=kindergartens`);
      expect(await noScript.locator('.search-noscript').innerText()).toContain(
        'Search needs JavaScript',
      );
      expect(
        await noScript.getByRole('link', { name: 'Browse all issues' }).getAttribute('href'),
      ).toBe(`${base}issues/`);
      expect(
        await noScript.getByRole('link', { name: 'Browse by district' }).getAttribute('href'),
      ).toBe(`${base}districts/`);
    } finally {
      await context.close();
    }
  });
});

/** Every result's link, after pressing "more" until the list is whole. */
async function allResultLinks(page: Page): Promise<string[]> {
  await results(page);
  const items = page.locator('[data-search-results] > li');
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(shown);
  }
  return page
    .locator('[data-search-results] h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/**
 * The text of each Chinese issue page as Pagefind reads it, by URL: the article without the
 * parts marked `data-pagefind-ignore`, a line break after each element that ends a sentence
 * for Pagefind (table header cells do not, so a row's headers read as one run).
 */
function indexedChineseIssues(outDir: string): Map<string, string> {
  const folder = join(outDir, 'zh', 'issues');
  const texts = new Map<string, string>();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || !/^\d+$/.test(entry.name)) continue;
    const { document } = parseHTML(readFileSync(join(folder, entry.name, 'index.html'), 'utf8'));
    const body = document.querySelector('[data-pagefind-body]');
    if (!body) throw new Error(`zh/issues/${entry.name}/ has no data-pagefind-body`);
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    for (const block of body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, td, div, ul, li, br'))
      block.after('\n');
    texts.set(`/zh/issues/${entry.name}/`, body.textContent ?? '');
  }
  return texts;
}

describe('Chinese search on the zhsearch fixture', () => {
  let server: StaticServer;
  let page: Page;
  let issues: Map<string, string>;

  beforeAll(async () => {
    const site = expectBuilt(
      await buildSite({ name: 'e2e-zhsearch', contentDir: fixtureContent('zhsearch') }),
    );
    issues = indexedChineseIssues(site.outDir);
    server = await serveStatic(site.outDir, { base: '/' });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('has Chinese issues in several districts to search', () => {
    expect(issues.size).toBeGreaterThanOrEqual(4);
  });

  it('has a word segmenter in Chromium that keeps each of the index’s words whole', async () => {
    // Pagefind cuts the query with Intl.Segmenter; a word it cut would not match the index.
    const split = await page.evaluate(
      (words) =>
        words.filter(
          (word) =>
            [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(word)].length !== 1,
        ),
      [...INDEX_WORDS],
    );
    expect(split).toEqual([]);
  });

  it.each(ZH_QUERIES)('finds every Chinese issue containing $query ($why)', async ({ query }) => {
    const expected = [...issues]
      .filter(([, text]) => containsQuery(text, query))
      .map(([url]) => url)
      .toSorted();
    // A query no issue contains would pass whatever search did.
    expect(expected).not.toEqual([]);
    await page.goto(`${server.url}zh/search/?q=${encodeURIComponent(query)}`);
    const found = (await allResultLinks(page))
      .filter((href) => /^\/zh\/issues\/\d+\/$/.test(href))
      .toSorted();
    expect(found).toEqual(expected);
  });

  it('shows excerpts with 幼儿园 marked whole and Chinese pieces joined with Chinese punctuation', async () => {
    await page.goto(`${server.url}zh/search/?q=${encodeURIComponent('幼儿园')}`);
    await allResultLinks(page);
    const excerpts = await page.locator('.search-result__excerpt').evaluateAll((paragraphs) =>
      paragraphs.map((paragraph) => ({
        text: paragraph.textContent ?? '',
        marks: [...paragraph.querySelectorAll('mark')].map((mark) => mark.textContent),
      })),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    for (const { text, marks } of excerpts) {
      expect(marks, text).not.toEqual([]);
      expect(new Set(marks), text).toEqual(new Set(['幼儿园']));
      expect(text).not.toMatch(/\p{Script=Han}\. |[。，]\s|\p{Script=Han}\s\p{Script=Han}/u);
    }
  });
});

describe('search on the real column', () => {
  let server: StaticServer;

  beforeAll(async () => {
    const site = expectBuilt(
      await buildSite({ name: 'e2e-real', contentDir: `${projectRoot}content` }),
    );
    server = await serveStatic(site.outDir, { base: '/' });
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each(['寒亭区', '幼儿园', '幸福路小学'])(
    'finds the Chinese issue 4 for %s on the Chinese search page',
    async (query) => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}zh/search/?q=${encodeURIComponent(query)}`);
        expect(await allResultLinks(page)).toContain('/zh/issues/4/');
      } finally {
        await page.close();
      }
    },
  );

  it('lists issue 4 for "kindergartens", keeps it for Hanting and finds nothing for a district without an issue', async () => {
    // Read from content/, so the test holds as the column grows.
    const [quiet] = districtsWithoutIssue('en');
    if (!quiet) throw new Error('Every district has an issue: pick another filter for this test');
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}search/?q=kindergartens`);
      expect(await results(page)).toContainEqual(
        expect.objectContaining({
          number: 'No. 4',
          district: 'Hanting District',
          date: '15 August 2022',
          href: '/issues/4/',
        }),
      );
      await page.getByLabel('District').selectOption('hanting');
      await expect.poll(() => new URL(page.url()).search).toBe('?q=kindergartens&district=hanting');
      const hanting = await results(page);
      expect(numbers(hanting)).toContain('No. 4');
      expect(new Set(hanting.map((result) => result.district))).toEqual(
        new Set(['Hanting District']),
      );
      await page.getByLabel('District').selectOption(quiet.id);
      await expect
        .poll(() => new URL(page.url()).search)
        .toBe(`?q=kindergartens&district=${quiet.id}`);
      expect(await results(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
