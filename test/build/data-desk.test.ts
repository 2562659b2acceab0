/**
 * The `desk` fixture: three districts (Cedar silent), counts toward every target, milestones,
 * one school followed from planned to completed, and issue 1 in both languages. The data desk
 * at /data/ and /zh/data/, the home page's progress strip and the district pages' counts.
 */
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { attr, parseHtml, readPage, select, selectOne, text } from '../support/html';
import { fixtureContent } from '../support/paths';
import { htmlValidationErrors } from '../support/quality';

let site: BuildResult;
const page = (path: string) => parseHtml(readPage(site.outDir, path));

beforeAll(async () => {
  site = expectBuilt(await buildSite({ name: 'desk', contentDir: fixtureContent('desk') }));
});

/** The `index`th element matching `selector`; throws when there is none. */
function nth(path: string, selector: string, index: number): Element {
  const found = select(page(path), selector)[index];
  if (!found) throw new Error(`${path}: no "${selector}" number ${index + 1}`);
  return found;
}

/** `data-figure` → `value` of every figure on the page. */
function figures(path: string): Record<string, string | undefined> {
  return Object.fromEntries(
    select(page(path), 'data[data-figure]').map((data) => [
      attr(data, 'data-figure'),
      attr(data, 'value'),
    ]),
  );
}

describe('/data/', () => {
  it('draws every chart as an inline SVG named by its caption sentence', () => {
    const html = page('/data/');
    const charts = select(html, 'figure.chart');
    expect(charts).toHaveLength(5);
    for (const chart of charts) {
      const svg = selectOne(chart, '.chart__bars[role="img"]');
      const caption = selectOne(chart, 'figcaption');
      expect(attr(svg, 'aria-labelledby')).toBe(attr(caption, 'id'));
      expect(select(chart, 'table')).toHaveLength(1);
    }
    expect(select(html, 'figcaption').map(text)).toEqual([
      'Target: 30 public kindergartens. Reported by 1 of 3 districts: 6 planned.',
      'Target: 12 compulsory-education schools. Reported by 1 of 3 districts: 5 planned, of which 1 under construction and 4 completed.',
      'Target: 2 high schools. Reported by 1 of 3 districts: 1 planned, of which 1 under construction.',
      'Planned investment stated by 1 of 3 districts: 1.2 billion yuan, in Alder District.',
      // 2023's kindergartens come without places: the year's places are a lower bound.
      'New places planned by year, from the milestones of 1 of 3 districts: 1,200 in 2022, at least 1,800 in 2023.',
    ]);
  });

  it('writes the numbers on the bars and "not reported" where nothing is reported', () => {
    const labels = (index: number) =>
      select(nth('/data/', 'figure.chart .chart__bars', index), '.chart__label, .chart__value').map(
        text,
      );
    expect(labels(1)).toEqual(
      expect.arrayContaining(['Target', 'of which completed', '12', '5', '1', '4']),
    );
    expect(labels(2)).toEqual(expect.arrayContaining(['of which completed', 'not reported']));
    // Only the districts that state an investment have a bar; the silent one is named below.
    expect(labels(3)).toEqual(['Alder District', '1.2 billion yuan']);
    expect(labels(4)).toEqual(
      expect.arrayContaining(['2023, Alder District: kindergartens: 8', 'places not stated']),
    );
  });

  it('keys every figure to its cell in the downloads', () => {
    expect(figures('/data/')).toMatchObject({
      'progress/publicKindergartens/target': '30',
      'progress/publicKindergartens/planned': '6',
      'progress/publicKindergartens/reporting_districts': '1',
      'progress/compulsorySchools/under_construction': '1',
      'progress/compulsorySchools/completed': '4',
      'progress/highSchools/planned': '1',
      'districts/alder/investment_yuan': '1200000000',
      'districts/alder/new_places': '3000',
      'districts/alder/public_kindergarten_share_target': '0.85',
      'districts/alder/schools_completed': '4',
      'districts/alder/kindergartens_planned': '8',
      'districts/alder/public_kindergartens_planned': '6',
      'districts/alder/compulsory_schools_completed': '4',
      'districts/birch/new_places': '900',
      'districts/birch/high_schools_under_construction': '1',
      'milestones/alder-1/places': '1200',
      'milestones/alder-2/schools': '3',
      'milestones/alder-3/kindergartens': '8',
    });
    const keys = Object.keys(figures('/data/'));
    expect(
      keys.filter(
        (key) => key.includes('/completed') && key.startsWith('progress/publicKindergartens'),
      ),
    ).toEqual([]);
  });

  it('gives each reporting district its figures and names the silent one once, never as 0', () => {
    const blocks = select(page('/data/'), '.desk__district');
    expect(blocks.map((block) => text(selectOne(block, 'h4')))).toEqual([
      'Alder District',
      'Birch City',
    ]);
    expect(text(selectOne(page('/data/'), '.desk__silent'))).toBe(
      'Not yet reported: Cedar County.',
    );
    const section = select(page('/data/'), 'section.desk__section').find(
      (each) => select(each, '#desk-districts').length,
    );
    expect(section && text(section).match(/Cedar County/g)).toHaveLength(1);
  });

  it('links each district’s latest issue with its date', () => {
    const alder = nth('/data/', '.desk__district', 0);
    expect(select(alder, 'a').map((a) => attr(a, 'href'))).toEqual([
      '/districts/alder/',
      '/issues/4/',
    ]);
    expect(attr(selectOne(alder, 'time'), 'datetime')).toBe('2024-05-20');
  });

  it('names each chart’s source issues, its as-of date and its downloads', () => {
    const meta = (index: number) => selectOne(nth('/data/', 'figure.chart', index), '.chart__meta');
    const [kindergartens, schools, investment] = [0, 1, 3].map(meta) as [Element, Element, Element];
    expect(select(schools, 'a').map((a) => attr(a, 'href'))).toEqual([
      '/issues/4/',
      '/data/progress.csv',
      '/data/datapackage.json',
    ]);
    expect(attr(selectOne(schools, 'time'), 'datetime')).toBe('2024-05-20');
    expect(attr(selectOne(kindergartens, 'time'), 'datetime')).toBe('2022-03-01');
    // The investment comes from issue 1, though Alder's other figures are from issue 4.
    expect(text(investment)).toContain('Sources: No. 1 As of 1 March 2022.');
    expect(select(investment, 'a').map((a) => attr(a, 'href'))).toContain('/data/districts.csv');
  });

  it('says why named kindergartens are not counted and that named projects are not district counts', () => {
    const notes = select(page('/data/'), 'figure.chart .note').map(text);
    expect(notes[0]).toContain('not whether a kindergarten is public');
    expect(notes[1]).toBe(
      'Named projects of these kinds in the column, by their latest status: 0 not yet started, 0 under construction, 1 completed. These are single schools the issues name, not district counts, and are not added to them.',
    );
  });

  it('is valid HTML, charts included, in both languages', async () => {
    expect(await htmlValidationErrors(site.outDir)).toEqual([]);
  });

  it('ships no script and no inline style', () => {
    const html = page('/data/');
    expect(
      select(html, 'script').filter((script) => attr(script, 'type') !== 'application/ld+json'),
    ).toEqual([]);
    expect(select(html, 'style, [style]')).toEqual([]);
  });

  it('is in the navigation, marked current on its own page', () => {
    const current = select(page('/data/'), 'nav.site-nav a[aria-current="page"]');
    expect(current.map(text)).toEqual(['Data']);
    expect(select(page('/'), 'nav.site-nav a').map((a) => attr(a, 'href'))).toContain('/data/');
  });
});

