/**
 * A YAML text (a whole file, or an issue's frontmatter) checked against a Zod schema of the
 * editors' contract, each problem worded for an editor and placed at the line of its field.
 * The content check and the readers of the column's own files (columnConfig.ts) share it, so
 * a mistake reads the same whichever of them finds it.
 */
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import {
  isAlias,
  isMap,
  isNode,
  LineCounter,
  parseDocument,
  type Document,
  type ErrorCode,
} from 'yaml';
import {
  counted,
  isCheckMessage,
  msg,
  quoted,
  yamlError,
  type CheckKey,
  type CheckMessage,
  type MessageValue,
} from '../i18n/checks.ts';
import { readContentFile } from './contentFile.ts';
import type { ContentProblem } from './contentProblem.ts';
import {
  COUNT_GROUP_IDS,
  MILESTONE_FIGURE_IDS,
  MILESTONE_FIGURES,
  QUALIFIERS,
  STAGE_FIGURE,
  STAGE_IDS,
  STAT_FIGURE_IDS,
  STAT_FIGURES,
  type FigureDefinition,
  type Qualifier,
} from './figures.ts';
import { DISTRICT_KINDS, LANGS, PROJECT_KINDS, PROJECT_STATUSES } from './schema.ts';

/** The figures of the registry by field name, each with its advice. */
const FIGURE_FIELDS = new Map<string, Pick<FigureDefinition, 'type' | 'fix' | 'unit'>>([
  ...STAT_FIGURE_IDS.map((id) => [id, STAT_FIGURES[id]] as const),
  ...STAGE_IDS.map((stage) => [stage, STAGE_FIGURE] as const),
  ...MILESTONE_FIGURE_IDS.map((id) => [id, MILESTONE_FIGURES[id]] as const),
]);

/** Fields holding a count of buildings or places: the same advice fits them all. */
const COUNT_FIELDS = new Set([
  ...[...FIGURE_FIELDS].flatMap(([name, figure]) => (figure.type === 'integer' ? [name] : [])),
  ...COUNT_GROUP_IDS,
]);

/** Fields that take whole numbers only; Zod calls them plain numbers when given text. */
const WHOLE_NUMBER_FIELDS = new Set([...COUNT_FIELDS, 'issue', 'year', 'start', 'end']);

function lastFieldName(path: readonly PropertyKey[]): string {
  return String([...path].reverse().find((part) => typeof part === 'string') ?? '');
}

const oneOf = (values: readonly string[]) => msg('fix.oneOf', { values });

const FIX_BY_FIELD: Record<string, CheckMessage> = {
  title: msg('fix.title'),
  summary: msg('fix.summary'),
  issue: msg('fix.issue'),
  district: msg('fix.district'),
  published: msg('fix.date'),
  updated: msg('fix.updated'),
  date: msg('fix.date'),
  lang: oneOf(LANGS),
  author: msg('fix.author'),
  source: msg('fix.source'),
  alt: msg('fix.alt'),
  src: msg('fix.src'),
  ...Object.fromEntries(
    [...FIGURE_FIELDS].map(([name, figure]) => [name, msg(figure.fix)] as const),
  ),
  qualifier: oneOf(QUALIFIERS),
  year: msg('fix.year'),
  start: msg('fix.start'),
  end: msg('fix.end'),
  draft: msg('fix.draft'),
  tags: msg('fix.tags'),
  id: msg('fix.id'),
  name: msg('fix.name'),
  blurb: msg('fix.blurb'),
  kind: oneOf(DISTRICT_KINDS),
  en: msg('fix.en'),
  zh: msg('fix.zh'),
  note: msg('fix.note'),
  defaultLang: oneOf(LANGS),
};

/** An issue's `projects[]` fields share names with a district's, and need other advice. */
const FIX_BY_PROJECT_FIELD: Record<string, CheckMessage> = {
  id: msg('fix.projectId'),
  name: msg('fix.projectName'),
  kind: oneOf(PROJECT_KINDS),
  status: oneOf(PROJECT_STATUSES),
};

/** `stats` fields that group planned / under construction / completed counts. */
const BUILDING_COUNT_FIELDS = new Set<string>(COUNT_GROUP_IDS);

