import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  buildSchemas,
  readDocComments,
  readSchemaInputs,
  renderSchemaFiles,
  SCHEMA_FILES,
  type JsonSchema,
  type SchemaName,
} from './jsonSchema';

const ROOT = resolve(import.meta.dirname, '../..');
const inputs = readSchemaInputs(ROOT);
const schemas = buildSchemas(inputs);

const isNode = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema node of a field path such as `stats.schools.planned` or `projects[].kind`. */
function fieldAt(schema: JsonSchema, path: string): JsonSchema {
  let node = schema;
  for (const part of path.split(/\.|(?=\[\])/).filter(Boolean)) {
    const branches = Array.isArray(node['anyOf'])
      ? (node['anyOf'] as unknown[]).filter(isNode)
      : [node];
    const next =
      part === '[]'
        ? branches.map((branch) => branch['items']).find(isNode)
        : branches.map((branch) => branch['properties']).find(isNode)?.[part];
    if (!isNode(next)) throw new Error(`no field ${path} (stopped at ${part})`);
    node = next;
  }
  return node;
}

/** Every field path in a schema, with its node. */
function fields(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const branches = Array.isArray(schema['anyOf'])
    ? (schema['anyOf'] as unknown[]).filter(isNode)
    : [schema];
  return branches.flatMap((branch) => {
    const found: [string, JsonSchema][] = [];
    const properties = branch['properties'];
    if (isNode(properties)) {
      for (const [name, child] of Object.entries(properties)) {
        if (!isNode(child)) continue;
        const childPath = path ? `${path}.${name}` : name;
        found.push([childPath, child], ...fields(child, childPath));
      }
    }
    if (isNode(branch['items'])) found.push(...fields(branch['items'], `${path}[]`));
    return found;
  });
}

describe('schemas/*.schema.json', () => {
  test('returns the checked-in files unchanged when generated from the current schema.ts and content', async () => {
    const fresh = await renderSchemaFiles(schemas, ROOT);
    for (const name of Object.keys(SCHEMA_FILES) as SchemaName[]) {
      const checkedIn = readFileSync(join(ROOT, SCHEMA_FILES[name]), 'utf8');
      expect(checkedIn, `${SCHEMA_FILES[name]} is out of date — run npm run schema`).toBe(
        fresh[name],
      );
    }
  });

  test('returns JSON ending in one newline when rendered', async () => {
    const files = await renderSchemaFiles(schemas, ROOT);
    for (const text of Object.values(files)) {
      expect(text.endsWith('}\n')).toBe(true);
      expect(() => JSON.parse(text) as unknown).not.toThrow();
    }
  });
});

