/**
 * npm run schema [-- --check]
 *
 * Writes the JSON Schemas that give VS Code completion, hover text and checking in
 * content/column.yaml and content/districts.yaml (schemas/column.schema.json,
 * schemas/districts.schema.json), made from the Zod schemas in src/lib/schema.ts by
 * src/lib/jsonSchema.ts and formatted with the project's Prettier settings.
 *
 * With --check nothing is written: the exit code is 1 when a file differs from what would be
 * written, e.g. after a field or its description changed in schema.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { editorSchemas, SCHEMA_FILES, type SchemaName } from '../src/lib/jsonSchema.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false } },
  strict: true,
});

const root = resolve(import.meta.dirname, '..');
const schemas = editorSchemas();
const names = Object.keys(SCHEMA_FILES) as SchemaName[];

/** The file's text as `prettier --check` (npm run check) accepts it. */
async function render(name: SchemaName): Promise<string> {
  const filepath = join(root, SCHEMA_FILES[name]);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  // Indented input keeps every object expanded: Prettier only joins short arrays.
  return prettier.format(JSON.stringify(schemas[name], null, 2), { ...options, filepath });
}

const files = Object.fromEntries(
  await Promise.all(names.map(async (name) => [name, await render(name)] as const)),
) as Record<SchemaName, string>;
const current = (name: SchemaName) => {
  const path = join(root, SCHEMA_FILES[name]);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

if (values.check) {
  const stale = names.filter((name) => current(name) !== files[name]);
  for (const name of stale)
    console.error(
      `${SCHEMA_FILES[name]} is ${current(name) === undefined ? 'missing' : 'out of date'} — run npm run schema`,
    );
  if (stale.length) process.exit(1);
  console.log(
    `JSON Schemas are up to date: ${names.map((name) => SCHEMA_FILES[name]).join(', ')}.`,
  );
} else {
  for (const name of names) {
    const path = join(root, SCHEMA_FILES[name]);
    mkdirSync(dirname(path), { recursive: true });
    const changed = current(name) !== files[name];
    if (changed) writeFileSync(path, files[name]);
    console.log(`${SCHEMA_FILES[name]}${changed ? ' written' : ' unchanged'}`);
  }
}
