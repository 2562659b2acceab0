/**
 * The `figures` fixture: figures as their sources state them. Maple District gives its plan
 * year by year with a batch whose places are not stated, its investment and public rate with
 * the source's qualifier ("more than", "above 90%"), stages as parts of a whole and projects
 * without a year; Pine County qualifies its counts; Willow County has no issue. The pages, the
 * CSV files, issues.json and the data package each say exactly that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/lib/csv';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { attr, parseHtml, readPage, select, selectOne, text, type Html } from '../support/html';
import { fixtureContent } from '../support/paths';

let site: BuildResult;
const page = (path: string) => parseHtml(readPage(site.outDir, path));
const csv = (name: string) =>
  csvRecords(readFileSync(join(site.outDir, 'data', `${name}.csv`), 'utf8'));

beforeAll(async () => {
  site = expectBuilt(await buildSite({ name: 'figures', contentDir: fixtureContent('figures') }));
});

/** Each headline figure of a box: label → the figure, and the years it is made of. */
function figureBlocks(html: Html): Record<string, { value: string; detail: string }> {
  return Object.fromEntries(
    select(html, '.figure-stat').map((block) => [
      text(selectOne(block, 'dt')),
      {
        value: text(selectOne(block, '.figure-stat__value')),
        detail: select(block, '.figure-stat__detail').map(text).join(' '),
      },
    ]),
  );
}

/** `data-figure` → [value, qualifier] of every checked figure on a page. */
function checkedFigures(path: string): Record<string, [string?, string?]> {
  return Object.fromEntries(
    select(page(path), 'data[data-figure]').map((data) => [
      attr(data, 'data-figure'),
      [attr(data, 'value'), attr(data, 'data-qualifier')],
    ]),
  );
}

describe('the issue page', () => {
  it('shows qualified figures, stages as parts and places year by year with a lower bound', () => {
    const box = figureBlocks(selectOne(page('/issues/1/'), '.stats-box'));
    expect(box).toMatchObject({
      'Planned investment': { value: 'more than 6.3 million yuan', detail: '' },
      'New school places': {
        value: 'at least 14,454',
        detail: 'year by year: 6,684 in 2022, at least 1,560 in 2023, 6,210 in 2024',
      },
      Schools: { value: '13', detail: 'year by year: 5 in 2022, 4 in 2023, 4 in 2024' },
      Kindergartens: { value: '34 planned, of which 12 under construction and 17 completed' },
      'Target public kindergarten rate': { value: 'more than 90%' },
    });
    expect(text(select(page('/issues/1/'), '.stats-box .figures')[0] ?? '')).not.toContain(
      'not reported',
    );
  });

  it('says the same in Chinese, each figure with its unit and qualifier', () => {
    const box = figureBlocks(selectOne(page('/zh/issues/1/'), '.stats-box'));
    expect(box).toMatchObject({
      计划投资: { value: '630万元以上' },
      新增学位: {
        value: '至少14454个',
        detail: '逐年：2022年6684个、2023年至少1560个、2024年6210个',
      },
      学校: { value: '13所' },
      幼儿园: { value: '计划34所，其中在建12所、竣工17所' },
      公办率目标: { value: '90%以上' },
    });
  });

  it('writes every figure with its value and qualifier for machines', () => {
    const figures = select(selectOne(page('/issues/1/'), '.stats-box'), 'data.figure');
    const share = figures.find((data) => attr(data, 'value') === '0.9');
    expect(attr(share, 'data-qualifier')).toBe('more-than');
  });

  it('keeps the two batches of 2023 apart in the year-by-year table', () => {
    const rows = select(page('/issues/1/'), '.stats-box tbody tr').map((row) =>
      select(row, 'th, td').map(text),
    );
    expect(rows).toEqual([
      ['2022 first batch', '5', 'not reported', '6,684'],
      ['2023 second batch; places not stated', '4', 'not reported', 'not reported'],
      ['2023 public kindergartens', 'not reported', '5', '1,560'],
      ['2024 third batch', '4', 'not reported', '6,210'],
    ]);
  });

  it('groups a project without a year as "year not stated", its places qualified', () => {
    const table = selectOne(page('/issues/1/'), '.projects table');
    expect(select(table, '.group-row').map(text)).toContain('Year not stated: planned');
    expect(text(table)).toContain('about 1,000');
    expect(select(page('/zh/issues/1/'), '.projects .group-row').map(text)).toContain(
      '年份未说明：计划',
    );
  });
});

