import { describe, expect, test } from 'vitest';
import { COLUMN } from '../../test/fixtures/unit';
import { dataPackage, DATA_PACKAGE_PROFILE, DOWNLOADS } from './dataPackage';
import { tableSchemas, TABLE_NAMES } from './tableSchemas';

const schemas = tableSchemas(['hanting']);
const tables = TABLE_NAMES.map((name) => ({ name, schema: schemas[name], rows: [] }));
const descriptor = dataPackage(tables, {
  column: COLUMN,
  homepage: 'https://news.example.org/data/',
  created: new Date('2026-12-01T08:00:00Z'),
});

describe('dataPackage', () => {
  test('describes the column under the v2 profile, without a licence the project never states', () => {
    expect(descriptor).toMatchObject({
      $schema: DATA_PACKAGE_PROFILE,
      name: 'three-year-tackling-operation',
      title: 'Three-Year Tackling Operation · 三年攻坚行动',
      homepage: 'https://news.example.org/data/',
      created: '2026-12-01T08:00:00.000Z',
      contributors: [{ title: 'Weifang Education Release', roles: ['publisher'] }],
    });
    expect(descriptor).not.toHaveProperty('licenses');
  });

  test('has one tabular resource per CSV, with its schema, and issues.json beside them', () => {
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      ...TABLE_NAMES.map((name) => `${name}.csv`),
      'issues.json',
    ]);
    expect(descriptor.resources[1]).toMatchObject({
      name: 'districts',
      type: 'table',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { header: true, lineTerminator: '\r\n' },
      schema: schemas.districts,
    });
  });
});

describe('DOWNLOADS', () => {
  test('lists every file the package names, and the package itself', () => {
    expect(DOWNLOADS.map((download) => download.file)).toEqual([
      ...descriptor.resources.map((resource) => resource.path),
      'datapackage.json',
    ]);
  });
});
