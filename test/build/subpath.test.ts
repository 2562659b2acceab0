/**
 * The `basic` fixture built for a sub-path (SITE_BASE=/column/), as an operator hosting the
 * column beside other sites would: every reference must stay under /column/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { allReferences, attr, listPages, readPage, select, selectOne } from '../support/html';
import { checkInternalLinks, describeLinkProblems } from '../support/links';
import { fixtureContent } from '../support/paths';

let site: BuildResult;
const page = (path: string) => readPage(site.outDir, path);

beforeAll(async () => {
  site = expectBuilt(
    await buildSite({
      name: 'basic-column',
      contentDir: fixtureContent('basic'),
      base: '/column/',
      site: 'https://news.example.org',
    }),
  );
});

describe('a site built under /column/', () => {
  it('builds the same pages', () => {
    expect(listPages(site.outDir)).toEqual(
      expect.arrayContaining([
        '/',
        '/issues/',
        '/issues/page/2/',
        '/issues/7/',
        '/districts/cedar/',
        '/about/',
        '/404.html',
      ]),
    );
  });

  it('starts every reference with /column/, unless it is external or an anchor', () => {
    const outside: string[] = [];
    for (const path of listPages(site.outDir)) {
      for (const url of allReferences(page(path))) {
        const ok =
          url.startsWith('/column/') ||
          url.startsWith('#') ||
          url.startsWith('https://news.example.org/column/') ||
          (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('https://news.example.org'));
        if (!ok) outside.push(`${path} → ${url}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('resolves every internal link and asset reference to a file in the build', () => {
    const problems = checkInternalLinks(site.outDir, site.base, site.site);
    expect(describeLinkProblems(problems)).toEqual([]);
  });

  it('links pages, pager and districts through the base', () => {
    const nav = select(selectOne(page('/'), 'nav.site-nav'), 'a').map((a) => attr(a, 'href'));
    expect(nav).toEqual(
      expect.arrayContaining([
        '/column/',
        '/column/issues/',
        '/column/districts/',
        '/column/about/',
      ]),
    );
    expect(
      select(selectOne(page('/issues/'), 'nav.pager'), 'a[rel="next"]').map((a) => attr(a, 'href')),
    ).toEqual(['/column/issues/page/2/']);
    const pager = selectOne(page('/issues/7/'), 'nav.issue-pager');
    expect(select(pager, 'a').map((a) => attr(a, 'href'))).toEqual(
      expect.arrayContaining([
        '/column/issues/6/',
        '/column/issues/8/',
        '/column/districts/alder/',
      ]),
    );
  });

  it('gives canonical URLs on the site under the base', () => {
    const canonical = (path: string) =>
      attr(selectOne(page(path), 'link[rel="canonical"]'), 'href');
    expect(canonical('/')).toBe('https://news.example.org/column/');
    expect(canonical('/issues/7/')).toBe('https://news.example.org/column/issues/7/');
  });

  it('serves Figure pictures from under the base', () => {
    const picture = selectOne(page('/issues/9/'), 'figure.mdx-figure picture');
    const files = allReferences(picture);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((url) => !url.startsWith('/column/_astro/'))).toEqual([]);
  });
});
