import { describe, expect, test } from 'vitest';
import { countColumn, qualifierColumn } from './figures';
import { rowKey, tableSchemas, TABLE_NAMES, type TableField } from './tableSchemas';

const schemas = tableSchemas(['hanting', 'kuiwen']);
const fieldOf = (table: keyof typeof schemas, name: string): TableField | undefined =>
  schemas[table].fields.find((field) => field.name === name);

describe('tableSchemas', () => {
  test('takes a column’s type, description and bounds from the zod schema of its field', () => {
    expect(fieldOf('issues', 'new_places')).toEqual({
      name: 'new_places',
      type: 'integer',
      description: 'New school places (seats for pupils) created over the period.',
      constraints: { minimum: 0 },
    });
    expect(fieldOf('issues', 'public_kindergarten_share_target')).toMatchObject({
      type: 'number',
      constraints: { minimum: 0, maximum: 1 },
    });
    expect(fieldOf('issues', 'published')).toMatchObject({
      type: 'date',
      constraints: { required: true },
    });
    expect(fieldOf('issues', 'updated')).toMatchObject({ type: 'date' });
    expect(fieldOf('issues', 'updated')?.constraints?.required).toBeUndefined();
  });

  test('names each count by countColumn, describing the group and the count', () => {
    expect(fieldOf('districts', countColumn('compulsorySchools', 'underConstruction'))).toEqual({
      name: 'compulsory_schools_under_construction',
      type: 'integer',
      description: expect.stringMatching(
        /^Compulsory-education schools only .* Of those planned, started and not yet finished\. As the latest issue/,
      ),
      constraints: { minimum: 0 },
    });
  });

  test('gives every figure column its qualifier column right beside it', () => {
    const figureColumns: [keyof typeof schemas, string][] = [
      ['issues', 'investment_yuan'],
      ['issues', 'new_places'],
      ['issues', countColumn('kindergartens', 'planned')],
      ['issues', 'public_kindergarten_share_target'],
      ['districts', countColumn('highSchools', 'completed')],
      ['districts', 'planned_places_by_year'],
      ['districts', 'planned_schools_by_year'],
      ['districts', 'planned_kindergartens_by_year'],
      ['progress', 'planned'],
      ['progress', 'under_construction'],
      ['progress', 'completed'],
      ['projects', 'latest_places'],
      ['project-reports', 'places'],
      ['milestones', 'schools'],
      ['milestones', 'kindergartens'],
      ['milestones', 'places'],
    ];
    for (const [table, column] of figureColumns) {
      const names = schemas[table].fields.map((field) => field.name);
      expect(names.indexOf(qualifierColumn(column)), `${table}.${column}`).toBe(
        names.indexOf(column) + 1,
      );
      expect(fieldOf(table, qualifierColumn(column)), `${table}.${column}`).toMatchObject({
        type: 'string',
        constraints: { enum: ['more-than', 'at-least', 'about', 'up-to'] },
      });
    }
  });

  test('gives no qualifier column to a figure of the column’s own, nor to a column that is no figure', () => {
    for (const [table, column] of [
      ['progress', 'target'],
      ['progress', 'reporting_districts'],
      ['issues', 'issue'],
      ['milestones', 'year'],
      ['milestones', 'row'],
    ] as const)
      expect(fieldOf(table, qualifierColumn(column)), `${table}.${column}`).toBeUndefined();
  });

  test('keys milestones by district and row, so two milestones of one year are two rows', () => {
    expect(schemas.milestones.primaryKey).toEqual(['district', 'row']);
    expect(schemas.milestones.fields.map((field) => field.name)).toEqual([
      'district',
      'row',
      'year',
      'schools',
      'schools_qualifier',
      'kindergartens',
      'kindergartens_qualifier',
      'places',
      'places_qualifier',
      'note',
      'issue',
    ]);
    expect(fieldOf('milestones', 'row')?.constraints).toEqual({ required: true, minimum: 1 });
  });

  test('describes the districts’ places year by year as a lower bound where a batch is unstated', () => {
    expect(fieldOf('districts', 'planned_places_by_year')).toMatchObject({
      type: 'integer',
      description: expect.stringContaining('at-least when a batch’s places are not stated'),
      constraints: { minimum: 0 },
    });
  });

  test('gives enums for languages, kinds, statuses, targets and the districts given', () => {
    expect(fieldOf('issues', 'lang')?.constraints).toEqual({
      required: true,
      enum: ['en', 'zh-CN'],
    });
    expect(fieldOf('projects', 'kind')?.constraints?.enum).toContain('nine-year');
    expect(fieldOf('project-reports', 'status')?.constraints?.enum).toEqual([
      'planned',
      'under-construction',
      'completed',
    ]);
    expect(fieldOf('progress', 'target_id')?.constraints?.enum).toEqual([
      'publicKindergartens',
      'compulsorySchools',
      'highSchools',
    ]);
    for (const table of ['issues', 'projects', 'milestones'] as const)
      expect(fieldOf(table, 'district')?.constraints?.enum, table).toEqual(['hanting', 'kuiwen']);
    expect(fieldOf('districts', 'kind')?.constraints?.enum).toEqual([
      'district',
      'county-level-city',
      'county',
    ]);
  });

  test('makes a project name optional in each language', () => {
    for (const name of ['name_en', 'name_zh'])
      expect(fieldOf('projects', name)?.constraints).toEqual({ minLength: 1, maxLength: 160 });
  });

  test('keys every table by columns it has, and refers only to columns that exist', () => {
    for (const name of TABLE_NAMES) {
      const schema = schemas[name];
      const names = schema.fields.map((field) => field.name);
      expect(new Set(names).size, name).toBe(names.length);
      for (const key of schema.primaryKey) expect(names, name).toContain(key);
      for (const foreign of schema.foreignKeys ?? []) {
        for (const key of foreign.fields) expect(names, name).toContain(key);
        const target = schemas[foreign.reference.resource as keyof typeof schemas];
        expect(target.primaryKey).toEqual(foreign.reference.fields);
      }
    }
  });
});

describe('rowKey', () => {
  test('joins the primary key’s values with a hyphen', () => {
    expect(
      rowKey(schemas.milestones, { district: 'hanting', row: 2, year: 2023, schools: 2 }),
    ).toBe('hanting-2');
    expect(rowKey(schemas.districts, { district_id: 'kuiwen' })).toBe('kuiwen');
  });
});
