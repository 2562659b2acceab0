/**
 * The `basic` fixture built at the domain root: 15 published English issues over two
 * districts, a third district with nothing published, a draft and a scheduled issue.
 * See the comments in test/fixtures/basic/content for which issue carries which feature.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import {
  attr,
  definitionList,
  listFiles,
  listPages,
  pageFile,
  readPage,
  select,
  selectOne,
  text,
  type Html,
} from '../support/html';
import { checkInternalLinks, describeLinkProblems } from '../support/links';
import { fixtureContent } from '../support/paths';

let site: BuildResult;
const page = (path: string) => readPage(site.outDir, path);

beforeAll(async () => {
  site = expectBuilt(await buildSite({ name: 'basic', contentDir: fixtureContent('basic') }));
});

const PUBLISHED = Array.from({ length: 15 }, (_, index) => index + 1);
const ALDER = [1, 3, 5, 7, 9, 11, 13, 15];
const BIRCH = [2, 4, 6, 8, 10, 12, 14];

/** The issue numbers of the issue cards on a page, in order. */
function cardNumbers(html: Html): number[] {
  return select(html, 'article.issue-card').map((card) => {
    const href = attr(selectOne(card, '.issue-card__title a'), 'href') ?? '';
    const match = /\/issues\/(\d+)\/$/.exec(href);
    if (!match) throw new Error(`Issue card links to ${href}`);
    return Number(match[1]);
  });
}

/** Label → value of the headline figures in a totals block or stats box. */
function figures(html: Html): Record<string, string> {
  return definitionList(select(html, 'dl.figures')[0]);
}

describe('pages', () => {
  it('builds without printing a warning', () => {
    expect(`${site.stdout}\n${site.stderr}`).not.toMatch(/\[WARN\]|\bwarning\b/i);
  });

  it('builds every page of the site', () => {
    const pages = listPages(site.outDir);
    const expected = [
      '/',
      '/issues/',
      '/issues/page/2/',
      ...PUBLISHED.map((n) => `/issues/${n}/`),
      '/districts/',
      '/districts/alder/',
      '/districts/birch/',
      '/districts/cedar/',
      '/about/',
      '/404.html',
    ];
    expect(pages).toEqual(expect.arrayContaining(expected));
    expect(existsSync(join(site.outDir, 'favicon.svg'))).toBe(true);
  });

  it('builds no Chinese locale when no issue is in Chinese', () => {
    expect(listPages(site.outDir).filter((path) => path.startsWith('/zh/'))).toEqual([]);
  });

  it('resolves every internal link and asset reference to a file in the build', () => {
    const problems = checkInternalLinks(site.outDir, site.base, site.site);
    expect(describeLinkProblems(problems)).toEqual([]);
  });

  it('marks the current section in the main navigation', () => {
    const current = (path: string) =>
      select(page(path), 'nav.site-nav a[aria-current="page"]').map(text);
    expect(current('/')).toEqual(['Home']);
    expect(current('/issues/')).toEqual(['Issues']);
    expect(current('/issues/page/2/')).toEqual(['Issues']);
    expect(current('/issues/7/')).toEqual(['Issues']);
    expect(current('/districts/')).toEqual(['Districts']);
    expect(current('/districts/alder/')).toEqual(['Districts']);
    expect(current('/projects/')).toEqual(['Projects']);
    expect(current('/about/')).toEqual(['About']);
  });

  it('ships no JavaScript on reading pages', () => {
    const reading = listPages(site.outDir).filter((path) => !path.startsWith('/search/'));
    const withScripts = reading.filter((path) =>
      select(page(path), 'script').some((script) => attr(script, 'type') !== 'application/ld+json'),
    );
    expect(withScripts).toEqual([]);
  });

  it('gives the 404 page no canonical URL that does not exist', () => {
    // A static host serves 404.html at every missing address; a canonical link must not send
    // readers or search engines to a page that is not there.
    const canonical = select(page('/404.html'), 'link[rel="canonical"]').map((link) =>
      attr(link, 'href'),
    );
    const missing = canonical.filter((href) => {
      const path = new URL(href ?? '', site.site).pathname;
      return !existsSync(pageFile(site.outDir, path));
    });
    expect(missing).toEqual([]);
  });

  it('has a 404 page that links home and to the archive', () => {
    const html = page('/404.html');
    expect(text(selectOne(html, 'h1'))).toBe('Page not found');
    const links = select(selectOne(html, 'main'), 'a').map((a) => attr(a, 'href'));
    expect(links).toEqual(expect.arrayContaining(['/', '/issues/']));
  });
});

