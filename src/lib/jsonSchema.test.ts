import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { editorSchemas, SCHEMA_FILES, toEditorSchema, type JsonSchema } from './jsonSchema';
import { issueSchema } from './schema';

const ROOT = resolve(import.meta.dirname, '../..');
const schemas = editorSchemas();
/** The issue frontmatter as Astro's JSON Schema for the collection sees it, with two districts. */
const issue = toEditorSchema(
  issueSchema({
    coverImage: z.string(),
    district: z.enum(['alder', 'birch']),
    defaultLang: 'en',
  }),
);

const isNode = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every property in a schema by its path (`stats.schools.planned`, `projects[].kind`), with its node. */
function properties(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const branches = Array.isArray(schema['anyOf'])
    ? (schema['anyOf'] as unknown[]).filter(isNode)
    : [schema];
  return branches.flatMap((branch) => {
    const found: [string, JsonSchema][] = [];
    if (isNode(branch['properties'])) {
      for (const [name, child] of Object.entries(branch['properties'])) {
        if (!isNode(child)) continue;
        const childPath = path ? `${path}.${name}` : name;
        found.push([childPath, child], ...properties(child, childPath));
      }
    }
    if (isNode(branch['items'])) found.push(...properties(branch['items'], `${path}[]`));
    return found;
  });
}

const at = (schema: JsonSchema, path: string) =>
  properties(schema).find(([found]) => found === path)?.[1];

describe('editorSchemas', () => {
  test('returns what schemas/ holds, so the checked-in files are up to date', () => {
    for (const name of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
      const checkedIn: unknown = JSON.parse(readFileSync(join(ROOT, SCHEMA_FILES[name]), 'utf8'));
      expect(checkedIn, `${SCHEMA_FILES[name]} is out of date — run npm run schema`).toEqual(
        schemas[name],
      );
    }
  });

  test('returns a description for every property of the column and of a district', () => {
    for (const schema of Object.values(schemas)) {
      const described = properties(schema);
      expect(described.length).toBeGreaterThanOrEqual(8);
      expect(described.filter(([, node]) => typeof node['description'] !== 'string')).toEqual([]);
    }
  });

  test('returns the column with every field required and no others allowed', () => {
    expect(schemas.column).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      required: ['title', 'publisher', 'description', 'defaultLang', 'targets'],
      additionalProperties: false,
    });
    expect(at(schemas.column, 'defaultLang')?.['enum']).toEqual(['en', 'zh-CN']);
  });

  test('returns districts.yaml as a list of at least one district of a known kind', () => {
    expect(schemas.districts).toMatchObject({ type: 'array', minItems: 1 });
    expect(at(schemas.districts, '[].kind')?.['enum']).toEqual([
      'district',
      'county-level-city',
      'county',
    ]);
  });

  test('returns counts without the safe-integer bounds Zod adds to every integer', () => {
    expect(at(schemas.column, 'targets.highSchools')).toEqual({
      type: 'integer',
      minimum: 0,
      description: 'High schools to build.',
    });
  });
});

describe('issueSchema descriptions', () => {
  test('are on every property of the frontmatter, nested ones and list items included', () => {
    const described = properties(issue);
    expect(described.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        'stats.milestones[].year',
        'projects[].year',
        'cover.src',
        'corrections[].date',
      ]),
    );
    expect(described.filter(([, node]) => typeof node['description'] !== 'string')).toEqual([]);
  });

  test('say what a field means in the words of the editors’ guide', () => {
    expect(at(issue, 'stats.newPlaces')?.['description']).toBe(
      'New school places (seats for pupils) created over the period.',
    );
    expect(at(issue, 'stats.milestones[].year')?.['description']).toBe(
      'The year the figures are for.',
    );
    expect(at(issue, 'district')?.['description']).toMatch(/content\/districts\.yaml/);
    expect(at(issue, 'projects')?.['description']).toBe('Named projects in the issue.');
    expect(issue['description']).toMatch(/Frontmatter of one issue/);
  });
});
