/**
 * Project pages on the `desk` fixture: Alder North Primary School is reported planned (issue 1,
 * also in Chinese), under construction (3) and completed under a new name (4); Birch City High
 * School once (2); Cedar County has no issue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import type { Element } from 'hast';
import { attr, listPages, readPage, select, selectOne, text, type Html } from '../support/html';
import { checkInternalLinks, describeLinkProblems } from '../support/links';
import { fixtureContent } from '../support/paths';

let site: BuildResult;
const page = (path: string) => readPage(site.outDir, path);
const links = (html: Html, selector: string) =>
  select(html, selector).map((a) => ({ text: text(a), href: attr(a, 'href') }));

/** The `index`th element, failing the test when there is none. */
function nth(elements: Element[], index: number): Element {
  const element = elements[index];
  if (!element) throw new Error(`expected at least ${index + 1} elements, got ${elements.length}`);
  return element;
}

beforeAll(async () => {
  site = expectBuilt(
    await buildSite({ name: 'desk-projects', contentDir: fixtureContent('desk') }),
  );
});

describe('project pages', () => {
  it('makes the project index and a page per project in each language', () => {
    const pages = listPages(site.outDir);
    for (const prefix of ['', '/zh']) {
      expect(pages).toEqual(
        expect.arrayContaining([
          `${prefix}/projects/`,
          `${prefix}/projects/alder-north-primary/`,
          `${prefix}/projects/alder-lake-kindergarten/`,
          `${prefix}/projects/birch-high/`,
        ]),
      );
    }
  });

  it('lists the three statuses in order, each with its issue, date and figures', () => {
    const html = page('/projects/alder-north-primary/');
    expect(text(selectOne(html, 'h1'))).toBe('Alder North Experimental Primary School');
    const items = select(html, 'ol.timeline > li');
    expect(items.map((item) => text(selectOne(item, '.timeline__status')))).toEqual([
      'First reported as planned',
      'Status: planned → under construction',
      'Status: under construction → completed',
    ]);
    expect(items.map((item) => links(item, '.timeline__when a'))).toEqual([
      [{ text: 'No. 1', href: '/issues/1/' }],
      [{ text: 'No. 3', href: '/issues/3/' }],
      [{ text: 'No. 4', href: '/issues/4/' }],
    ]);
    expect(items.map((item) => attr(selectOne(item, 'time'), 'datetime'))).toEqual([
      '2022-03-01',
      '2023-01-15',
      '2024-05-20',
    ]);
    expect(text(nth(items, 2))).toContain('Renamed from Alder North Primary School');
    expect(text(nth(items, 1))).not.toContain('Renamed');
    expect(text(nth(items, 0))).toContain('1,350');
  });

  it('names the district and the kind, with breadcrumbs to the index', () => {
    const html = page('/projects/alder-north-primary/');
    expect(links(html, 'article.project .page-header a')).toEqual([
      { text: 'Alder District', href: '/districts/alder/' },
    ]);
    expect(text(selectOne(html, '.page-header__kind'))).toBe('Primary school');
    expect(links(html, 'nav.breadcrumb a').map((link) => link.href)).toEqual([
      '/',
      '/projects/',
      '/projects/alder-north-primary/',
    ]);
    const jsonLd = select(html, 'script[type="application/ld+json"]').map(
      (script) => JSON.parse(text(script)) as { '@type': string },
    );
    expect(jsonLd.map((data) => data['@type'])).toContain('BreadcrumbList');
  });

  it('links the issue page’s project table to the project page', () => {
    expect(links(page('/issues/3/'), 'section.projects tbody th a')).toEqual(
      expect.arrayContaining([
        { text: 'Alder North Primary School', href: '/projects/alder-north-primary/' },
      ]),
    );
    expect(links(page('/zh/issues/1/'), 'section.projects tbody th a')).toEqual(
      expect.arrayContaining([{ text: '桤木北小学', href: '/zh/projects/alder-north-primary/' }]),
    );
  });

  it('lists every project on the index by district, with its latest status and issue', () => {
    const html = page('/projects/');
    expect(select(html, 'section.project-index h2').map(text)).toEqual([
      'Alder District',
      'Birch City',
    ]);
    const row = nth(
      select(html, 'tbody tr').filter((tr) =>
        text(tr).includes('Alder North Experimental Primary School'),
      ),
      0,
    );
    expect(select(row, 'th, td').map(text)).toEqual([
      'Alder North Experimental Primary School',
      'Primary school',
      'completed',
      '2024',
      '1,350',
      'No. 4 20 May 2024',
    ]);
    expect(links(row, 'a').map((link) => link.href)).toEqual([
      '/projects/alder-north-primary/',
      '/issues/4/',
    ]);
    expect(select(html, 'table th[scope="col"]').length).toBe(12);
  });

  it('lists a district’s projects on its page, and links the index from the navigation', () => {
    expect(links(page('/districts/alder/'), 'ul.district-projects a')).toEqual([
      { text: 'Alder Lake Kindergarten', href: '/projects/alder-lake-kindergarten/' },
      { text: 'Alder North Experimental Primary School', href: '/projects/alder-north-primary/' },
    ]);
    expect(links(page('/'), 'nav.site-nav a')).toEqual(
      expect.arrayContaining([{ text: 'Projects', href: '/projects/' }]),
    );
  });

  it('makes the Chinese project page in Chinese, with the Chinese edition’s name', () => {
    const html = page('/zh/projects/alder-north-primary/');
    expect(attr(selectOne(html, 'html'), 'lang')).toBe('zh-CN');
    const items = select(html, 'ol.timeline > li');
    expect(items.map((item) => text(selectOne(item, '.timeline__status')))).toEqual([
      '首次报道时：计划',
      '进展：计划 → 在建',
      '进展：在建 → 竣工',
    ]);
    expect(text(nth(select(nth(items, 0), 'dd'), 0))).toBe('桤木北小学');
    // Issue 3 exists only in English: its link says so, and the English name is no rename.
    expect(attr(selectOne(nth(items, 1), '.timeline__when a'), 'href')).toBe('/issues/3/');
    expect(attr(selectOne(nth(items, 1), '.timeline__when a'), 'hreflang')).toBe('en');
    expect(text(nth(items, 1))).not.toContain('原名');
    expect(text(nth(items, 2))).toContain('原名Alder North Primary School');
    expect(text(selectOne(html, '.page-header__kind'))).toBe('小学');
    expect(links(html, 'article.project .page-header a')).toEqual([
      { text: '桤木区', href: '/zh/districts/alder/' },
    ]);
    expect(text(selectOne(page('/zh/projects/'), 'h1'))).toBe('项目');
  });

  it('puts project pages in the sitemap and the search index', () => {
    const sitemap = readPage(site.outDir, '/sitemap-0.xml');
    for (const path of ['/projects/', '/projects/alder-north-primary/', '/zh/projects/birch-high/'])
      expect(sitemap).toContain(`<loc>https://news.example.org${path}</loc>`);
    expect(site.stdout).toMatch(/Indexed 5 issue pages and 6 project pages for search/);
  });

  it('has no broken internal links', () => {
    expect(describeLinkProblems(checkInternalLinks(site.outDir, site.base, site.site))).toEqual([]);
  });
});