describe('the data desk', () => {
  it('states the plan year by year with the batch whose places are not stated', () => {
    const captions = select(page('/data/'), 'figcaption').map(text);
    expect(captions).toContain(
      'New places planned by year, from the milestones of 1 of 3 districts: 6,684 in 2022, at least 1,560 in 2023, 6,210 in 2024.',
    );
    expect(captions).toContain(
      'Target: 12 compulsory-education schools. Reported by 1 of 3 districts: more than 20 planned, of which 6 completed.',
    );
    expect(captions).toContain(
      'Planned investment stated by 1 of 3 districts: more than 6.3 million yuan, in Maple District.',
    );
  });

  it('says in one sentence that no district reports toward a target, with no bars', () => {
    const chart = select(page('/data/'), 'figure.chart').find((figure) =>
      text(selectOne(figure, 'figcaption')).startsWith('Target: 30 public kindergartens.'),
    );
    expect(chart && text(selectOne(chart, 'figcaption'))).toBe(
      'Target: 30 public kindergartens. No district has reported a count toward it yet.',
    );
    expect(chart && select(chart, '.chart__plot')).toEqual([]);
    expect(chart && text(chart)).not.toContain('not reported');
  });

  it('names the districts not yet reported once, in a line', () => {
    expect(text(selectOne(page('/data/'), '.desk__silent'))).toBe(
      'Not yet reported: Willow County.',
    );
    expect(text(selectOne(page('/zh/data/'), '.desk__silent'))).toBe('尚未报道：柳树县。');
    expect(select(page('/data/'), '.desk__district')).toHaveLength(2);
  });

  it('keys each figure and its qualifier to the downloads', () => {
    expect(checkedFigures('/data/')).toMatchObject({
      'districts/maple/investment_yuan': ['6300000', 'more-than'],
      'districts/maple/planned_places_by_year': ['14454', 'at-least'],
      'districts/maple/public_kindergarten_share_target': ['0.9', 'more-than'],
      'districts/pine/new_places': ['1000', 'at-least'],
      'districts/pine/compulsory_schools_planned': ['20', 'more-than'],
      'progress/compulsorySchools/planned': ['20', 'more-than'],
      'milestones/maple-2/schools': ['4', undefined],
      'milestones/maple-3/places': ['1560', undefined],
    });
  });
});

describe('the home page', () => {
  it('adds up the places each district states, a lower bound where a part is unknown', () => {
    const figures = figureBlocks(page('/'));
    expect(figures['New school places']?.value).toBe('at least 15,454');
    expect(text(selectOne(page('/'), '.progress-strip'))).toContain(
      'more than 20 planned, of which 6 completed',
    );
  });
});

describe('the downloads', () => {
  it('carry each qualifier in a column of its own beside the value', () => {
    const maple = csv('districts').find((row) => row['district_id'] === 'maple');
    expect(maple).toMatchObject({
      investment_yuan: '6300000',
      investment_yuan_qualifier: 'more-than',
      public_kindergarten_share_target: '0.9',
      public_kindergarten_share_target_qualifier: 'more-than',
      new_places: '',
      planned_places_by_year: '14454',
      planned_places_by_year_qualifier: 'at-least',
      planned_schools_by_year: '13',
      planned_schools_by_year_qualifier: '',
      kindergartens_planned: '34',
      kindergartens_under_construction: '12',
    });
  });

  it('keep each milestone a row of its own, never a year added up with an unknown as 0', () => {
    const rows = csv('milestones').filter((row) => row['district'] === 'maple');
    expect(
      rows.map((row) => [
        row['row'],
        row['year'],
        row['schools'],
        row['kindergartens'],
        row['places'],
      ]),
    ).toEqual([
      ['1', '2022', '5', '', '6684'],
      ['2', '2023', '4', '', ''],
      ['3', '2023', '', '5', '1560'],
      ['4', '2024', '4', '', '6210'],
    ]);
  });

  it('leave a year the source does not give empty, and qualify a project’s places', () => {
    const reports = csv('project-reports');
    expect(reports.find((row) => row['project_id'] === 'maple-road-primary')?.['year']).toBe('');
    expect(csv('projects').find((row) => row['id'] === 'maple-east-primary')).toMatchObject({
      latest_places: '1000',
      latest_places_qualifier: 'about',
    });
  });

  it('give every figure in issues.json as a value with its qualifier', () => {
    const json = JSON.parse(readFileSync(join(site.outDir, 'data', 'issues.json'), 'utf8')) as {
      issues: {
        issue: number;
        lang: string;
        stats: Record<string, unknown>;
        projects: Record<string, unknown>[];
      }[];
    };
    const maple = json.issues.find((issue) => issue.issue === 1 && issue.lang === 'en');
    expect(maple?.stats['investmentYuan']).toEqual({ value: 6300000, qualifier: 'more-than' });
    expect(maple?.stats['kindergartens']).toEqual({
      planned: { value: 34 },
      underConstruction: { value: 12 },
      completed: { value: 17 },
    });
    expect(
      maple?.projects.find((project) => project['id'] === 'maple-road-primary'),
    ).not.toHaveProperty('year');
  });

  it('describe the qualifier columns in the data package', () => {
    const pack = JSON.parse(
      readFileSync(join(site.outDir, 'data', 'datapackage.json'), 'utf8'),
    ) as {
      resources: {
        name: string;
        schema?: { fields: { name: string; constraints?: { enum?: string[] } }[] };
      }[];
    };
    const fields =
      pack.resources.find((resource) => resource.name === 'districts')?.schema?.fields ?? [];
    expect(
      fields.find((field) => field.name === 'investment_yuan_qualifier')?.constraints?.enum,
    ).toEqual(['more-than', 'at-least', 'about', 'up-to']);
    expect(fields.map((field) => field.name)).toContain('planned_places_by_year_qualifier');
  });
});
