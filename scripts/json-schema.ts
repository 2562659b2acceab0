/**
 * npm run schema [-- --check]
 *
 * Writes the JSON Schemas that give VS Code completion and checking in the editors' files:
 * schemas/issue.schema.json, schemas/column.schema.json and schemas/districts.schema.json,
 * generated from src/lib/schema.ts (descriptions from its doc comments) and from
 * content/districts.yaml (the district ids) and content/column.yaml (the default language).
 *
 * With --check nothing is written: the exit code is 1 when a file differs from what would be
 * written, e.g. after a district was added or a field changed in schema.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildSchemas,
  readSchemaInputs,
  renderSchemaFiles,
  SCHEMA_FILES,
  type SchemaName,
} from '../src/lib/jsonSchema.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false } },
  strict: true,
});

const root = resolve(import.meta.dirname, '..');
const files = await renderSchemaFiles(buildSchemas(readSchemaInputs(root)), root);
const names = Object.keys(SCHEMA_FILES) as SchemaName[];

if (values.check) {
  const stale = names.filter((name) => {
    const path = join(root, SCHEMA_FILES[name]);
    if (!existsSync(path)) {
      console.error(`${SCHEMA_FILES[name]} is missing — run npm run schema`);
      return true;
    }
    if (readFileSync(path, 'utf8') === files[name]) return false;
    console.error(`${SCHEMA_FILES[name]} is out of date — run npm run schema`);
    return true;
  });
  if (stale.length) process.exit(1);
  console.log(
    `JSON Schemas are up to date: ${names.map((name) => SCHEMA_FILES[name]).join(', ')}.`,
  );
} else {
  for (const name of names) {
    const path = join(root, SCHEMA_FILES[name]);
    mkdirSync(dirname(path), { recursive: true });
    const changed = !existsSync(path) || readFileSync(path, 'utf8') !== files[name];
    if (changed) writeFileSync(path, files[name]);
    console.log(`${SCHEMA_FILES[name]}${changed ? ' written' : ' unchanged'}`);
  }
}
