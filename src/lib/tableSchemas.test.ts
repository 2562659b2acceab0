import { describe, expect, test } from 'vitest';
import { countColumn } from './figureKeys';
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
        /^Compulsory-education schools only .* Started and not yet finished\. As the latest issue/,
      ),
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
    expect(rowKey(schemas.milestones, { district: 'hanting', year: 2023, schools: 2 })).toBe(
      'hanting-2023',
    );
    expect(rowKey(schemas.districts, { district_id: 'kuiwen' })).toBe('kuiwen');
  });
});
