import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { readBuildEnv } from './lib/buildEnv';
import { readContentFile } from './lib/contentFile';
import { ISSUE_FILE_GLOB } from './lib/issueFiles';
import { columnSchema, districtSchema, issueSchema, LANGS, type Lang } from './lib/schema';

const { contentDir } = readBuildEnv();
const columnFile = join(contentDir, 'column.yaml');

/** The column's language decides `lang` for issues that leave it out. */
function columnDefaultLang(): Lang {
  const declared: unknown = parse(readContentFile(columnFile))?.defaultLang;
  return LANGS.find((lang) => lang === declared) ?? 'en';
}

const column = defineCollection({
  loader: () => [{ id: 'column', ...parse(readContentFile(columnFile)) }],
  // The inline loader needs an id; the column is a single entry.
  schema: columnSchema.extend({ id: z.literal('column') }),
});

const districts = defineCollection({
  loader: file(join(contentDir, 'districts.yaml')),
  schema: districtSchema,
});

const issues = defineCollection({
  loader: glob({ pattern: ISSUE_FILE_GLOB, base: join(contentDir, 'issues') }),
  schema: ({ image }) =>
    issueSchema({
      coverImage: image(),
      district: reference('districts'),
      defaultLang: columnDefaultLang(),
    }),
});

export const collections = { column, districts, issues };
