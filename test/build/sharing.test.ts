/**
 * Following and sharing: feeds (read with a real feed parser), the sitemap, robots.txt,
 * share metadata and schema.org data, on the `basic` fixture (15 published issues, a draft
 * and a scheduled issue) and the `zh` fixture (a Chinese locale).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { attr, listPages, readPage, select, selectOne, text } from '../support/html';
import { fixtureContent } from '../support/paths';

const SITE = 'https://news.example.org';
let site: BuildResult;
let zh: BuildResult;

beforeAll(async () => {
  site = expectBuilt(
    await buildSite({ name: 'sharing-basic', contentDir: fixtureContent('basic') }),
  );
  zh = expectBuilt(await buildSite({ name: 'sharing-zh', contentDir: fixtureContent('zh') }));
});

const file = (build: BuildResult, path: string) => readFileSync(join(build.outDir, path), 'utf8');
const feed = (path: string) => parseFeed(file(site, path));
const PUBLISHED = Array.from({ length: 15 }, (_, index) => 15 - index);
const ALDER = [15, 13, 11, 9, 7, 5, 3, 1];

const meta = (html: string, key: string) =>
  attr(
    selectOne(
      html,
      key.startsWith('og:') || key.startsWith('article:')
        ? `meta[property="${key}"]`
        : `meta[name="${key}"]`,
    ),
    'content',
  );

/** The page's JSON-LD blocks, parsed. (The HTML helpers skip script contents, so read them raw.) */
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? '') as Record<string, unknown>,
  );

describe('the column feed', () => {
  it('lists every published issue, newest first, and no draft or scheduled issue', () => {
    const parsed = feed('rss.xml');
    expect(parsed.title).toBe('Test Column');
    expect(parsed.items.map((item) => item.url)).toEqual(
      PUBLISHED.map((number) => `${SITE}/issues/${number}/`),
    );
  });

  it('gives each item its title, date, summary and district as category', () => {
    const item = feed('rss.xml').items.find((entry) => entry.url === `${SITE}/issues/7/`);
    expect(item?.title).toBe('Alder District raises its school budget');
    expect(item?.published?.toISOString()).toBe('2023-02-07T00:00:00.000Z');
    expect(item?.description).toBe(
      text(selectOne(readPage(site.outDir, '/issues/7/'), 'p.issue__summary')),
    );
    expect(item?.categories.map((category) => category.label)).toEqual(['Alder District']);
  });
});

describe('district feeds', () => {
  it("hold only their district's published issues", () => {
    expect(feed('districts/alder/rss.xml').items.map((item) => item.url)).toEqual(
      ALDER.map((number) => `${SITE}/issues/${number}/`),
    );
    const birch = feed('districts/birch/rss.xml').items;
    expect(birch.length).toBe(7);
    expect(birch.every((item) => item.categories.map((c) => c.label).join() === 'Birch City')).toBe(
      true,
    );
  });

  it('exist, empty, for a district whose issues are all unpublished', () => {
    expect(feed('districts/cedar/rss.xml').items).toEqual([]);
  });
});

describe('feed discovery', () => {
  it('announces the column feed on the home page, with a visible subscribe link', () => {
    const html = readPage(site.outDir, '/');
    expect(
      select(html, 'link[type="application/rss+xml"]').map((link) => attr(link, 'href')),
    ).toEqual(['/rss.xml']);
    expect(select(html, 'main a[href="/rss.xml"]').map(text)).toEqual(['Subscribe by RSS']);
  });

  it("announces the district's own feed first on a district page, with a visible subscribe link", () => {
    const html = readPage(site.outDir, '/districts/alder/');
    expect(
      select(html, 'link[type="application/rss+xml"]').map((link) => attr(link, 'href')),
    ).toEqual(['/districts/alder/rss.xml', '/rss.xml']);
    expect(select(html, 'main a[href="/districts/alder/rss.xml"]').map(text)).toEqual([
      'Follow Alder District by RSS',
    ]);
  });
});

