/**
 * The downloads' rows over fixture content served by a mocked `astro:content`, read the way
 * the routes read them: `openDataSource()` from queries.ts, then `openDataTables`.
 */
import { describe, expect, test, vi } from 'vitest';
import {
  HANTING,
  issueEntry,
  KUIWEN,
  LINQU,
  mockedAstroContent,
  type FixtureContent,
} from '../../test/fixtures/unit';
import { csvRecords } from './csv';
import { issuesJson, openDataTables, tableCsv, type OpenDataTable } from './openData';
import { createUrls } from './urls';

const urls = createUrls('/', 'https://news.example.org');

const primary = (
  status: 'planned' | 'completed',
  name: string,
  places?: number | { value: number; qualifier: 'about' },
) => ({
  id: 'xingfu-road-primary',
  name,
  kind: 'primary' as const,
  year: 2023,
  status,
  ...(places === undefined ? {} : { places }),
});

/**
 * Hanting in two languages, then again in English; Kuiwen once; Linqu silent. Some figures carry
 * the source's qualifier, and Hanting's plan leaves one batch's places unstated.
 */
const CONTENT: FixtureContent = {
  districts: [LINQU, KUIWEN, HANTING],
  issues: [
    issueEntry(
      {
        issue: 4,
        district: HANTING,
        title: 'Hanting, "the plan", part 1',
        stats: {
          investmentYuan: 3_076_000_000,
          newPlaces: 6684,
          kindergartens: { planned: 34 },
          publicKindergartens: { planned: 30 },
          milestones: [
            { year: 2022, schools: 2, note: 'two primary schools' },
            { year: 2022, kindergartens: 10, places: 900 },
          ],
        },
        projects: [
          primary('planned', 'Xingfu Road Primary School', { value: 1350, qualifier: 'about' }),
        ],
      },
      '2022-08-15',
    ),
    issueEntry(
      {
        issue: 4,
        district: HANTING,
        lang: 'zh-CN',
        title: '寒亭区规划，第一部分',
        stats: {
          investmentYuan: 3_076_000_000,
          newPlaces: 6684,
          kindergartens: { planned: 34 },
          publicKindergartens: { planned: 30 },
        },
        projects: [primary('planned', '幸福路小学', { value: 1350, qualifier: 'about' })],
      },
      '2022-08-15',
    ),
    issueEntry(
      {
        issue: 9,
        district: HANTING,
        stats: { newPlaces: 7000, compulsorySchools: { completed: 0 } },
        projects: [primary('completed', 'Xingfu Road Experimental Primary School')],
      },
      '2023-06-01',
    ),
    issueEntry(
      {
        issue: 5,
        district: KUIWEN,
        stats: { newPlaces: { value: 1200, qualifier: 'more-than' } },
      },
      '2022-09-01',
    ),
  ],
};

async function tables(content: FixtureContent = CONTENT) {
  vi.resetModules();
  vi.doMock('astro:content', () => mockedAstroContent(content));
  const { openDataSource } = await import('./queries');
  const source = await openDataSource();
  const all = openDataTables(source, urls);
  const byName = (name: OpenDataTable['name']) =>
    csvRecords(tableCsv(all.find((table) => table.name === name) as OpenDataTable));
  return { source, all, byName };
}