describe('buildSchemas', () => {
  test('returns district as an enum of the given district ids, in their order', () => {
    const district = fieldAt(
      buildSchemas({ ...inputs, districtIds: ['kuiwen', 'hanting', 'linqu'] }).issue,
      'district',
    );
    expect(district['enum']).toEqual(['kuiwen', 'hanting', 'linqu']);
    expect(district['description']).toMatch(/content\/districts\.yaml/);
  });

  test('returns stats.newPlaces as an integer of at least 0 with its doc comment as description', () => {
    const newPlaces = fieldAt(schemas.issue, 'stats.newPlaces');
    expect(newPlaces).toMatchObject({
      type: 'integer',
      minimum: 0,
      description: 'New school places (seats for pupils) created over the period.',
    });
    expect(newPlaces['maximum']).toBeUndefined();
  });

  test('returns descriptions on nested fields when schema.ts documents them', () => {
    expect(fieldAt(schemas.issue, 'stats.investmentYuan')['description']).toMatch(/in yuan/);
    expect(fieldAt(schemas.issue, 'stats.kindergartens.planned')['description']).toBe(
      'Planned over the period, including those already started.',
    );
    expect(fieldAt(schemas.issue, 'stats.milestones[].places')['description']).toMatch(
      /places that year/,
    );
    expect(fieldAt(schemas.issue, 'projects[]')['description']).toBe('One named building project.');
    expect(fieldAt(schemas.issue, 'projects[].places')['description']).toMatch(
      /Places the project adds/,
    );
    expect(fieldAt(schemas.issue, 'stats')['description']).toMatch(/absent means not reported/);
    expect(fieldAt(schemas.column, 'targets')['description']).toMatch(/city-wide targets/);
    expect(fieldAt(schemas.districts, '[].id')['description']).toMatch(/slug/);
  });

  test('returns a description for every field except those schema.ts has no doc comment for yet', () => {
    // Fields without a doc comment in src/lib/schema.ts. Add the comment there, not here;
    // this list may only shrink.
    const undocumented = new Set([
      'column:description.en',
      'column:description.zh',
      'column:publisher.en',
      'column:publisher.zh',
      'column:targets.period.end',
      'column:targets.period.start',
      'column:title.en',
      'column:title.zh',
      'districts:[].blurb.en',
      'districts:[].blurb.zh',
      'districts:[].kind',
      'districts:[].name',
      'districts:[].name.en',
      'districts:[].name.zh',
      'issue:projects[].year',
      'issue:stats.milestones[].year',
    ]);
    const missing = (Object.entries(schemas) as [SchemaName, JsonSchema][]).flatMap(
      ([name, schema]) =>
        fields(schema)
          .filter(([, node]) => node['description'] === undefined)
          .map(([path]) => `${name}:${path}`),
    );
    // Equal, not a subset: documenting a field must also take it off the list.
    expect(missing.toSorted()).toEqual([...undocumented].toSorted());
  });

  test('returns every property doc comment of schema.ts on at least one field', () => {
    const used = new Set(
      Object.values(schemas).flatMap((schema) =>
        fields(schema).map(([, node]) => node['description']),
      ),
    );
    const comments = [...readDocComments(inputs.schemaSource).values()].flatMap((declaration) =>
      [...declaration.properties.values()].flatMap((byName) => [...byName.values()]),
    );
    expect(comments.length).toBeGreaterThan(30);
    expect(comments.filter((comment) => !used.has(comment))).toEqual([]);
  });

  test('returns dates as YYYY-MM-DD strings when the field is a calendar date', () => {
    for (const path of ['published', 'updated', 'corrections[].date']) {
      const date = fieldAt(schemas.issue, path);
      expect(date).toMatchObject({ type: 'string', format: 'date' });
      expect(date['anyOf']).toBeUndefined();
      const pattern = new RegExp(String(date['pattern']));
      expect(pattern.test('2022-08-15')).toBe(true);
      expect(pattern.test('15 August 2022')).toBe(false);
      expect(pattern.test('2022-02-30')).toBe(false);
    }
  });

  test('returns lang defaulting to the column language when column.yaml sets one', () => {
    expect(fieldAt(schemas.issue, 'lang')).toMatchObject({
      enum: ['en', 'zh-CN'],
      default: inputs.defaultLang,
    });
    const zh = buildSchemas({ ...inputs, defaultLang: 'zh-CN' });
    expect(fieldAt(zh.issue, 'lang')['default']).toBe('zh-CN');
  });

  test('returns required fields and rejects unknown ones when describing an issue', () => {
    expect(schemas.issue['required']).toEqual([
      'title',
      'summary',
      'issue',
      'district',
      'published',
      'author',
      'source',
    ]);
    expect(schemas.issue['additionalProperties']).toBe(false);
    expect(fieldAt(schemas.issue, 'projects[].kind')['enum']).toEqual([
      'kindergarten',
      'primary',
      'middle',
      'nine-year',
      'high',
      'other',
    ]);
  });

  test('returns district as any non-empty text when districts.yaml lists no ids', () => {
    const district = fieldAt(buildSchemas({ ...inputs, districtIds: [] }).issue, 'district');
    expect(district['enum']).toBeUndefined();
    expect(district).toMatchObject({ type: 'string', minLength: 1 });
  });

  test('returns a list of at least one district when describing districts.yaml', () => {
    expect(schemas.districts).toMatchObject({ type: 'array', minItems: 1 });
    expect(fieldAt(schemas.districts, '[].kind')['enum']).toEqual([
      'district',
      'county-level-city',
      'county',
    ]);
  });
});

describe('readDocComments', () => {
  test('returns doc comments by declaration and property path when given schema source', () => {
    const docs = readDocComments(`
      /** A thing. */
      export const thing = z
        .strictObject({
          /** Its name,
           * on two lines. */
          name: z.string(),
          period: z
            .strictObject({
              /** First year. */
              start: year,
              end: year,
            })
            .optional(),
          undocumented: z.number(),
        })
        .refine(() => true, {
          /** Not a field. */
          message: 'x',
        });
      /** Builds one. */
      export function build() {
        return z.object({
          /** Inside a function. */
          inner: z.string(),
        });
      }
    `);
    expect(docs.get('thing')?.doc).toBe('A thing.');
    expect(Object.fromEntries(docs.get('thing')?.properties.get('') ?? [])).toEqual({
      name: 'Its name, on two lines.',
    });
    expect(Object.fromEntries(docs.get('thing')?.properties.get('period') ?? [])).toEqual({
      start: 'First year.',
    });
    expect(docs.get('build')?.doc).toBe('Builds one.');
    expect(docs.get('build')?.properties.get('')?.get('inner')).toBe('Inside a function.');
    expect(new Set(docs.get('thing')?.properties.keys())).toEqual(new Set(['', 'period']));
  });
});