/** Words an editor may write before or after a figure for the qualifier that says the same. */
const NUMBER = String.raw`([\d.,]+%?)`;
const QUALIFIER_WORDS: readonly [RegExp, Qualifier][] = [
  [new RegExp(String.raw`^(?:more than|over|above|超过|多于)\s*${NUMBER}$`, 'i'), 'more-than'],
  [new RegExp(String.raw`^${NUMBER}\s*(?:\+|以上|余|多)$`), 'more-than'],
  [
    new RegExp(String.raw`^(?:at least|no fewer than|no less than|至少|不少于)\s*${NUMBER}$`, 'i'),
    'at-least',
  ],
  [
    new RegExp(String.raw`^(?:about|around|approximately|roughly|约|大约)\s*${NUMBER}$`, 'i'),
    'about',
  ],
  [new RegExp(String.raw`^${NUMBER}\s*左右$`), 'about'],
  [new RegExp(String.raw`^(?:up to|at most|no more than|最多|不超过)\s*${NUMBER}$`, 'i'), 'up-to'],
];

/**
 * A figure written with words ("about 600", "90%以上") as the qualified figure it means for a
 * field of `figure`'s kind (`{ value: 600, qualifier: about }`, `{ value: 0.9, … }` for a
 * share); none when the number it holds could not go in the field.
 */
export function qualifiedFigure(
  written: string,
  figure: Pick<FigureDefinition, 'type' | 'unit'>,
): { value: number; qualifier: Qualifier } | undefined {
  for (const [pattern, qualifier] of QUALIFIER_WORDS) {
    const number = pattern.exec(written.trim())?.[1]?.replaceAll(',', '');
    if (number === undefined) continue;
    const percent = number.endsWith('%');
    const digits = Number(percent ? number.slice(0, -1) : number);
    // A share is a fraction: "90%" is 0.9, and a percentage anywhere else means nothing.
    if (percent !== (figure.unit === 'share')) return undefined;
    const value = percent ? Number((digits / 100).toPrecision(12)) : digits;
    if (!Number.isFinite(value) || (figure.type === 'integer' && !Number.isInteger(value)))
      return undefined;
    return { value, qualifier };
  }
  return undefined;
}

/** The advice for a field, by its last name in `path`. */
export function fixFor(path: readonly PropertyKey[]): CheckMessage {
  const name = lastFieldName(path);
  const projectFix = FIX_BY_PROJECT_FIELD[name];
  if (path[0] === 'projects' && path.length === 3 && projectFix) return projectFix;
  if (path[0] === 'stats' && path.length === 2 && BUILDING_COUNT_FIELDS.has(name))
    return msg('fix.buildingCounts');
  if (COUNT_FIELDS.has(name)) return msg('fix.count');
  return FIX_BY_FIELD[name] ?? msg('fix.any');
}

/**
 * A figure is a union, a number or `{ value, qualifier }`: when both fail, the editor meant the
 * one they wrote (the braces, or not) and is told about that one, at the path of its field.
 */
function figureUnionIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union' || issue.errors.length !== 2) return undefined;
  if (!FIGURE_FIELDS.has(lastFieldName(issue.path))) return undefined;
  const input = 'input' in issue ? issue.input : undefined;
  const wroteObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  const [plain = [], qualified = []] = issue.errors;
  return (wroteObject ? qualified : plain).map(
    (inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue,
  );
}