describe('/zh/data/', () => {
  it('says it all in Chinese, with the same figures', () => {
    const html = page('/zh/data/');
    expect(attr(selectOne(html, 'html'), 'lang')).toBe('zh-CN');
    expect(text(selectOne(html, 'h1'))).toBe('数据看进展');
    expect(select(html, 'figcaption').map(text)).toEqual([
      '目标：30所公办幼儿园。3个县市区中的1个已报告：计划6所。',
      '目标：12所义务教育学校。3个县市区中的1个已报告：计划5所，其中在建1所、竣工4所。',
      '目标：2所高中学校。3个县市区中的1个已报告：计划1所，其中在建1所。',
      '3个县市区中的1个公布了计划投资：桤木区12亿元。',
      '各年计划新增学位（据3个县市区中的1个公布的逐年安排）：2022年1200个、2023年至少1800个。',
    ]);
    expect(figures('/zh/data/')).toEqual(figures('/data/'));
    expect(text(html)).toContain('未报道');
  });

  it('links an issue not in Chinese to the edition that exists', () => {
    const links = select(page('/zh/data/'), 'main a[href*="/issues/"]').map((a) => [
      attr(a, 'href'),
      attr(a, 'hreflang'),
    ]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['/zh/issues/1/', undefined],
        ['/issues/4/', 'en'],
      ]),
    );
    expect(links.filter(([href]) => href === '/zh/issues/4/')).toEqual([]);
  });
});

describe('the home page and the district pages', () => {
  it('shows a progress strip toward the three targets, linking to /data/', () => {
    const strip = selectOne(page('/'), 'section.progress-strip');
    expect(select(strip, 'dl > div').map(text)).toEqual([
      'Public kindergartens 6 planned target 30, reported by 1 of 3 districts',
      'Compulsory-education schools 5 planned, of which 1 under construction and 4 completed target 12, reported by 1 of 3 districts',
      'High schools 1 planned, of which 1 under construction target 2, reported by 1 of 3 districts',
    ]);
    expect(select(strip, 'a').map((a) => attr(a, 'href'))).toEqual(['/data/']);
    expect(
      select(selectOne(page('/zh/'), 'section.progress-strip'), 'a').map((a) => attr(a, 'href')),
    ).toEqual(['/zh/data/']);
  });

  it('shows a district’s counts toward the targets beside its other figures', () => {
    const figure = (path: string) =>
      Object.fromEntries(
        select(page(path), 'main dl.figures .figure-stat').map((stat) => [
          text(selectOne(stat, 'dt')),
          text(selectOne(stat, 'dd')),
        ]),
      );
    expect(figure('/districts/alder/')).toMatchObject({
      'Planned investment': '1.2 billion yuan',
      'Compulsory-education schools': '5 planned, of which 1 under construction and 4 completed',
      'Public kindergartens': '6 planned',
    });
    expect(figure('/districts/alder/')).not.toHaveProperty('High schools');
    expect(figure('/districts/birch/')).toMatchObject({
      'High schools': '1 planned, of which 1 under construction',
    });
  });
});
