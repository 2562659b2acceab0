import { statSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readBuildEnv } from './lib/buildEnv';
import {
  checkColumnFile,
  checkDistrictsFile,
  COLUMN_FILE,
  DISTRICTS_FILE,
  readColumn,
} from './lib/columnConfig';
import { ISSUE_FILE_GLOB } from './lib/issueFiles';
import { columnSchema, districtSchema, issueSchema } from './lib/schema';

const { contentDir } = readBuildEnv();

/**
 * `read`, again only once `file` has changed: Astro calls a collection's schema function for
 * every entry, and `astro dev` keeps running while an editor edits the column's files.
 */
function whenChanged<Value>(file: string, read: () => Value): () => Value {
  let last: { changed: number; value: Value } | undefined;
  return () => {
    const changed = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (last?.changed !== changed) last = { changed, value: read() };
    return last.value;
  };
}

/**
 * `district` as an editor writes it, one of the ids, then Astro's reference. The ids are in
 * the JSON Schema Astro writes for the collection, so VS Code offers them (docs/vscode.md).
 */
const districtField = whenChanged(join(contentDir, DISTRICTS_FILE), () => {
  const [first, ...rest] = checkDistrictsFile(contentDir).districts.map(({ id }) => id);
  const district = reference('districts');
  // Without a valid district the content check has already said why; any id passes here.
  return first === undefined ? district : z.enum([first, ...rest]).pipe(district);
});

// A broken column.yaml is the column loader's and the content check's to report; the issues
// still load meanwhile (in `astro dev`), in the default language.
const defaultLang = whenChanged(
  join(contentDir, COLUMN_FILE),
  () => checkColumnFile(contentDir).column?.defaultLang ?? 'en',
);

const column = defineCollection({
  loader: () => [{ id: 'column', ...readColumn(contentDir) }],
  // The inline loader needs an id; the column is a single entry.
  schema: columnSchema.extend({ id: z.literal('column') }),
});

const districts = defineCollection({
  loader: file(join(contentDir, DISTRICTS_FILE)),
  schema: districtSchema,
});

const issues = defineCollection({
  loader: glob({ pattern: ISSUE_FILE_GLOB, base: join(contentDir, 'issues') }),
  schema: ({ image }) =>
    issueSchema({ coverImage: image(), district: districtField(), defaultLang: defaultLang() }),
});

export const collections = { column, districts, issues };
