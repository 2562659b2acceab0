/**
 * Checks everything under the content folder the way the build will, and reports every
 * problem at once in words an editor can act on:
 *
 *   content/issues/005-x.mdx:12 stats.newPlaces: expected a whole number, got "about 600" — write digits only, e.g. 600
 *
 * Astro alone stops at the first schema error and lets a dangling district pass, so the
 * build runs this first (see `src/integrations/contentChecks.ts`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { readContentFile, splitFrontmatter } from './contentFile.ts';
import type { ContentProblem } from './contentProblem.ts';
import { readIssueFolder } from './issueFiles.ts';
import { checkMdxBody } from './mdxCheck.ts';
import {
  calendarDate,
  columnSchema,
  districtSchema,
  issueSchema,
  LANGS,
  type Lang,
} from './schema.ts';

export interface ContentReport {
  problems: ContentProblem[];
  /** Issue files checked, drafts included. */
  issueCount: number;
  districtCount: number;
}

/** Fields holding a count of buildings or places: the same advice fits them all. */
const COUNT_FIELDS = new Set([
  'planned',
  'underConstruction',
  'completed',
  'schools',
  'kindergartens',
  'places',
  'newPlaces',
  'publicKindergartens',
  'compulsorySchools',
  'highSchools',
]);

/** Fields that take whole numbers only; Zod calls them plain numbers when given text. */
const WHOLE_NUMBER_FIELDS = new Set([...COUNT_FIELDS, 'issue', 'year', 'start', 'end']);

function lastFieldName(path: readonly PropertyKey[]): string {
  return String([...path].reverse().find((part) => typeof part === 'string') ?? '');
}

const FIX_BY_FIELD: Record<string, string> = {
  title: 'write a headline of at most 120 characters',
  summary: 'write one or two sentences, at most 300 characters',
  issue: 'write the issue number in digits, e.g. 5',
  district: 'use an id from content/districts.yaml',
  published: 'write the date as YYYY-MM-DD, e.g. 2022-08-15',
  updated: 'write the date as YYYY-MM-DD, on or after `published`',
  date: 'write the date as YYYY-MM-DD, e.g. 2022-08-15',
  lang: `use one of: ${LANGS.join(', ')}`,
  author: 'write the byline, e.g. Hanting Rong Media',
  source: 'write the office that supplied the report',
  alt: 'describe the picture in a sentence for readers who cannot see it',
  src: 'put the picture in content/images/ and write its path from the issue, e.g. ../images/school.jpg',
  investmentYuan: 'write the amount in yuan, digits only, e.g. 3076000000 for 3.076 billion',
  publicKindergartenShareTarget: 'write a fraction between 0 and 1, e.g. 0.9 for 90%',
  year: 'write a four-digit year, e.g. 2023',
  start: 'write a four-digit year, e.g. 2022',
  end: 'write a four-digit year, not before `start`',
  draft: 'write true or false',
  tags: 'write a list, e.g. [kindergartens, primary schools]',
  id: 'use lower-case letters, digits and hyphens, starting with a letter, e.g. hanting',
  name: 'give the name in both languages: { en: Hanting District, zh: 寒亭区 }',
  blurb: 'write one line in both languages: { en: …, zh: … }',
  kind: 'use one of: district, county-level-city, county',
  en: 'write the English text',
  zh: 'write the Chinese text',
  note: 'say in a few words what was corrected or what the figures refer to',
  defaultLang: `use one of: ${LANGS.join(', ')}`,
};

function fixFor(path: readonly PropertyKey[]): string {
  const name = lastFieldName(path);
  if (COUNT_FIELDS.has(name)) return 'write digits only, e.g. 600';
  return FIX_BY_FIELD[name] ?? 'see the frontmatter table in docs/editing.md';
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const EXPECTED_WORDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** Describes one Zod issue in an editor's words. */
export function describeIssue(issue: z.core.$ZodIssue): Pick<ContentProblem, 'problem' | 'fix'> {
  const fix = fixFor(issue.path);
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { problem: 'is missing', fix: `add it: ${fix}` };
      return {
        problem: `expected ${
          issue.expected === 'number' && WHOLE_NUMBER_FIELDS.has(lastFieldName(issue.path))
            ? EXPECTED_WORDS['int']
            : (EXPECTED_WORDS[issue.expected] ?? issue.expected)
        }, got ${show(input)}`,
        fix,
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          problem: `is ${String(input).length} characters long; the limit is ${issue.maximum}`,
          fix: 'shorten it',
        };
      return { problem: `${show(input)} is above the maximum of ${issue.maximum}`, fix };
    case 'too_small':
      if (issue.origin === 'string') return { problem: 'is empty', fix };
      return { problem: `${show(input)} is below the minimum of ${issue.minimum}`, fix };
    case 'invalid_value':
      return {
        problem: `${show(input)} is not an allowed value`,
        fix: `use one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`,
        fix: 'check the spelling against the frontmatter table in docs/editing.md, or remove it',
      };
    case 'invalid_union':
    case 'invalid_format':
      // Zod words a failed pattern as a regular expression, which means nothing to an editor.
      if (issue.code === 'invalid_format' && issue.format === 'regex')
        return { problem: `${show(input)} is not written the way this field needs`, fix };
      return { problem: `${issue.message}, got ${show(input)}`, fix };
    default:
      return { problem: issue.message, fix };
  }
}