/** A value as a message shows it: text quoted, a date as YYYY-MM-DD, a list or group named. */
function show(value: unknown): MessageValue {
  if (typeof value === 'string') return quoted(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return msg('value.list');
  if (value === null) return msg('value.nothing');
  if (typeof value === 'object') return msg('value.group');
  return String(value);
}

const EXPECTED_WORDS: Record<string, CheckKey> = {
  int: 'type.int',
  number: 'type.number',
  string: 'type.string',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  date: 'type.date',
};

const zodInChinese = z.locales.zhCN();

/**
 * An issue in Zod's own words, for the rare kinds no rule of the contract produces: its English
 * message, and its Chinese from Zod's zh-CN locale.
 */
function inZodsWords(issue: z.core.$ZodIssue): CheckMessage {
  // A reported issue still carries every field of the raw one the locale is written for.
  const chinese = zodInChinese.localeError(issue as unknown as z.core.$ZodRawIssue);
  const text = typeof chinese === 'string' ? chinese : chinese?.message;
  return msg('schema.other', { message: { en: issue.message, 'zh-CN': text ?? issue.message } });
}

/** Whether a failed union is a calendar date's: one of its options expected a date. */
const isDateUnion = (issue: z.core.$ZodIssueInvalidUnion) =>
  issue.errors.some((option) =>
    option.some((inner) => inner.code === 'invalid_type' && inner.expected === 'date'),
  );

const notADate = (input: unknown) =>
  msg('schema.expected', { expected: msg('type.dateWritten'), got: show(input) });

/** Describes one Zod issue in an editor's words. */
export function describeIssue(issue: z.core.$ZodIssue): Pick<ContentProblem, 'problem' | 'fix'> {
  const fix = fixFor(issue.path);
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined)
        return { problem: msg('schema.missing'), fix: msg('schema.missing.fix', { fix }) };
      const expected =
        issue.expected === 'number' && WHOLE_NUMBER_FIELDS.has(lastFieldName(issue.path))
          ? 'type.int'
          : EXPECTED_WORDS[issue.expected];
      if (!expected) return { problem: inZodsWords(issue), fix };
      const figure = FIGURE_FIELDS.get(lastFieldName(issue.path));
      const qualified =
        typeof input === 'string' && figure ? qualifiedFigure(input, figure) : undefined;
      return {
        problem: msg('schema.expected', { expected: msg(expected), got: show(input) }),
        fix: qualified ? msg('fix.qualified', qualified) : fix,
      };
    }
    case 'too_big':
      if (issue.origin === 'string')
        return {
          problem: msg('schema.tooLong', {
            length: String(input).length,
            max: Number(issue.maximum),
          }),
          fix: msg('schema.tooLong.fix'),
        };
      return {
        problem: msg('schema.aboveMax', { got: show(input), max: Number(issue.maximum) }),
        fix,
      };
    case 'too_small':
      if (issue.origin === 'string') return { problem: msg('schema.empty'), fix };
      return {
        problem: msg('schema.belowMin', { got: show(input), min: Number(issue.minimum) }),
        fix,
      };
    case 'invalid_value':
      if (input === undefined)
        return { problem: msg('schema.missing'), fix: msg('schema.missing.fix', { fix }) };
      return {
        problem: msg('schema.notAllowed', { got: show(input) }),
        fix: msg('schema.notAllowed.fix', { values: issue.values.map(String) }),
      };
    case 'unrecognized_keys':
      return {
        problem: counted('schema.unknownField', issue.keys.length, { keys: issue.keys }),
        fix: msg('schema.unknownField.fix'),
      };
    case 'custom': {
      // A rule of the contract's own says what is wrong as a message (schema.ts), and may
      // carry advice fitter than the field's.
      const { problem, fix: ruleFix } = issue.params ?? {};
      return {
        problem: isCheckMessage(problem) ? problem : inZodsWords(issue),
        fix: isCheckMessage(ruleFix) ? ruleFix : fix,
      };
    }
    case 'invalid_union':
      if (isDateUnion(issue)) return { problem: notADate(input), fix };
      return { problem: msg('schema.badFormat', { got: show(input) }), fix };
    case 'invalid_format':
      // A date written as text, the other way (a union of date and text) it may come.
      if (issue.format === 'date') return { problem: notADate(input), fix };
      // Zod words a failed pattern as a regular expression, which means nothing to an editor.
      if (issue.format === 'regex')
        return { problem: msg('schema.badFormat', { got: show(input) }), fix };
      return { problem: inZodsWords(issue), fix };
    default:
      return { problem: inZodsWords(issue), fix };
  }
}

/**
 * YAML the column's files never need, refused rather than read: an alias can expand a few lines
 * into millions of nodes or name no anchor at all, and a tag or merge key changes what a value
 * is, in ways Astro's own YAML parser and this one do not agree on.
 */
export type RefusedYaml = 'alias' | 'anchor' | 'tag' | 'merge';

/** A syntax error the parser found, or a construct the column refuses. */
export type YamlError =
  | { line: number; code: ErrorCode; message: string }
  | { line: number; refused: RefusedYaml; name: string; path: string[] };

export interface ParsedYaml {
  data: unknown;
  /** Line of the node at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  errors: YamlError[];
}

/**
 * What parsing a YAML text finds, as plain data, so it can be kept by the text's digest
 * (./digestMemo.ts): the value, the errors, and the line of every node and every map key by
 * its path (`pathKey`), lines counted from the text's first line.
 */
export interface YamlReading {
  /** Missing when the text has errors. */
  data?: unknown;
  errors: YamlError[];
  nodeLines: Record<string, number>;
  keyLines: Record<string, number>;
}

/** A path as the key of `YamlReading`'s lines: `projects.0.id` and `['projects', 0, 'id']` alike. */
const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));