describe('the sitemap', () => {
  const locs = () =>
    [...file(site, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

  it('lists every published page and nothing else', () => {
    const pages = listPages(site.outDir)
      .filter((path) => path !== '/404.html' && path !== '/search/')
      .map((path) => `${SITE}${path}`);
    expect(locs().toSorted()).toEqual(pages.toSorted());
    expect(locs()).not.toContain(`${SITE}/issues/16/`);
    expect(locs()).not.toContain(`${SITE}/issues/17/`);
  });

  it('is announced in robots.txt', () => {
    expect(file(site, 'robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(file(site, 'sitemap-index.xml')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
  });
});

describe('share metadata', () => {
  it('describes an issue page as an article with its own picture and canonical URL', () => {
    const html = readPage(site.outDir, '/issues/7/');
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:title')).toBe('Alder District raises its school budget');
    expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
    expect(meta(html, 'og:url')).toBe(`${SITE}/issues/7/`);
    expect(meta(html, 'og:image')).toBe(`${SITE}/og/issues/7.png`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'article:published_time')).toBe('2023-02-07');
    expect(attr(selectOne(html, 'link[rel=canonical]'), 'href')).toBe(`${SITE}/issues/7/`);
  });

  it('gives other pages the site-wide picture', () => {
    const html = readPage(site.outDir, '/districts/');
    expect(meta(html, 'og:type')).toBe('website');
    expect(meta(html, 'og:image')).toBe(`${SITE}/og/default.png`);
  });
});

describe('structured data', () => {
  it('describes an issue as a NewsArticle in a numbered PublicationIssue about its district', () => {
    const html = readPage(site.outDir, '/issues/7/');
    const [article, breadcrumbs] = jsonLd(html);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: text(selectOne(html, 'h1')),
      datePublished: '2023-02-07',
      url: `${SITE}/issues/7/`,
      image: [`${SITE}/og/issues/7.png`],
      author: { '@type': 'Organization' },
      publisher: { '@type': 'Organization', name: 'Fixture Press' },
      isPartOf: { '@type': 'PublicationIssue', issueNumber: '7' },
      about: { '@type': 'Place', name: 'Alder District' },
    });
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, item: `${SITE}/` },
        { position: 2, name: 'Alder District', item: `${SITE}/districts/alder/` },
        { position: 3, name: 'No. 7', item: `${SITE}/issues/7/` },
      ],
    });
  });

  it('gives a district page its breadcrumb trail', () => {
    const [breadcrumbs] = jsonLd(readPage(site.outDir, '/districts/birch/'));
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1 },
        { position: 2, item: `${SITE}/districts/` },
        { position: 3, name: 'Birch City', item: `${SITE}/districts/birch/` },
      ],
    });
  });
});