interface ParsedYaml {
  data: unknown;
  /** Line of the node at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  errors: { line: number; message: string }[];
}

function parseYaml(source: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    errors: doc.errors.map((error) => ({
      line: lineAt(error.pos[0]),
      message: error.message.split('\n')[0] ?? error.message,
    })),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lineAt(range[0]);
        // A key whose value is missing: point at the key itself.
        const parent =
          depth > 0 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : undefined;
        if (isMap(parent)) {
          const pair = parent.items.find(
            (item) => String((item.key as { value?: unknown })?.value) === String(path[depth - 1]),
          );
          const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
          if (keyRange) return lineAt(keyRange[0]);
        }
      }
      return undefined;
    },
  };
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) =>
      typeof part === 'number'
        ? `${name}[${part}]`
        : name
          ? `${name}.${String(part)}`
          : String(part),
    '',
  );
}

function schemaProblems(
  file: string,
  parsed: ParsedYaml,
  schema: z.ZodType,
  pathPrefix: PropertyKey[] = [],
): { problems: ContentProblem[]; value?: unknown } {
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { problems: [], value: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((path) => {
      const full = [...pathPrefix, ...path];
      const line = parsed.lineOf(full);
      return {
        file,
        ...(line ? { line } : {}),
        field: fieldName(path) || 'frontmatter',
        ...describeIssue(
          (issue.code === 'unrecognized_keys'
            ? { ...issue, path: issue.path, keys: [String(path.at(-1))] }
            : { ...issue, path }) as z.core.$ZodIssue,
        ),
      };
    });
  });
  return { problems };
}

interface CheckedIssue {
  file: string;
  line?: number;
  issue: number;
  lang: Lang;
}

/** Checks the content folder; `root` is what file names are shown relative to. */
export function checkContent(contentDir: string, root = process.cwd()): ContentReport {
  const problems: ContentProblem[] = [];
  const show = (path: string) => relative(root, path) || path;

  function readYamlFile(path: string): ParsedYaml | undefined {
    if (!existsSync(path)) {
      problems.push({
        file: show(path),
        field: 'file',
        problem: 'is missing',
        fix: 'restore it from git',
      });
      return undefined;
    }
    const parsed = parseYaml(readContentFile(path), 1);
    for (const error of parsed.errors)
      problems.push({
        file: show(path),
        line: error.line,
        field: 'yaml',
        problem: error.message,
        fix: 'fix the YAML syntax on that line',
      });
    return parsed.errors.length ? undefined : parsed;
  }

  // The column
  let defaultLang: Lang = 'en';
  const columnFile = join(contentDir, 'column.yaml');
  const column = readYamlFile(columnFile);
  if (column) {
    const result = schemaProblems(show(columnFile), column, columnSchema);
    problems.push(...result.problems);
    if (result.value) defaultLang = (result.value as z.output<typeof columnSchema>).defaultLang;
  }

  // The districts
  const districtsFile = join(contentDir, 'districts.yaml');
  const districtIds: string[] = [];
  const districts = readYamlFile(districtsFile);
  if (districts) {
    const list = z.array(z.unknown()).min(1).safeParse(districts.data);
    if (!list.success) {
      problems.push({
        file: show(districtsFile),
        line: 1,
        field: 'districts',
        problem: 'expected a list of districts',
        fix: 'start each district with "- id: …"',
      });
    } else {
      list.data.forEach((_, index) => {
        const result = schemaProblems(
          show(districtsFile),
          { ...districts, data: list.data[index] },
          districtSchema,
          [index],
        );
        problems.push(...result.problems.map((p) => ({ ...p, field: `[${index}].${p.field}` })));
        const id = (result.value as { id?: string } | undefined)?.id;
        if (!id) return;
        if (districtIds.includes(id)) {
          const line = districts.lineOf([index, 'id']);
          problems.push({
            file: show(districtsFile),
            ...(line ? { line } : {}),
            field: `[${index}].id`,
            problem: `"${id}" is used twice`,
            fix: 'give each district its own id',
          });
        }
        districtIds.push(id);
      });
    }
  }

  // The issues
  const issuesDir = join(contentDir, 'issues');
  const { issues: issueFiles, strays } = existsSync(issuesDir)
    ? readIssueFolder(issuesDir)
    : { issues: [], strays: [] };
  for (const { path, problem, fix } of strays)
    problems.push({ file: show(join(issuesDir, path)), field: 'file', problem, fix });
  const schema = issueSchema({
    coverImage: z.string().min(1),
    district: z.string().min(1),
    defaultLang,
  });
  const numbered: CheckedIssue[] = [];
  for (const name of issueFiles) {
    const path = join(issuesDir, name);
    const file = show(path);
    const source = readContentFile(path);
    const parts = splitFrontmatter(source);
    if (!parts) {
      problems.push({
        file,
        line: 1,
        field: 'frontmatter',
        problem: 'no frontmatter found',
        fix: 'start the file with a line "---", the fields, then another "---"',
      });
      continue;
    }
    problems.push(...checkMdxBody(file, parts.body, parts.bodyStartLine, contentDir));

    const parsed = parseYaml(parts.frontmatter, 2);
    for (const error of parsed.errors)
      problems.push({
        file,
        line: error.line,
        field: 'frontmatter',
        problem: error.message,
        fix: 'fix the YAML syntax on that line',
      });
    if (parsed.errors.length) continue;
    const found = schemaProblems(file, parsed, schema).problems;
    problems.push(...found);
    const data = (parsed.data ?? {}) as Record<string, unknown>;
    const lineOf = (...path: string[]) => {
      const line = parsed.lineOf(path);
      return line ? { line } : {};
    };

    const district = data['district'];
    if (typeof district === 'string' && districtIds.length && !districtIds.includes(district)) {
      problems.push({
        file,
        ...lineOf('district'),
        field: 'district',
        problem: `"${district}" is not in ${show(districtsFile)}`,
        fix: `use one of: ${[...new Set(districtIds)].join(', ')}`,
      });
    }

    const cover = (data['cover'] as { src?: unknown } | undefined)?.src;
    if (typeof cover === 'string' && !existsSync(resolve(dirname(path), cover))) {
      problems.push({
        file,
        ...lineOf('cover', 'src'),
        field: 'cover.src',
        problem: `no image at ${cover}`,
        fix: 'put the picture in content/images/ and write its path from the issue, e.g. ../images/school.jpg',
      });
    }

    // Zod skips the schema's date-order rule when another field is wrong; editors still
    // need to hear about it in the same run.
    const published = calendarDate.safeParse(data['published']);
    const updated = calendarDate.safeParse(data['updated']);
    if (
      found.length > 0 &&
      published.success &&
      updated.success &&
      updated.data < published.data &&
      !found.some((problem) => problem.field === 'updated')
    ) {
      problems.push({
        file,
        ...lineOf('updated'),
        field: 'updated',
        problem: 'the update date is before the publication date',
        fix: fixFor(['updated']),
      });
    }

    // Duplicates are checked on the raw number, so an issue with other problems is still compared.
    const issue = data['issue'];
    const lang = LANGS.find((known) => known === (data['lang'] ?? defaultLang));
    if (Number.isInteger(issue) && lang) {
      numbered.push({ file, issue: issue as number, lang, ...lineOf('issue') });
    }
  }

  for (const [index, entry] of numbered.entries()) {
    const first = numbered
      .slice(0, index)
      .find((other) => other.issue === entry.issue && other.lang === entry.lang);
    if (!first) continue;
    const next =
      Math.max(
        ...numbered.filter((other) => other.lang === entry.lang).map((other) => other.issue),
      ) + 1;
    problems.push({
      file: entry.file,
      ...(entry.line ? { line: entry.line } : {}),
      field: 'issue',
      problem: `number ${entry.issue} (${entry.lang}) is already used by ${first.file}`,
      fix: `give this issue a free number, e.g. ${next}`,
    });
  }

  // Files in the order they are checked, each file's problems from top to bottom.
  const fileOrder = [
    columnFile,
    districtsFile,
    ...[...issueFiles, ...strays.map((stray) => stray.path)]
      .toSorted()
      .map((path) => join(issuesDir, path)),
  ].map(show);
  const ordered = problems.toSorted(
    (a, b) =>
      fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return { problems: ordered, issueCount: issueFiles.length, districtCount: districtIds.length };
}
