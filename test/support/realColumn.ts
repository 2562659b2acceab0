/**
 * The real column in content/, read with the project's own schemas and the frontmatter parser
 * @astrojs/mdx uses, for tests about the real column that must keep holding as districts
 * publish their issues.
 */
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { readContentFile } from '../../src/lib/contentFile';
import { readIssueFolder } from '../../src/lib/issueFiles';
import { isVisible } from '../../src/lib/issues';
import {
  columnSchema,
  districtSchema,
  issueSchema,
  type DistrictData,
  type Lang,
} from '../../src/lib/schema';
import { projectRoot } from './paths';

export const REAL_CONTENT = join(projectRoot, 'content');

const readYaml = (file: string): unknown => parse(readContentFile(join(REAL_CONTENT, file)));

/** content/districts.yaml, in file order. */
export function realDistricts(): DistrictData[] {
  return z.array(districtSchema).parse(readYaml('districts.yaml'));
}

/** The issue files under content/issues/, sorted by name. */
export function realIssueFiles(): string[] {
  return readIssueFolder(join(REAL_CONTENT, 'issues')).issues.toSorted();
}

/** Every issue's frontmatter, checked by the issue schema (district and cover left as text). */
export function realIssues() {
  const { defaultLang } = columnSchema.parse(readYaml('column.yaml'));
  const schema = issueSchema({ coverImage: z.string(), district: z.string(), defaultLang });
  return realIssueFiles().map((file) =>
    schema.parse(parseFrontmatter(readContentFile(join(REAL_CONTENT, 'issues', file))).frontmatter),
  );
}

/** Districts with no issue in `lang` that a build publishes today. */
export function districtsWithoutIssue(lang: Lang): DistrictData[] {
  const now = new Date();
  const reporting = new Set(
    realIssues()
      .filter((issue) => issue.lang === lang && isVisible(issue, { now, preview: false }))
      .map((issue) => issue.district),
  );
  return realDistricts().filter((district) => !reporting.has(district.id));
}