/** Parses `source` into plain data. */
export function readYaml(source: string): YamlReading {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const nodeLines: Record<string, number> = {};
  const keyLines: Record<string, number> = {};
  const rangeOf = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range;
  // One line for each construct on a line: `[*a, *a, *a]` is one alias to write out.
  const refused = new Map<string, YamlError>();
  const refuse = (node: unknown, path: string[], kind: RefusedYaml, name: string) => {
    const line = lineAt(rangeOf(node)?.[0] ?? 0);
    const seen = `${line} ${kind} ${name}`;
    if (!refused.has(seen)) refused.set(seen, { line, refused: kind, name, path });
  };
  const inspect = (node: unknown, path: string[]) => {
    if (isAlias(node)) refuse(node, path, 'alias', `*${node.source}`);
    if (!isNode(node)) return;
    if (node.anchor) refuse(node, path, 'anchor', `&${node.anchor}`);
    if (node.tag) refuse(node, path, 'tag', node.tag.replace(/^tag:yaml\.org,2002:/, '!!'));
  };
  const walk = (node: unknown, path: string[]) => {
    inspect(node, path);
    const range = rangeOf(node);
    if (range) nodeLines[pathKey(path)] = lineAt(range[0]);
    const items = (node as { items?: unknown[] } | null)?.items;
    if (!Array.isArray(items)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const name = String((pair.key as { value?: unknown } | null)?.value);
        const key = [...path, name];
        inspect(pair.key, key);
        if (name === '<<') refuse(pair.key, key, 'merge', name);
        const keyRange = rangeOf(pair.key);
        if (keyRange) keyLines[pathKey(key)] = lineAt(keyRange[0]);
        walk(pair.value, key);
      }
    } else items.forEach((item, index) => walk(item, [...path, String(index)]));
  };
  walk(doc.contents, []);
  const errors: YamlError[] = [
    ...doc.errors.map((error) => ({
      line: lineAt(error.pos[0]),
      code: error.code,
      message: error.message.split('\n')[0] ?? error.message,
    })),
    ...refused.values(),
  ];
  // Read only a document with nothing refused: an alias is what makes toJS() throw or explode.
  return {
    ...(errors.length ? {} : { data: doc.toJS() as unknown }),
    errors,
    nodeLines,
    keyLines,
  };
}

/** `reading` of a text whose first line is line `firstLine` of its file. */
export function parsedYaml(reading: YamlReading, firstLine: number): ParsedYaml {
  const inFile = (line: number | undefined) =>
    line === undefined ? undefined : line + firstLine - 1;
  return {
    data: reading.data,
    errors: reading.errors.map((error) => ({ ...error, line: error.line + firstLine - 1 })),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const key = pathKey(path.slice(0, depth));
        // A key whose value is missing: point at the key itself.
        const line = reading.nodeLines[key] ?? (depth > 0 ? reading.keyLines[key] : undefined);
        if (line !== undefined) return inFile(line);
      }
      return undefined;
    },
  };
}

/** Parses `source`, whose first line is line `firstLine` of its file. */
export function parseYaml(source: string, firstLine: number): ParsedYaml {
  return parsedYaml(readYaml(source), firstLine);
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
  const issues = result.error.issues.flatMap((issue) => figureUnionIssues(issue) ?? [issue]);
  const problems = issues.flatMap((issue) => {
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
  return parsed.errors.map((error) =>
    'refused' in error
      ? {
          file,
          line: error.line,
          field:
            fieldName(error.path.map((part) => (/^\d+$/.test(part) ? Number(part) : part))) ||
            field,
          problem: msg(`yaml.refused.${error.refused}`, { name: error.name }),
          fix: msg('yaml.refused.fix'),
        }
      : {
          file,
          line: error.line,
          field,
          problem: msg('yaml.syntax', { error: yamlError(error.code, error.message) }),
          fix: msg('yaml.syntax.fix'),
        },
  );
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
      problems: [
        { file, field: 'file', problem: msg('yaml.missing'), fix: msg('yaml.missing.fix') },
      ],
    };
  const parsed = parseYaml(readContentFile(path), 1);
  const problems = syntaxProblems(file, parsed, 'yaml');
  return problems.length ? { problems } : { parsed, problems };
}
