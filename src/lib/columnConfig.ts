/**
 * The column's own files, `column.yaml` and `districts.yaml`: read and validated here and
 * nowhere else, so the content collections (src/content.config.ts), the content check, the
 * scaffold (`npm run new`) and anything else that needs the column's language, publisher or
 * district ids get the same values, and the same `file:line field: problem — fix` when a file
 * is wrong.
 *
 * Nothing here reads `astro:content`: src/content.config.ts, which that module is built
 * from, imports this one.
 */
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { msg, quoted } from '../i18n/checks.ts';
import { formatProblem, type ContentProblem } from './contentProblem.ts';
import {
  columnSchema,
  districtSchema,
  LANGS,
  type ColumnData,
  type DistrictData,
  type Lang,
} from './schema.ts';
import { readYamlFile, schemaProblems } from './yamlCheck.ts';

/** Where the files are, from the content folder. */
export const COLUMN_FILE = 'column.yaml';
export const DISTRICTS_FILE = 'districts.yaml';

/** How a path is shown to an editor: relative to the folder the command runs in. */
const shownFrom = (root: string) => (path: string) => relative(root, path) || path;

/** `column.yaml` checked: the column, or no column and why not. */
export function checkColumnFile(
  contentDir: string,
  root = process.cwd(),
): { column?: ColumnData; problems: ContentProblem[] } {
  const file = shownFrom(root)(join(contentDir, COLUMN_FILE));
  const { parsed, problems } = readYamlFile(join(contentDir, COLUMN_FILE), file);
  if (!parsed) return { problems };
  const { value, problems: invalid } = schemaProblems(file, parsed, columnSchema);
  return value ? { column: value, problems: [] } : { problems: invalid };
}

/**
 * `districts.yaml` checked: every district that is valid on its own, in file order, and the
 * problems of the rest. Each entry is checked alone so that one mistake neither hides the
 * others nor takes the valid districts with it.
 */
export function checkDistrictsFile(
  contentDir: string,
  root = process.cwd(),
): { districts: DistrictData[]; problems: ContentProblem[] } {
  const file = shownFrom(root)(join(contentDir, DISTRICTS_FILE));
  const { parsed, problems } = readYamlFile(join(contentDir, DISTRICTS_FILE), file);
  if (!parsed) return { districts: [], problems };
  const list = z.array(z.unknown()).min(1).safeParse(parsed.data);
  if (!list.success)
    return {
      districts: [],
      problems: [
        {
          file,
          line: 1,
          field: 'districts',
          problem: msg('districts.notList'),
          fix: msg('districts.notList.fix'),
        },
      ],
    };
  const districts: DistrictData[] = [];
  for (const [index, entry] of list.data.entries()) {
    const result = schemaProblems(file, { ...parsed, data: entry }, districtSchema, [index]);
    problems.push(...result.problems.map((p) => ({ ...p, field: `[${index}].${p.field}` })));
    const district = result.value;
    if (!district) continue;
    if (districts.some((known) => known.id === district.id)) {
      const line = parsed.lineOf([index, 'id']);
      problems.push({
        file,
        ...(line ? { line } : {}),
        field: `[${index}].id`,
        problem: msg('districts.idTwice', { id: quoted(district.id) }),
        fix: msg('districts.idTwice.fix'),
      });
    }
    districts.push(district);
  }
  return { districts, problems };
}

/**
 * The column's language as `column.yaml` gives it, even when another field there is wrong, so
 * the tools can speak it while they report that mistake; undefined when the file is missing or
 * unreadable, or its `defaultLang` is not a language of the site.
 */
export function columnLanguage(contentDir: string): Lang | undefined {
  const { parsed } = readYamlFile(join(contentDir, COLUMN_FILE), COLUMN_FILE);
  const data: unknown = parsed?.data;
  const lang = z.object({ defaultLang: z.enum(LANGS) }).safeParse(data);
  return lang.success ? lang.data.defaultLang : undefined;
}

/**
 * The language the editors' tools speak: the first one asked for (`--lang`,
 * `COLUMN_MESSAGES_LANG`), else the column's, else English.
 */
export function messagesLang(contentDir: string, ...asked: (Lang | undefined)[]): Lang {
  return asked.find((lang) => lang !== undefined) ?? columnLanguage(contentDir) ?? 'en';
}

/**
 * Thrown by the readers below: the message lists every problem, one per line, in English (it
 * reaches Astro's own error output); `problems` lets a tool show them in another language.
 */
export class ColumnConfigError extends Error {
  override name = 'ColumnConfigError';
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(problems.map((problem) => formatProblem(problem, 'en')).join('\n'));
    this.problems = problems;
  }
}

/** The column from `column.yaml`; throws a ColumnConfigError when the file is wrong. */
export function readColumn(contentDir: string, root = process.cwd()): ColumnData {
  const { column, problems } = checkColumnFile(contentDir, root);
  if (!column) throw new ColumnConfigError(problems);
  return column;
}

/** The districts from `districts.yaml`; throws a ColumnConfigError when anything in it is wrong. */
export function readDistricts(contentDir: string, root = process.cwd()): DistrictData[] {
  const { districts, problems } = checkDistrictsFile(contentDir, root);
  if (problems.length) throw new ColumnConfigError(problems);
  return districts;
}
