/**
 * The baseline's one collection: the column's issue files, with a schema that checks no
 * more than a starter blog's does. The cover goes through `image()`, as a starter's hero
 * image does, so both builds process the same pictures.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const issues = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(process.env['COLUMN_CONTENT_DIR'] ?? '', 'issues') }),
  schema: ({ image }) =>
    z.looseObject({
      title: z.string(),
      lang: z.string().optional(),
      cover: z.object({ src: image(), alt: z.string() }).optional(),
    }),
});

export const collections = { issues };
