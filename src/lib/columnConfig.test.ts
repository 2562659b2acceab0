import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  checkColumnFile,
  checkDistrictsFile,
  ColumnConfigError,
  readColumn,
  readDistricts,
} from './columnConfig';
import { formatProblem } from './contentProblem';

const COLUMN_YAML = `title: { en: Harbour Column, zh: 港口专栏 }
publisher: { en: Harbour Press, zh: 港口出版社 }
description: { en: A made-up column., zh: 虚构的专栏。 }
defaultLang: zh-CN
targets:
  period: { start: 2022, end: 2024 }
  publicKindergartens: 3
  compulsorySchools: 2
  highSchools: 1
`;

const DISTRICTS_YAML = `- id: harbour
  name: { en: Harbour District, zh: 港区 }
  kind: district
  blurb: { en: By the sea., zh: 海边。 }
- id: hills
  name: { en: Hills County, zh: 山县 }
  kind: county
  blurb: { en: Up the valley., zh: 山谷里。 }
`;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A content folder holding the given files; problems are shown relative to its parent. */
function contentWith(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'column-config-'));
  folders.push(root);
  const contentDir = join(root, 'content');
  mkdirSync(contentDir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(contentDir, name), text);
  return { root, contentDir };
}

describe('checkColumnFile', () => {
  test('returns the column and no problems when column.yaml is valid', () => {
    const { root, contentDir } = contentWith({ 'column.yaml': COLUMN_YAML });
    const { column, problems } = checkColumnFile(contentDir, root);
    expect(problems).toEqual([]);
    expect(column).toMatchObject({
      defaultLang: 'zh-CN',
      publisher: { en: 'Harbour Press', zh: '港口出版社' },
      targets: { period: { start: 2022, end: 2024 }, highSchools: 1 },
    });
  });

  test('returns the same column from a file saved on Windows (byte-order mark, CRLF)', () => {
    const windows = contentWith({ 'column.yaml': `\uFEFF${COLUMN_YAML.replace(/\n/g, '\r\n')}` });
    const plain = contentWith({ 'column.yaml': COLUMN_YAML });
    expect(checkColumnFile(windows.contentDir, windows.root)).toEqual(
      checkColumnFile(plain.contentDir, plain.root),
    );
  });

  test('returns no column and each problem at its line when a field is wrong', () => {
    const { root, contentDir } = contentWith({
      'column.yaml': COLUMN_YAML.replace('defaultLang: zh-CN', 'defaultLang: fr').replace(
        'highSchools: 1',
        'highSchools: one',
      ),
    });
    const { column, problems } = checkColumnFile(contentDir, root);
    expect(column).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'content/column.yaml:4 defaultLang: "fr" is not an allowed value — use one of: en, zh-CN',
      'content/column.yaml:9 targets.highSchools: expected a whole number, got "one" — write digits only, e.g. 600',
    ]);
  });

  test('returns a missing file as one problem', () => {
    const { root, contentDir } = contentWith({});
    expect(checkColumnFile(contentDir, root).problems.map(formatProblem)).toEqual([
      'content/column.yaml file: is missing — restore it from git',
    ]);
  });
});

describe('checkDistrictsFile', () => {
  test('returns every district in file order when districts.yaml is valid', () => {
    const { root, contentDir } = contentWith({ 'districts.yaml': DISTRICTS_YAML });
    const { districts, problems } = checkDistrictsFile(contentDir, root);
    expect(problems).toEqual([]);
    expect(districts.map((district) => [district.id, district.kind])).toEqual([
      ['harbour', 'district'],
      ['hills', 'county'],
    ]);
  });

  test('returns the valid districts beside the problems of the others', () => {
    const { root, contentDir } = contentWith({
      'districts.yaml': DISTRICTS_YAML.replace('kind: county', 'kind: province'),
    });
    const { districts, problems } = checkDistrictsFile(contentDir, root);
    expect(districts.map((district) => district.id)).toEqual(['harbour']);
    expect(problems.map(formatProblem)).toEqual([
      'content/districts.yaml:7 [1].kind: "province" is not an allowed value — use one of: district, county-level-city, county',
    ]);
  });

  test('returns an id used twice as a problem at the second one', () => {
    const { root, contentDir } = contentWith({
      'districts.yaml': DISTRICTS_YAML.replace('id: hills', 'id: harbour'),
    });
    expect(checkDistrictsFile(contentDir, root).problems.map(formatProblem)).toEqual([
      'content/districts.yaml:5 [1].id: "harbour" is used twice — give each district its own id',
    ]);
  });

  test('returns no districts when the file is not a list', () => {
    const { root, contentDir } = contentWith({ 'districts.yaml': 'harbour: Harbour District\n' });
    expect(checkDistrictsFile(contentDir, root)).toEqual({
      districts: [],
      problems: [
        {
          file: 'content/districts.yaml',
          line: 1,
          field: 'districts',
          problem: 'expected a list of districts',
          fix: 'start each district with "- id: …"',
        },
      ],
    });
  });
});

describe('readColumn and readDistricts', () => {
  test('return the values when the files are valid', () => {
    const { root, contentDir } = contentWith({
      'column.yaml': COLUMN_YAML,
      'districts.yaml': DISTRICTS_YAML,
    });
    expect(readColumn(contentDir, root).defaultLang).toBe('zh-CN');
    expect(readDistricts(contentDir, root)).toHaveLength(2);
  });

  test('throw every problem, one formatted line each, when a file is wrong', () => {
    const { root, contentDir } = contentWith({
      'column.yaml': COLUMN_YAML.replace('defaultLang: zh-CN', 'defaultLang: fr'),
      'districts.yaml': DISTRICTS_YAML.replace('id: hills', 'id: harbour'),
    });
    expect(() => readColumn(contentDir, root)).toThrow(
      new ColumnConfigError([
        {
          file: 'content/column.yaml',
          line: 4,
          field: 'defaultLang',
          problem: '"fr" is not an allowed value',
          fix: 'use one of: en, zh-CN',
        },
      ]),
    );
    expect(() => readDistricts(contentDir, root)).toThrow(
      'content/districts.yaml:5 [1].id: "harbour" is used twice — give each district its own id',
    );
  });
});
