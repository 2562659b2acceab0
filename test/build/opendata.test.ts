/**
 * The open data under /data/, built from the `desk` fixture (three districts, Cedar silent;
 * Alder North Primary School followed from planned to completed under a new name; issue 1 in
 * English and Chinese): the descriptor validates against the Data Package specification's own
 * profile, every CSV against its Table Schema, and the files hold the desk's numbers. The
 * `opendata` fixture's issue writes figures the way the desk's pages do, for the build's
 * check that pages and downloads agree.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/lib/csv';
import type { TableSchema } from '../../src/lib/tableSchemas';
import { TABLE_NAMES } from '../../src/lib/tableSchemas';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { fixtureContent, outputRoot } from '../support/paths';
import { checkTable, foreignKeyProblems } from '../support/tableSchema';

const PROFILE = JSON.parse(
  readFileSync(
    new URL('../support/datapackage/datapackage-2.0.schema.json', import.meta.url),
    'utf8',
  ),
) as object;

let site: BuildResult;
const file = (name: string) => readFileSync(join(site.outDir, 'data', name), 'utf8');
const records = (name: string) => csvRecords(file(`${name}.csv`));

interface Resource {
  name: string;
  path: string;
  schema?: TableSchema;
}

beforeAll(async () => {
  site = expectBuilt(
    await buildSite({ name: 'opendata-desk', contentDir: fixtureContent('desk') }),
  );
});

function profileValidator() {
  // The profile carries keywords of its authors' form editor (propertyOrder, context, options)
  // that are not JSON Schema; strict mode would refuse to compile it for them.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // `textarea` tells that editor to show a multi-line box: any text is valid.
  ajv.addFormat('textarea', true);
  return ajv.compile(PROFILE);
}

describe('the data package', () => {
  it('validates against the Data Package 2.0 profile', () => {
    const validate = profileValidator();
    const descriptor: unknown = JSON.parse(file('datapackage.json'));
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('fails the profile when a resource has no data, so the validator is not a rubber stamp', () => {
    const validate = profileValidator();
    const descriptor = JSON.parse(file('datapackage.json')) as { resources: object[] };
    descriptor.resources.push({ name: 'nothing' });
    expect(validate(descriptor)).toBe(false);
  });

  it('lists one tabular resource per CSV and issues.json, every one of them a file that exists', () => {
    const { resources } = JSON.parse(file('datapackage.json')) as { resources: Resource[] };
    expect(resources.map((resource) => resource.path)).toEqual([
      ...TABLE_NAMES.map((name) => `${name}.csv`),
      'issues.json',
    ]);
    for (const { path } of resources) expect(() => file(path), path).not.toThrow();
  });

  it('holds every CSV to its Table Schema: types, enums, required cells, unique keys', () => {
    const { resources } = JSON.parse(file('datapackage.json')) as { resources: Resource[] };
    const tables: Parameters<typeof foreignKeyProblems>[0] = {};
    const problems: string[] = [];
    for (const { name, path, schema } of resources) {
      if (!schema) continue;
      const checked = checkTable(name, file(path), schema);
      problems.push(...checked.problems);
      tables[name] = { rows: checked.rows, schema };
    }
    expect([...problems, ...foreignKeyProblems(tables)]).toEqual([]);
    expect(Object.keys(tables)).toEqual([...TABLE_NAMES]);
  });

  it('would catch a cell that breaks its schema', () => {
    const { resources } = JSON.parse(file('datapackage.json')) as { resources: Resource[] };
    const projects = resources.find((resource) => resource.name === 'projects') as Resource;
    const broken = file('projects.csv').replace(',completed,', ',finished,');
    expect(checkTable('projects', broken, projects.schema as TableSchema).problems).toEqual([
      'projects:2 latest_status: "finished" is not one of planned, under-construction, completed',
    ]);
  });
});

describe('the CSV files', () => {
  it('start with a UTF-8 byte-order mark, end every line with CRLF and keep Chinese intact', () => {
    for (const name of TABLE_NAMES) {
      const bytes = readFileSync(join(site.outDir, 'data', `${name}.csv`));
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n'), name).toBe(true);
      expect(text.replaceAll('\r\n', ''), name).not.toMatch(/[\r\n]/);
    }
    expect(file('districts.csv')).toContain('alder,Alder District,桤木区,district,');
  });

  it('give each district its latest figures, and a silent district only empty cells', () => {
    const [alder, birch, cedar] = records('districts');
    expect(alder).toMatchObject({
      district_id: 'alder',
      investment_yuan: '1200000000',
      new_places: '3000',
      schools_planned: '5',
      schools_under_construction: '1',
      schools_completed: '4',
      compulsory_schools_completed: '4',
      public_kindergartens_planned: '6',
      kindergartens_under_construction: '',
      public_kindergarten_share_target: '0.85',
      latest_issue: '4',
      latest_published: '2024-05-20',
      sources: '1,4',
    });
    expect(birch).toMatchObject({ high_schools_planned: '1', high_schools_completed: '' });
    const { district_id, name_en, name_zh, kind, ...figures } = cedar ?? {};
    expect([district_id, name_en, name_zh, kind]).toEqual([
      'cedar',
      'Cedar County',
      '雪松县',
      'county',
    ]);
    expect(new Set(Object.values(figures))).toEqual(new Set(['']));
  });

  it('count issue 1 once in progress although it has two editions', () => {
    expect(records('progress')).toEqual([
      {
        target_id: 'publicKindergartens',
        target: '30',
        planned: '6',
        planned_qualifier: '',
        under_construction: '',
        under_construction_qualifier: '',
        completed: '',
        completed_qualifier: '',
        reporting_districts: '1',
        districts_total: '3',
        sources: '1',
      },
      {
        target_id: 'compulsorySchools',
        target: '12',
        planned: '5',
        planned_qualifier: '',
        under_construction: '1',
        under_construction_qualifier: '',
        completed: '4',
        completed_qualifier: '',
        reporting_districts: '1',
        districts_total: '3',
        sources: '4',
      },
      {
        target_id: 'highSchools',
        target: '2',
        planned: '1',
        planned_qualifier: '',
        under_construction: '1',
        under_construction_qualifier: '',
        completed: '',
        completed_qualifier: '',
        reporting_districts: '1',
        districts_total: '3',
        sources: '2',
      },
    ]);
  });

  it('list both editions of issue 1 in issues, and every other issue once', () => {
    expect(records('issues').map((row) => `${row['issue']} ${row['lang']} ${row['url']}`)).toEqual([
      '1 en https://news.example.org/issues/1/',
      '1 zh-CN https://news.example.org/zh/issues/1/',
      '2 en https://news.example.org/issues/2/',
      '3 en https://news.example.org/issues/3/',
      '4 en https://news.example.org/issues/4/',
    ]);
  });

  it('follow the school from planned to completed, renamed, one report per issue', () => {
    const reports = records('project-reports').filter(
      (row) => row['project_id'] === 'alder-north-primary',
    );
    expect(
      reports.map((row) => [row['issue'], row['status'], row['name_en'], row['name_zh']]),
    ).toEqual([
      ['1', 'planned', 'Alder North Primary School', '桤木北小学'],
      ['3', 'under-construction', 'Alder North Primary School', ''],
      ['4', 'completed', 'Alder North Experimental Primary School', ''],
    ]);
    expect(records('projects').find((row) => row['id'] === 'alder-north-primary')).toEqual({
      id: 'alder-north-primary',
      district: 'alder',
      kind: 'primary',
      name_en: 'Alder North Experimental Primary School',
      name_zh: '桤木北小学',
      latest_status: 'completed',
      latest_year: '2024',
      latest_places: '1350',
      latest_places_qualifier: '',
      latest_issue: '4',
      first_issue: '1',
    });
  });

  it('give the plan year by year, one row per milestone, never two batches added up', () => {
    const row = (cells: Record<string, string>) => ({
      schools_qualifier: '',
      kindergartens_qualifier: '',
      places_qualifier: '',
      note: '',
      issue: '1',
      ...cells,
    });
    expect(records('milestones')).toEqual([
      row({
        district: 'alder',
        row: '1',
        year: '2022',
        schools: '2',
        kindergartens: '',
        places: '1200',
      }),
      row({
        district: 'alder',
        row: '2',
        year: '2023',
        schools: '3',
        kindergartens: '',
        places: '1800',
      }),
      row({
        district: 'alder',
        row: '3',
        year: '2023',
        schools: '',
        kindergartens: '8',
        places: '',
        note: 'kindergartens, six of them public',
      }),
    ]);
  });
});

describe('issues.json', () => {
  it('holds every edition in both languages with its figures', () => {
    const { issues } = JSON.parse(file('issues.json')) as {
      issues: {
        issue: number;
        lang: string;
        title: string;
        stats: { newPlaces?: { value: number } };
      }[];
    };
    expect(issues.map((issue) => `${issue.issue} ${issue.lang}`)).toEqual([
      '1 en',
      '1 zh-CN',
      '2 en',
      '3 en',
      '4 en',
    ]);
    expect(issues[1]).toMatchObject({
      title: '桤木区计划新建5所学校和8所幼儿园',
      stats: { newPlaces: { value: 3000 } },
    });
  });
});

describe('the figure check', () => {
  it('passes pages whose figures equal the downloads, and says how many it compared', async () => {
    const built = expectBuilt(
      await buildSite({ name: 'opendata-figures', contentDir: fixtureContent('opendata') }),
    );
    const withFigures = readdirSync(built.outDir, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.html'))
      .filter((path) => readFileSync(join(built.outDir, path), 'utf8').includes('data-figure='))
      .map((path) => path.split(sep).join('/'))
      .toSorted();
    // The issue's own figures, the data desk, and the district pages' figures.
    expect(withFigures).toEqual(
      expect.arrayContaining([
        'issues/1/index.html',
        'data/index.html',
        'districts/alder/index.html',
        'districts/index.html',
      ]),
    );
    expect(built.stdout).toContain(
      `Every figure on the pages equals its cell in the downloads (${withFigures.length} page(s) with figures).`,
    );
  });

  it('fails the build naming the page, the figure and both values', async () => {
    const content = join(outputRoot, 'opendata-wrong-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(fixtureContent('opendata'), content, { recursive: true });
    const issue = join(content, 'issues', '001-alder-plan.mdx');
    writeFileSync(
      issue,
      readFileSync(issue, 'utf8')
        .replace('value="3000"', 'value="2900"')
        .replace('milestones/alder-1/', 'milestones/alder-9/'),
    );
    const built = await buildSite({ name: 'opendata-wrong', contentDir: content });
    expect(built.exitCode).not.toBe(0);
    const output = built.stdout + built.stderr;
    expect(output).toContain('Figures on the pages that differ from the downloads in data/:');
    expect(output).toContain(
      'issues/1/index.html: figure districts/alder/new_places is "2900" on the page but "3000" in data/districts.csv',
    );
    expect(output).toContain(
      'issues/1/index.html: figure milestones/alder-9/schools names no row: data/milestones.csv has no row "alder-9"',
    );
  });
});