describe('figures', () => {
  it("shows each district's latest figure on its page", () => {
    // Alder: issue 7 (250 million, 6 planned, of which 2 completed) replaces issue 1 (100
    // million, 4 planned); issue 7 reports no places, so issue 1's 1,000 still stands.
    expect(figures(page('/districts/alder/'))).toEqual({
      'Planned investment': '250 million yuan',
      'New school places': '1,000',
      Schools: '6 planned, of which 2 completed',
      Kindergartens: 'not reported',
      'Target public kindergarten rate': '85%',
    });
    expect(figures(page('/districts/birch/'))).toEqual({
      'Planned investment': '50 million yuan',
      'New school places': '500',
      Schools: 'not reported',
      Kindergartens: '3 planned, of which 1 under construction and 0 completed',
    });
  });

  it("adds up the districts' latest figures on the home page", () => {
    const home = selectOne(page('/'), 'section.home__totals');
    // 250 + 50 million (not 100 + 250 + 50: issue 1 is superseded), 1,000 + 500 places.
    expect(figures(home)).toEqual({
      'Planned investment': '300 million yuan',
      'New school places': '1,500',
      Schools: '6 planned, of which 2 completed',
      Kindergartens: '3 planned, of which 1 under construction and 0 completed',
    });
    expect(text(selectOne(home, 'p.note'))).toContain('from 2 of 3 districts');
  });

  it('keeps the home totals equal to the sum of the district pages', () => {
    const yuan = (value: string) => {
      const match = /^([\d.,]+) (billion |million )?yuan$/.exec(value);
      if (!match) throw new Error(`Not an amount: ${value}`);
      const scale = match[2] === 'billion ' ? 1e9 : match[2] === 'million ' ? 1e6 : 1;
      return Number((match[1] ?? '').replaceAll(',', '')) * scale;
    };
    const count = (value: string) => Number(value.replaceAll(',', ''));
    const districts = ['alder', 'birch', 'cedar'].map((id) => figures(page(`/districts/${id}/`)));
    const sum = (label: string, parse: (value: string) => number) =>
      districts
        .map((figure) => figure[label])
        .filter((value): value is string => value !== undefined && value !== 'not reported')
        .reduce((total, value) => total + parse(value), 0);
    const home = figures(selectOne(page('/'), 'section.home__totals'));
    expect(yuan(home['Planned investment'] ?? '')).toBe(sum('Planned investment', yuan));
    expect(count(home['New school places'] ?? '')).toBe(sum('New school places', count));
  });

  it('shows "not reported", never 0, for figures an issue leaves out', () => {
    // Issue 4 has no stats at all; a share target is shown only where one is stated.
    const box = selectOne(page('/issues/4/'), 'aside.stats-box');
    const values = select(box, 'dd').map(text);
    expect(values).toHaveLength(5);
    expect(values.every((value) => value === 'not reported')).toBe(true);
    // Issue 7 reports investment and schools only.
    expect(figures(selectOne(page('/issues/7/'), 'aside.stats-box'))).toEqual({
      'Planned investment': '250 million yuan',
      'New school places': 'not reported',
      Schools: '6 planned, of which 2 completed',
      Kindergartens: 'not reported',
    });
  });

  it('shows a reported zero as 0', () => {
    const box = figures(selectOne(page('/issues/2/'), 'aside.stats-box'));
    expect(box['Kindergartens']).toBe('3 planned, of which 1 under construction and 0 completed');
  });

  it('shows the period, the public share and the year-by-year table', () => {
    const box = selectOne(page('/issues/3/'), 'aside.stats-box');
    expect(definitionList(selectOne(box, 'dl.figures--secondary'))).toEqual({
      Period: '2022–2024',
    });
    expect(figures(box)['Target public kindergarten rate']).toBe('85%');
    const rows = select(selectOne(box, 'table tbody'), 'tr').map((row) =>
      select(row, 'th').concat(select(row, 'td')).map(text),
    );
    expect(rows).toEqual([
      ['2023 the first two schools', '2', 'not reported', 'not reported'],
      ['2024', 'not reported', 'not reported', '400'],
    ]);
  });

  it('shows the places an issue gives year by year as their sum, a lower bound when a batch’s are not stated', () => {
    // Issue 3 gives 2 schools for 2023 without their places, and 400 places for 2024.
    const box = selectOne(page('/issues/3/'), 'aside.stats-box');
    const places = select(box, '.figure-stat').find((stat) =>
      text(selectOne(stat, 'dt')).startsWith('New school places'),
    );
    expect(places && text(selectOne(places, '.figure-stat__value'))).toBe('at least 400');
    expect(places && text(selectOne(places, '.figure-stat__detail'))).toBe(
      'year by year: 400 in 2024',
    );
  });
});

