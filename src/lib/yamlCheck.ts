/**
 * A YAML text (a whole file, or an issue's frontmatter) checked against a Zod schema of the
 * editors' contract, each problem worded for an editor and placed at the line of its field.
 * The content check and the readers of the column's own files (columnConfig.ts) share it, so
 * a mistake reads the same whichever of them finds it.
 */
import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { readContentFile } from './contentFile.ts';
import type { ContentProblem } from './contentProblem.ts';
import { LANGS, PROJECT_KINDS, PROJECT_STATUSES, TARGET_IDS } from './schema.ts';

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

/** An issue's `projects[]` fields share names with a district's, and need other advice. */
const FIX_BY_PROJECT_FIELD: Record<string, string> = {
  id: 'use lower-case words joined by hyphens, the same in every issue that names the project, e.g. xingfu-road-primary',
  name: 'write the school’s or kindergarten’s name as the source gives it',
  kind: `use one of: ${PROJECT_KINDS.join(', ')}`,
  status: `use one of: ${PROJECT_STATUSES.join(', ')}`,
};

/** `stats` fields that group planned / under construction / completed counts. */
const BUILDING_COUNT_FIELDS = new Set(['schools', 'kindergartens', ...TARGET_IDS]);

/** The advice for a field, by its last name in `path`. */
export function fixFor(path: readonly PropertyKey[]): string {
  const name = lastFieldName(path);
  if (path[0] === 'projects' && path.length === 3 && FIX_BY_PROJECT_FIELD[name])
    return FIX_BY_PROJECT_FIELD[name];
  if (path[0] === 'stats' && path.length === 2 && BUILDING_COUNT_FIELDS.has(name))
    return 'write the counts the source gives, e.g. { planned: 5, underConstruction: 2, completed: 1 }';
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
    case 'custom':
      // A rule of the contract's own may carry advice fitter than the field's.
      return { problem: issue.message, fix: String(issue.params?.['fix'] ?? fix) };
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

export interface ParsedYaml {
  data: unknown;
  /** Line of the node at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  errors: { line: number; message: string }[];
}

/** Parses `source`, whose first line is line `firstLine` of its file. */
export function parseYaml(source: string, firstLine: number): ParsedYaml {
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

/**
 * Validates the parsed YAML (at `pathPrefix` in it) with `schema`: the problems, or the parsed
 * value when there are none.
 */
export function schemaProblems<Schema extends z.ZodType>(
  file: string,
  parsed: ParsedYaml,
  schema: Schema,
  pathPrefix: PropertyKey[] = [],
): { problems: ContentProblem[]; value?: z.output<Schema> } {
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

/** A problem for each YAML syntax error; `field` names the part, e.g. `yaml` or `frontmatter`. */
export function syntaxProblems(file: string, parsed: ParsedYaml, field: string): ContentProblem[] {
  return parsed.errors.map((error) => ({
    file,
    line: error.line,
    field,
    problem: error.message,
    fix: 'fix the YAML syntax on that line',
  }));
}

/**
 * Reads and parses one of the column's YAML files (through readContentFile, so a file saved
 * on Windows reads the same); `file` is how its path is shown. No `parsed` when the file is
 * missing or its YAML is broken.
 */
export function readYamlFile(
  path: string,
  file: string,
): { parsed?: ParsedYaml; problems: ContentProblem[] } {
  if (!existsSync(path))
    return {
      problems: [{ file, field: 'file', problem: 'is missing', fix: 'restore it from git' }],
    };
  const parsed = parseYaml(readContentFile(path), 1);
  const problems = syntaxProblems(file, parsed, 'yaml');
  return problems.length ? { problems } : { parsed, problems };
}