describe('languages', () => {
  it('links each list page to its Chinese counterpart with hreflang', () => {
    const alternates = (path: string) =>
      select(readPage(zh.outDir, path), 'link[rel=alternate]')
        .filter((link) => attr(link, 'hreflang'))
        .map((link) => `${attr(link, 'hreflang')} ${attr(link, 'href')}`);
    expect(alternates('/districts/')).toEqual([
      `en ${SITE}/districts/`,
      `zh-CN ${SITE}/zh/districts/`,
      `x-default ${SITE}/districts/`,
    ]);
    expect(alternates('/zh/districts/')).toEqual(alternates('/districts/'));
    // Issue 1 has an edition in each language: the two are each other's translation.
    expect(alternates('/issues/1/')).toEqual([
      `en ${SITE}/issues/1/`,
      `zh-CN ${SITE}/zh/issues/1/`,
      `x-default ${SITE}/issues/1/`,
    ]);
    expect(alternates('/zh/issues/1/')).toEqual(alternates('/issues/1/'));
    const meta = (path: string, property: string) =>
      select(readPage(zh.outDir, path), `meta[property="${property}"]`).map((tag) =>
        attr(tag, 'content'),
      );
    expect(meta('/issues/1/', 'og:locale:alternate')).toEqual(['zh_CN']);
    expect(meta('/zh/issues/1/', 'og:locale')).toEqual(['zh_CN']);
    expect(meta('/zh/issues/1/', 'og:locale:alternate')).toEqual(['en_GB']);
    expect(jsonLd(readPage(zh.outDir, '/issues/1/'))[0]).toMatchObject({
      inLanguage: 'en',
      workTranslation: [{ url: `${SITE}/zh/issues/1/`, inLanguage: 'zh-CN' }],
    });
    expect(jsonLd(readPage(zh.outDir, '/zh/issues/1/'))[0]).toMatchObject({
      inLanguage: 'zh-CN',
      translationOfWork: { url: `${SITE}/issues/1/`, inLanguage: 'en' },
    });
  });

  it('offers every page in the other language: its counterpart, or that edition’s home', async () => {
    const desk = expectBuilt(
      await buildSite({ name: 'sharing-desk', contentDir: fixtureContent('desk') }),
    );
    const switchOf = (site: BuildResult, path: string) =>
      select(readPage(site.outDir, path), 'nav.lang-switch a').map((a) => [
        text(a),
        attr(a, 'href'),
        attr(a, 'hreflang'),
      ]);
    expect(switchOf(zh, '/issues/1/')).toEqual([['中文', '/zh/issues/1/', 'zh-CN']]);
    expect(switchOf(zh, '/zh/issues/1/')).toEqual([['English', '/issues/1/', 'en']]);
    expect(switchOf(zh, '/zh/districts/harbour/')).toEqual([
      ['English', '/districts/harbour/', 'en'],
    ]);
    // Issue 3 is in English only: its switch leads to the Chinese home, and it has no alternates.
    expect(switchOf(desk, '/issues/3/')).toEqual([['中文', '/zh/', 'zh-CN']]);
    expect(
      select(readPage(desk.outDir, '/issues/3/'), 'link[rel=alternate]').filter((link) =>
        attr(link, 'hreflang'),
      ),
    ).toEqual([]);
    expect(switchOf(desk, '/zh/data/')).toEqual([['English', '/data/', 'en']]);
    expect(switchOf(desk, '/zh/projects/alder-north-primary/')).toEqual([
      ['English', '/projects/alder-north-primary/', 'en'],
    ]);
    // The sitemap lists each page's counterparts, and none for a page in one language.
    const entry = (site: BuildResult, path: string) =>
      file(site, 'sitemap-0.xml')
        .split('<url>')
        .find((url) => url.includes(`<loc>${SITE}${path}</loc>`)) ?? '';
    expect(entry(zh, '/issues/1/')).toContain(
      `<xhtml:link rel="alternate" hreflang="zh-CN" href="${SITE}/zh/issues/1/"/>`,
    );
    expect(entry(desk, '/issues/3/')).not.toContain('xhtml:link');
    // A column in one language has nothing to switch to.
    expect(switchOf(site, '/issues/1/')).toEqual([]);
  });

  it('gives the Chinese locale its own feed, in Chinese', () => {
    const parsed = parseFeed(file(zh, 'zh/rss.xml'));
    expect(parsed.language).toBe('zh-CN');
    expect(parsed.items.map((item) => item.url)).toEqual([`${SITE}/zh/issues/1/`]);
  });

  it('gives each district a Chinese feed of its Chinese issues', () => {
    const parsed = parseFeed(file(zh, 'zh/districts/harbour/rss.xml'));
    expect(parsed.language).toBe('zh-CN');
    expect(parsed.title).toBe('港区学校专栏：港湾区');
    expect(parsed.items.map((item) => [item.url, item.title])).toEqual([
      [`${SITE}/zh/issues/1/`, '港湾区计划新建两所小学'],
    ]);
    expect(parsed.items[0]?.categories.map((category) => category.term)).toEqual(['港湾区']);
    const page = readPage(zh.outDir, '/zh/districts/harbour/');
    expect(
      select(page, 'link[rel="alternate"][type="application/rss+xml"]').map((link) =>
        attr(link, 'href'),
      )[0],
    ).toBe('/zh/districts/harbour/rss.xml');
  });

  it('describes a Chinese issue in Chinese to whoever shares it', () => {
    const page = readPage(zh.outDir, '/zh/issues/1/');
    expect(meta(page, 'og:locale')).toBe('zh_CN');
    expect(meta(page, 'og:locale:alternate')).toBe('en_GB');
    expect(meta(page, 'og:image')).toBe(`${SITE}/zh/og/issues/1.png`);
    expect(meta(page, 'og:image:alt')).toBe('第1期 · 港湾区：港湾区计划新建两所小学');
  });
});