describe('openDataTables', () => {
  test('gives every edition of every issue its own row in issues, both languages', async () => {
    const { byName } = await tables();
    const rows = byName('issues');
    expect(rows.map((row) => [row['issue'], row['lang'], row['url']])).toEqual([
      ['4', 'en', 'https://news.example.org/issues/4/'],
      ['4', 'zh-CN', 'https://news.example.org/zh/issues/4/'],
      ['5', 'en', 'https://news.example.org/issues/5/'],
      ['9', 'en', 'https://news.example.org/issues/9/'],
    ]);
    expect(rows[0]).toMatchObject({
      title: 'Hanting, "the plan", part 1',
      published: '2022-08-15',
      investment_yuan: '3076000000',
      investment_yuan_qualifier: '',
      kindergartens_planned: '34',
      public_kindergartens_planned: '30',
      schools_planned: '',
    });
  });

  test('gives each figure of an issue its qualifier in the column beside it', async () => {
    const { byName } = await tables();
    const kuiwen = byName('issues').find((row) => row['issue'] === '5');
    expect(kuiwen).toMatchObject({ new_places: '1200', new_places_qualifier: 'more-than' });
    expect(kuiwen?.['schools_planned_qualifier']).toBe('');
  });

  test('gives each district its latest figures, a 0 as 0 and a silent district empty cells', async () => {
    const { byName } = await tables();
    const rows = byName('districts');
    expect(rows.map((row) => row['district_id'])).toEqual(['hanting', 'kuiwen', 'linqu']);
    const [hanting, , linqu] = rows;
    expect(hanting).toMatchObject({
      name_en: 'Hanting District',
      name_zh: '寒亭区',
      new_places: '7000',
      investment_yuan: '3076000000',
      compulsory_schools_completed: '0',
      compulsory_schools_completed_qualifier: '',
      compulsory_schools_planned: '',
      latest_issue: '9',
      latest_published: '2023-06-01',
      sources: '4,9',
    });
    expect(Object.entries(linqu ?? {}).filter(([, cell]) => cell !== '')).toEqual([
      ['district_id', 'linqu'],
      ['name_en', 'Linqu County'],
      ['name_zh', '临朐县'],
      ['kind', 'county'],
    ]);
  });

  test('gives a district’s qualified figure its qualifier, and its plan year by year added up', async () => {
    const { byName } = await tables();
    const [hanting, kuiwen] = byName('districts');
    expect(kuiwen).toMatchObject({ new_places: '1200', new_places_qualifier: 'more-than' });
    // 2022's schools have no places stated: the places over the years are a lower bound.
    expect(hanting).toMatchObject({
      planned_places_by_year: '900',
      planned_places_by_year_qualifier: 'at-least',
      planned_schools_by_year: '2',
      planned_schools_by_year_qualifier: '',
      planned_kindergartens_by_year: '10',
      planned_kindergartens_by_year_qualifier: '',
    });
    expect(kuiwen).toMatchObject({
      planned_places_by_year: '',
      planned_places_by_year_qualifier: '',
    });
  });

  test('counts two editions of one report once in progress', async () => {
    const { byName } = await tables();
    expect(byName('progress')).toEqual([
      expect.objectContaining({
        target_id: 'publicKindergartens',
        target: '360',
        planned: '30',
        under_construction: '',
        reporting_districts: '1',
        districts_total: '3',
        sources: '4',
      }),
      expect.objectContaining({ target_id: 'compulsorySchools', completed: '0', sources: '9' }),
      expect.objectContaining({ target_id: 'highSchools', planned: '', reporting_districts: '0' }),
    ]);
  });

  test('gives a project its latest figures and its latest name in each language', async () => {
    const { byName } = await tables();
    expect(byName('projects')).toEqual([
      {
        id: 'xingfu-road-primary',
        district: 'hanting',
        kind: 'primary',
        name_en: 'Xingfu Road Experimental Primary School',
        name_zh: '幸福路小学',
        latest_status: 'completed',
        latest_year: '2023',
        latest_places: '',
        latest_places_qualifier: '',
        latest_issue: '9',
        first_issue: '4',
      },
    ]);
  });

  test('gives one project-reports row per project per issue, with each edition’s name', async () => {
    const { byName } = await tables();
    expect(byName('project-reports')).toEqual([
      {
        project_id: 'xingfu-road-primary',
        issue: '4',
        published: '2022-08-15',
        status: 'planned',
        year: '2023',
        places: '1350',
        places_qualifier: 'about',
        name_en: 'Xingfu Road Primary School',
        name_zh: '幸福路小学',
      },
      {
        project_id: 'xingfu-road-primary',
        issue: '9',
        published: '2023-06-01',
        status: 'completed',
        year: '2023',
        places: '',
        places_qualifier: '',
        name_en: 'Xingfu Road Experimental Primary School',
        name_zh: '',
      },
    ]);
  });

  test('gives milestones one row per milestone, two of one year never added up', async () => {
    const { byName } = await tables();
    expect(byName('milestones')).toEqual([
      {
        district: 'hanting',
        row: '1',
        year: '2022',
        schools: '2',
        schools_qualifier: '',
        kindergartens: '',
        kindergartens_qualifier: '',
        places: '',
        places_qualifier: '',
        note: 'two primary schools',
        issue: '4',
      },
      {
        district: 'hanting',
        row: '2',
        year: '2022',
        schools: '',
        schools_qualifier: '',
        kindergartens: '10',
        kindergartens_qualifier: '',
        places: '900',
        places_qualifier: '',
        note: '',
        issue: '4',
      },
    ]);
  });

  test('gives every row of a table its own primary key', async () => {
    const { all } = await tables();
    for (const table of all) {
      const primaryKey = [table.schema.primaryKey].flat();
      const keys = table.rows.map((row) => primaryKey.map((field) => String(row[field])).join('/'));
      expect(new Set(keys).size, table.name).toBe(keys.length);
    }
  });

  test('gives a qualified milestone figure its qualifier', async () => {
    const { byName } = await tables({
      districts: [HANTING],
      issues: [
        issueEntry({
          issue: 4,
          district: HANTING,
          stats: {
            milestones: [
              { year: 2023, schools: 4 },
              { year: 2023, kindergartens: 5, places: { value: 1560, qualifier: 'up-to' } },
            ],
          },
        }),
      ],
    });
    expect(
      byName('milestones').map((row) => [
        row['row'],
        row['year'],
        row['places'],
        row['places_qualifier'],
      ]),
    ).toEqual([
      ['1', '2023', '', ''],
      ['2', '2023', '1560', 'up-to'],
    ]);
    // "Up to" beside a batch with no places stated leaves no bound to give.
    expect(byName('districts')[0]).toMatchObject({
      planned_places_by_year: '',
      planned_places_by_year_qualifier: '',
      planned_schools_by_year: '4',
      planned_kindergartens_by_year: '5',
    });
  });

  test('writes every row with the columns of its schema, in its order', async () => {
    const { all } = await tables();
    for (const table of all) {
      const [header] = tableCsv(table).slice(1).split('\r\n');
      expect(header, table.name).toBe(table.schema.fields.map((field) => field.name).join(','));
      for (const row of table.rows)
        expect(Object.keys(row).toSorted(), table.name).toEqual(
          table.schema.fields.map((field) => field.name).toSorted(),
        );
    }
  });
});

describe('issuesJson', () => {
  test('lists every edition with its frontmatter and its page', async () => {
    const { source } = await tables();
    const { issues } = issuesJson(source.editions, urls);
    expect(issues.map((issue) => [issue.issue, issue.lang])).toEqual([
      [4, 'en'],
      [4, 'zh-CN'],
      [5, 'en'],
      [9, 'en'],
    ]);
    expect(issues[1]).toMatchObject({
      title: '寒亭区规划，第一部分',
      district: 'hanting',
      published: '2022-08-15',
      url: 'https://news.example.org/zh/issues/4/',
      projects: [
        { ...primary('planned', '幸福路小学'), places: { value: 1350, qualifier: 'about' } },
      ],
    });
    expect(issues[2]?.stats).toEqual({ newPlaces: { value: 1200, qualifier: 'more-than' } });
    expect(issues[0]?.stats).toMatchObject({
      investmentYuan: { value: 3_076_000_000 },
      kindergartens: { planned: { value: 34 } },
      milestones: [
        { year: 2022, schools: { value: 2 }, note: 'two primary schools' },
        { year: 2022, kindergartens: { value: 10 }, places: { value: 900 } },
      ],
    });
  });
});