describe('issue pages', () => {
  it('groups projects by year, then status, completed first', () => {
    const table = selectOne(selectOne(page('/issues/7/'), 'section.projects'), 'table');
    expect(select(table, 'thead th').map(text)).toEqual(['Project', 'Type', 'Places']);
    const groups = select(table, 'tbody').map((body) => ({
      caption: text(selectOne(body, 'tr.group-row')),
      rows: select(body, 'tr')
        .slice(1)
        .map((row) => [text(selectOne(row, 'th')), ...select(row, 'td').map(text)]),
    }));
    expect(groups).toEqual([
      { caption: '2022: completed', rows: [['Alder Lake Kindergarten', 'Kindergarten', '360']] },
      {
        caption: '2022: under construction',
        rows: [['Alder West Kindergarten', 'Kindergarten', 'not reported']],
      },
      {
        caption: '2023: under construction',
        rows: [['Alder East Middle School', 'Middle school', '1,200']],
      },
      {
        caption: '2023: planned',
        rows: [
          ['Alder North Primary School', 'Primary school', 'not reported'],
          ['Alder South Primary School', 'Primary school', '900'],
        ],
      },
    ]);
  });

  it('leaves the project table out when an issue names no project', () => {
    expect(select(page('/issues/4/'), 'section.projects')).toEqual([]);
  });

  it('links each issue to the previous and next published issue', () => {
    const pager = (n: number) => {
      const nav = selectOne(page(`/issues/${n}/`), 'nav.issue-pager');
      return {
        prev: select(nav, 'a[rel="prev"]').map((a) => attr(a, 'href')),
        next: select(nav, 'a[rel="next"]').map((a) => attr(a, 'href')),
      };
    };
    expect(pager(7)).toEqual({ prev: ['/issues/6/'], next: ['/issues/8/'] });
    expect(pager(1)).toEqual({ prev: [], next: ['/issues/2/'] });
    // 16 is scheduled and 17 a draft: neither is anyone's neighbour.
    expect(pager(15)).toEqual({ prev: ['/issues/14/'], next: [] });
  });

  it('links an issue to its district', () => {
    const html = page('/issues/7/');
    const kicker = selectOne(html, 'p.issue__kicker');
    expect(select(kicker, 'a').map((a) => [attr(a, 'href'), text(a)])).toEqual([
      ['/districts/alder/', 'Alder District'],
    ]);
  });

  it('shows corrections newest first and the update date', () => {
    const html = page('/issues/5/');
    const corrections = selectOne(html, 'section.corrections');
    expect(select(corrections, 'li').map(text)).toEqual([
      "20 March 2023: An earlier version misspelt the builder's name.",
      '1 March 2023: An earlier version gave the wrong street for the school.',
    ]);
    expect(
      select(selectOne(html, '.byline'), 'time').map((time) => attr(time, 'datetime')),
    ).toEqual(['2023-02-05', '2023-03-20']);
    expect(select(page('/issues/4/'), 'section.corrections')).toEqual([]);
  });

  it('shows the cover picture with its alt text', () => {
    const alt = 'Black and white stripes standing in for a photo of the finished school';
    const covers = select(selectOne(page('/issues/13/'), 'article.issue'), 'img').filter(
      (img) => attr(img, 'alt') === alt,
    );
    expect(covers).toHaveLength(1);
    expect(attr(covers[0], 'src')).toMatch(/^\/_astro\//);
  });

  it('shows tags in lower case without duplicates', () => {
    expect(text(selectOne(page('/issues/7/'), 'p.tags'))).toBe('Topics: budget, schools');
  });

  it('renders GFM: table, strikethrough and footnote, once', () => {
    const prose = selectOne(page('/issues/11/'), 'div.prose');
    expect(select(prose, 'del').map(text)).toEqual(['two buildings']);
    const table = selectOne(prose, 'table');
    expect(select(table, 'th').map(text)).toEqual(['Site', 'Classrooms']);
    expect(select(table, 'tbody tr').map((row) => select(row, 'td').map(text))).toEqual([
      ['East block', '24'],
      ['Annexe', '6'],
    ]);
    const references = select(prose, 'a[data-footnote-ref]');
    expect(references).toHaveLength(1);
    const target = (attr(references[0], 'href') ?? '').slice(1);
    const note = selectOne(selectOne(prose, 'section.footnotes'), `li#${target}`);
    expect(text(note)).toContain('The district revised the plan in the spring');
  });

  it('renders the MDX components editors may use', () => {
    const prose = selectOne(page('/issues/9/'), 'div.prose');
    expect(text(selectOne(prose, '.mdx-stat .mdx-stat__value'))).toBe('12 classrooms');
    expect(text(selectOne(prose, '.mdx-stat .mdx-stat__label'))).toBe('added in the north block');
    const callout = selectOne(prose, 'aside.mdx-callout');
    expect(text(selectOne(callout, '.mdx-callout__title'))).toBe('What the block holds');
    expect(select(callout, 'li strong').map(text)).toEqual(['Classrooms:', 'Library:']);
    expect(text(selectOne(prose, '.mdx-pullquote blockquote'))).toBe(
      'Every child should have a school place close to home.',
    );
  });

  it('serves <Figure> pictures as AVIF with the original as fallback, sized, lazy and never upscaled', () => {
    const figure = selectOne(page('/issues/9/'), 'figure.mdx-figure');
    const picture = selectOne(figure, 'picture');
    const sources = select(picture, 'source').map((source) => ({
      type: attr(source, 'type'),
      widths: (attr(source, 'srcset') ?? '')
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[1]),
    }));
    // The PNG is 1000 px wide: 480 and 800 as asked, 1200 capped at 1000.
    expect(sources).toEqual([{ type: 'image/avif', widths: ['480w', '800w', '1000w'] }]);
    const img = selectOne(picture, 'img');
    expect(attr(img, 'src')).toMatch(/\.png$/);
    expect(attr(img, 'alt')).toBe(
      'Red and white stripes standing in for a photo of the north block',
    );
    expect(attr(img, 'width')).toBe('1000');
    expect(attr(img, 'height')).toBe('600');
    expect(attr(img, 'loading')).toBe('lazy');
    expect(attr(img, 'decoding')).toBe('async');
    expect(text(selectOne(figure, 'figcaption'))).toBe('The north block, drawn as stripes');
    const written = (format: string) =>
      listFiles(join(site.outDir, '_astro')).some((file) => file.endsWith(`.${format}`));
    expect(written('avif')).toBe(true);
    expect(written('webp')).toBe(false);
  });
});

