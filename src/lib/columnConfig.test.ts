import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  checkColumnFile,
  checkDistrictsFile,
  ColumnConfigError,
  columnLanguage,
  messagesLang,
  readColumn,
  readDistricts,
} from './columnConfig';
import { linesIn } from '../../test/support/messages';
import { msg, quoted } from '../i18n/checks';

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
    expect(linesIn(problems)).toEqual({
      en: [
        'content/column.yaml:4 defaultLang: "fr" is not an allowed value — use one of: en, zh-CN',
        'content/column.yaml:9 targets.highSchools: expected a whole number, got "one" — write digits only, e.g. 600',
      ],
      'zh-CN': [
        'content/column.yaml:4 defaultLang: “fr”不是允许的值 — 改用以下之一：en、zh-CN',
        'content/column.yaml:9 targets.highSchools: 应为整数，现在是“one” — 只写数字，如 600',
      ],
    });
  });

  test('returns a missing file as one problem', () => {
    const { root, contentDir } = contentWith({});
    expect(linesIn(checkColumnFile(contentDir, root).problems)).toEqual({
      en: ['content/column.yaml file: is missing — restore it from git'],
      'zh-CN': ['content/column.yaml file: 缺少这个文件 — 用 git 恢复这个文件'],
    });
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
    expect(linesIn(problems)).toEqual({
      en: [
        'content/districts.yaml:7 [1].kind: "province" is not an allowed value — use one of: district, county-level-city, county',
      ],
      'zh-CN': [
        'content/districts.yaml:7 [1].kind: “province”不是允许的值 — 改用以下之一：district、county-level-city、county',
      ],
    });
  });

  test('returns an id used twice as a problem at the second one', () => {
    const { root, contentDir } = contentWith({
      'districts.yaml': DISTRICTS_YAML.replace('id: hills', 'id: harbour'),
    });
    expect(linesIn(checkDistrictsFile(contentDir, root).problems)).toEqual({
      en: [
        'content/districts.yaml:5 [1].id: "harbour" is used twice — give each district its own id',
      ],
      'zh-CN': ['content/districts.yaml:5 [1].id: “harbour”用了两次 — 每个县市区各用一个 id'],
    });
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
          problem: msg('districts.notList'),
          fix: msg('districts.notList.fix'),
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
          problem: msg('schema.notAllowed', { got: quoted('fr') }),
          fix: msg('schema.notAllowed.fix', { values: ['en', 'zh-CN'] }),
        },
      ]),
    );
    expect(() => readDistricts(contentDir, root)).toThrow(
      'content/districts.yaml:5 [1].id: "harbour" is used twice — give each district its own id',
    );
  });
});

describe('columnLanguage', () => {
  test('returns the column’s defaultLang', () => {
    const { contentDir } = contentWith({ 'column.yaml': COLUMN_YAML });
    expect(columnLanguage(contentDir)).toBe('zh-CN');
  });

  test('returns defaultLang even when another field of column.yaml is wrong', () => {
    const { contentDir } = contentWith({
      'column.yaml': COLUMN_YAML.replace('highSchools: 1', 'highSchools: one'),
    });
    expect(columnLanguage(contentDir)).toBe('zh-CN');
  });

  test('returns undefined for an unknown language, broken YAML or no file', () => {
    const unknown = contentWith({
      'column.yaml': COLUMN_YAML.replace('defaultLang: zh-CN', 'defaultLang: fr'),
    });
    const broken = contentWith({ 'column.yaml': 'defaultLang: zh-CN: en\n' });
    const missing = contentWith({});
    expect(columnLanguage(unknown.contentDir)).toBeUndefined();
    expect(columnLanguage(broken.contentDir)).toBeUndefined();
    expect(columnLanguage(missing.contentDir)).toBeUndefined();
  });
});

describe('messagesLang', () => {
  test('returns the first language asked for, skipping those not given', () => {
    const { contentDir } = contentWith({ 'column.yaml': COLUMN_YAML });
    expect(messagesLang(contentDir, 'en', 'zh-CN')).toBe('en');
    expect(messagesLang(contentDir, undefined, 'en')).toBe('en');
  });

  test('returns the column’s language when none is asked for', () => {
    const { contentDir } = contentWith({ 'column.yaml': COLUMN_YAML });
    expect(messagesLang(contentDir)).toBe('zh-CN');
    expect(messagesLang(contentDir, undefined)).toBe('zh-CN');
  });

  test('returns English when the column gives no language either', () => {
    expect(messagesLang(contentWith({}).contentDir)).toBe('en');
  });
});