describe('archive', () => {
  it('lists the newest twelve issues on the first page', () => {
    const html = page('/issues/');
    expect(cardNumbers(html)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
    expect(text(selectOne(html, 'header.page-header p'))).toBe('15 issues, newest first.');
    const pager = selectOne(html, 'nav.pager');
    expect(select(pager, 'a[rel="prev"]')).toEqual([]);
    expect(select(pager, 'a[rel="next"]').map((a) => attr(a, 'href'))).toEqual(['/issues/page/2/']);
    expect(text(pager)).toContain('Page 1 of 2');
  });

  it('lists the rest on page 2, and there is no page 3', () => {
    const html = page('/issues/page/2/');
    expect(cardNumbers(html)).toEqual([3, 2, 1]);
    const pager = selectOne(html, 'nav.pager');
    expect(select(pager, 'a[rel="prev"]').map((a) => attr(a, 'href'))).toEqual(['/issues/']);
    expect(select(pager, 'a[rel="next"]')).toEqual([]);
    expect(text(pager)).toContain('Page 2 of 2');
    expect(existsSync(join(site.outDir, 'issues', 'page', '3'))).toBe(false);
    // Page 1 lives at /issues/ only.
    expect(existsSync(join(site.outDir, 'issues', 'page', '1'))).toBe(false);
  });

  it('lists every published issue exactly once', () => {
    const listed = [...cardNumbers(page('/issues/')), ...cardNumbers(page('/issues/page/2/'))];
    expect(listed.toSorted((a, b) => a - b)).toEqual(PUBLISHED);
  });

  it('shows the five latest issues on the home page', () => {
    expect(cardNumbers(selectOne(page('/'), 'section.home__latest'))).toEqual([15, 14, 13, 12, 11]);
  });
});

describe('districts', () => {
  it("lists a district's own issues, newest first", () => {
    expect(cardNumbers(page('/districts/alder/'))).toEqual(ALDER.toReversed());
    expect(cardNumbers(page('/districts/birch/'))).toEqual(BIRCH.toReversed());
  });

  it('shows the empty state for a district with nothing published', () => {
    const html = page('/districts/cedar/');
    expect(text(selectOne(html, 'p.empty-state'))).toBe(
      'The column has not reported on Cedar County yet. Its issue will appear here when it is published.',
    );
    expect(cardNumbers(html)).toEqual([]);
    expect(select(html, 'dl.figures')).toEqual([]);
    expect(select(page('/districts/alder/'), '.empty-state')).toEqual([]);
  });

  it('counts each district’s issues on the districts page', () => {
    const rows = select(page('/districts/'), 'li.district-row').map((row) => [
      text(selectOne(row, 'h2')),
      ...select(row, '.district-row__meta span').map(text),
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Alder District', 'District', '8 issues'],
        ['Birch City', 'County-level city', '7 issues'],
        ['Cedar County', 'County', 'No issue yet'],
      ]),
    );
    expect(rows).toHaveLength(3);
  });

  it('marks the district in its breadcrumb', () => {
    const crumb = selectOne(page('/districts/alder/'), 'nav.breadcrumb');
    expect(select(crumb, 'a[aria-current="page"]').map((a) => [attr(a, 'href'), text(a)])).toEqual([
      ['/districts/alder/', 'Alder District'],
    ]);
  });
});

describe('drafts and scheduled issues', () => {
  it('builds no page for them', () => {
    expect(existsSync(join(site.outDir, 'issues', '16'))).toBe(false);
    expect(existsSync(join(site.outDir, 'issues', '17'))).toBe(false);
  });

  it('mentions them in no file of the build, search index included', () => {
    const leaks = listFiles(site.outDir).filter((file) => {
      let content = readFileSync(join(site.outDir, file));
      if (content[0] === 0x1f && content[1] === 0x8b) content = gunzipSync(content);
      const words = content.toString('utf8');
      return /Quillwort|Marigold|\/issues\/1[67]\//.test(words);
    });
    expect(leaks).toEqual([]);
  });

  it('leaves them out of every list and total', () => {
    // Their figures (999 and 777 million yuan) would have changed the home totals, checked
    // above, and Cedar County would not be empty; their numbers are in no issue card.
    for (const path of listPages(site.outDir)) {
      const numbers = cardNumbers(page(path));
      expect(
        numbers.filter((n) => n > 15),
        path,
      ).toEqual([]);
    }
  });
});
