/**
 * Checks everything under the content folder the way the build will, and reports every
 * problem at once in words an editor can act on:
 *
 *   content/issues/005-x.mdx:12 stats.newPlaces: expected a whole number, got "about 600" — write digits only, e.g. 600
 *   content/issues/005-x.mdx:12 stats.newPlaces: 应为整数，现在是 “about 600” — 只写数字，如 600
 *
 * Each problem and fix is a message (src/i18n/checks.ts), so whatever prints the report shows
 * it in the language the editor asked for.
 *
 * Astro alone stops at the first schema error and lets a dangling district pass, so the
 * build runs this first (see `src/integrations/contentChecks.ts`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { msg, quoted, type CheckMessage } from '../i18n/checks.ts';
import {
  checkColumnFile,
  checkDistrictsFile,
  COLUMN_FILE,
  DISTRICTS_FILE,
} from './columnConfig.ts';
import { readContentFile, splitFrontmatter } from './contentFile.ts';
import type { ContentProblem } from './contentProblem.ts';
import { readIssueFolder } from './issueFiles.ts';
import { suggestProjectId } from './projects.ts';
import { DigestMemo } from './digestMemo.ts';
import { sourceDigest } from './sourceDigest.ts';
import { checkMdxBody, type BodyFindings } from './mdxCheck.ts';
import { calendarDate, issueSchema, LANGS, PROJECT_ID, type Lang } from './schema.ts';
import {
  fixFor,
  parsedYaml,
  readYaml,
  schemaProblems,
  syntaxProblems,
  type YamlReading,
} from './yamlCheck.ts';

export interface ContentReport {
  problems: ContentProblem[];
  /** Issue files checked, drafts included. */
  issueCount: number;
  districtCount: number;
}

interface CheckedIssue {
  file: string;
  line?: number;
  issue: number;
  lang: Lang;
  /** The fields two editions of one issue must agree on, as written. */
  facts: { district: unknown; stats: unknown; projects: unknown };
  lineOf: (...path: string[]) => { line?: number };
}

/** A `projects[]` item written without an id, to suggest one once every issue is read. */
interface UnnamedProject {
  problem: ContentProblem;
  name: unknown;
  district: unknown;
}

/** One `projects[]` item as written, for the rules that span issues. */
interface NamedProject {
  file: string;
  index: number;
  id: string;
  district: unknown;
  kind: unknown;
  name: unknown;
  idLine: number | undefined;
  kindLine: number | undefined;
}

/**
 * What the issues' readings depend on besides their text: the code of the check and all it
 * imports, and the installed parsers (the lockfile). Readings saved by other code are never
 * used (./digestMemo.ts).
 */
function readingVersion(): string {
  return sourceDigest(
    [fileURLToPath(import.meta.url)],
    [fileURLToPath(new URL('../../package-lock.json', import.meta.url))],
  );
}

/**
 * What each issue's body and frontmatter were found to hold, by cache folder: kept for the
 * life of the process (a dev server checks the folder on every save) and, with a cache folder,
 * between builds, so only the issues changed since are read again.
 */
const memos = new Map<
  string | undefined,
  { bodies: DigestMemo<BodyFindings>; frontmatter: DigestMemo<YamlReading> }
>();

function memosFor(cacheDir: string | undefined) {
  let found = memos.get(cacheDir);
  if (!found) {
    const version = readingVersion();
    const at = (name: string) =>
      cacheDir === undefined ? {} : { file: join(cacheDir, 'content-check', name) };
    found = {
      bodies: new DigestMemo<BodyFindings>({ version, ...at('bodies.json') }),
      frontmatter: new DigestMemo<YamlReading>({ version, ...at('frontmatter.json') }),
    };
    memos.set(cacheDir, found);
  }
  return found;
}

/**
 * Checks the content folder; `root` is what file names are shown relative to. `cacheDir` is
 * the build's cache folder, where what each issue's body and frontmatter hold is kept for the
 * next run.
 */
export function checkContent(
  contentDir: string,
  root = process.cwd(),
  { cacheDir }: { cacheDir?: string } = {},
): ContentReport {
  const problems: ContentProblem[] = [];
  const memo = memosFor(cacheDir);
  const show = (path: string) => relative(root, path) || path;

  const columnFile = join(contentDir, COLUMN_FILE);
  const column = checkColumnFile(contentDir, root);
  problems.push(...column.problems);
  const defaultLang = column.column?.defaultLang ?? 'en';

  const districtsFile = join(contentDir, DISTRICTS_FILE);
  const districts = checkDistrictsFile(contentDir, root);
  problems.push(...districts.problems);
  const districtIds = districts.districts.map((district) => district.id);

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
  const named: NamedProject[] = [];
  const unnamed: UnnamedProject[] = [];
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
        problem: msg('frontmatter.none'),
        fix: msg('frontmatter.none.fix'),
      });
      continue;
    }
    problems.push(...checkMdxBody(file, parts.body, parts.bodyStartLine, contentDir, memo.bodies));

    const parsed = parsedYaml(memo.frontmatter.get(parts.frontmatter, readYaml), 2);
    problems.push(...syntaxProblems(file, parsed, 'frontmatter'));
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
        problem: msg('district.unknown', { district: quoted(district), file: show(districtsFile) }),
        fix: msg('district.unknown.fix', { ids: [...new Set(districtIds)] }),
      });
    }

    const cover = (data['cover'] as { src?: unknown } | undefined)?.src;
    if (typeof cover === 'string' && !existsSync(resolve(dirname(path), cover))) {
      problems.push({
        file,
        ...lineOf('cover', 'src'),
        field: 'cover.src',
        problem: msg('cover.noImage', { path: cover }),
        fix: msg('fix.src'),
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
        problem: msg('schema.updatedOrder'),
        fix: fixFor(['updated']),
      });
    }

    const projects = Array.isArray(data['projects']) ? (data['projects'] as unknown[]) : [];
    for (const [index, item] of projects.entries()) {
      const { id, kind, name } = (item ?? {}) as { id?: unknown; kind?: unknown; name?: unknown };
      const missing = found.find(
        (problem) => problem.field === `projects[${index}].id` && id === undefined,
      );
      if (missing) unnamed.push({ problem: missing, name, district });
      if (typeof id !== 'string' || !PROJECT_ID.test(id)) continue;
      named.push({
        file,
        index,
        id,
        district,
        kind,
        name,
        idLine: parsed.lineOf(['projects', index, 'id']),
        kindLine: parsed.lineOf(['projects', index, 'kind']),
      });
    }

    // Duplicates are checked on the raw number, so an issue with other problems is still compared.
    const issue = data['issue'];
    const lang = LANGS.find((known) => known === (data['lang'] ?? defaultLang));
    if (Number.isInteger(issue) && lang) {
      numbered.push({
        file,
        issue: issue as number,
        lang,
        ...lineOf('issue'),
        facts: { district, stats: data['stats'], projects: data['projects'] },
        lineOf,
      });
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
      problem: msg('issue.taken', { number: entry.issue, lang: entry.lang, file: first.file }),
      fix: msg('issue.taken.fix', { next }),
    });
  }

  memo.bodies.save();
  memo.frontmatter.save();
  problems.push(...projectIdProblems(named));
  problems.push(...editionProblems(numbered, defaultLang));
  for (const { problem, name, district } of unnamed) {
    const id = idFor(name, district, named);
    if (id) problem.fix = msg('project.idMissing.fix', { id });
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

/**
 * A project id names one school across the column: never twice in one issue, and always in
 * the same district and of the same kind.
 */
function projectIdProblems(named: readonly NamedProject[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined) => (line ? { line } : {});
  /** The projects seen so far, by id: a column names thousands. */
  const seen = new Map<string, NamedProject[]>();
  for (const project of named) {
    const earlier = seen.get(project.id) ?? [];
    seen.set(project.id, [...earlier, project]);
    const sameIssue = earlier.find((other) => other.file === project.file);
    if (sameIssue) {
      problems.push({
        file: project.file,
        ...at(project.idLine),
        field: `projects[${project.index}].id`,
        problem: msg('project.idTwice', { id: quoted(project.id), index: sameIssue.index }),
        fix: msg('project.idTwice.fix'),
      });
      continue;
    }
    const first = earlier[0];
    if (!first) continue;
    if (project.district !== first.district) {
      problems.push({
        file: project.file,
        ...at(project.idLine),
        field: `projects[${project.index}].id`,
        problem: msg('project.otherDistrict', {
          id: quoted(project.id),
          district: String(first.district),
          file: first.file,
          here: String(project.district),
        }),
        fix: msg('project.otherDistrict.fix'),
      });
    } else if (project.kind !== first.kind) {
      problems.push({
        file: project.file,
        ...at(project.kindLine),
        field: `projects[${project.index}].kind`,
        problem: msg('project.otherKind', {
          id: quoted(project.id),
          kind: String(first.kind),
          file: first.file,
          here: String(project.kind),
        }),
        fix: msg('project.otherKind.fix'),
      });
    }
  }
  return problems;
}

/**
 * The id a project written without one should have: the id another issue gives a project of
 * that name in that district, else one made from the name.
 */
function idFor(
  name: unknown,
  district: unknown,
  named: readonly NamedProject[],
): CheckMessage | undefined {
  if (typeof name !== 'string') return undefined;
  const known = named.find((project) => project.name === name && project.district === district);
  if (known) return msg('project.idFromIssue', { id: known.id, file: known.file });
  const suggested = suggestProjectId(name);
  return suggested ? msg('project.idFromName', { id: suggested }) : undefined;
}

/**
 * Two editions of one issue (one number, two languages) are one report: the site counts it
 * once, from either edition, so they must give the same district, figures and projects. Only
 * the words may differ: names, notes.
 */
function editionProblems(numbered: readonly CheckedIssue[], defaultLang: Lang): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byIssue = Map.groupBy(numbered, (entry) => entry.issue);
  for (const editions of byIssue.values()) {
    const langs = new Set(editions.map((edition) => edition.lang));
    if (langs.size < 2) continue;
    const first =
      editions.find((edition) => edition.lang === defaultLang) ?? (editions[0] as CheckedIssue);
    for (const edition of editions) {
      if (edition.lang === first.lang) continue;
      const differs = (field: 'district' | 'stats' | 'projects') =>
        problems.push({
          file: edition.file,
          ...edition.lineOf(field),
          field,
          problem: msg('edition.differs', { lang: first.lang, file: first.file }),
          fix: msg('edition.differs.fix'),
        });
      if (edition.facts.district !== first.facts.district) differs('district');
      if (!sameFacts(figuresOf(edition.facts.stats), figuresOf(first.facts.stats)))
        differs('stats');
      if (!sameFacts(projectFacts(edition.facts.projects), projectFacts(first.facts.projects)))
        differs('projects');
    }
  }
  return problems;
}

const sameFacts = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An edition's figures without the milestones' notes, which are written in its language. */
function figuresOf(stats: unknown): unknown {
  if (!stats || typeof stats !== 'object') return stats ?? null;
  const { milestones, ...rest } = stats as { milestones?: unknown };
  const figures = Array.isArray(milestones)
    ? milestones.map((milestone: unknown) => {
        if (!milestone || typeof milestone !== 'object') return milestone;
        return sortedKeys(withoutKey(milestone, 'note'));
      })
    : milestones;
  return sortedKeys({ ...rest, ...(figures === undefined ? {} : { milestones: figures }) });
}

/** Each project's facts without its name, in id order. */
function projectFacts(projects: unknown): unknown {
  if (!Array.isArray(projects)) return projects ?? [];
  return projects
    .map((project: unknown) => {
      if (!project || typeof project !== 'object') return project;
      return sortedKeys(withoutKey(project, 'name'));
    })
    .toSorted((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** `value`'s fields but `key`: the words an edition writes in its own language. */
const withoutKey = (value: object, key: string) =>
  Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));

function sortedKeys(value: object): object {
  return Object.fromEntries(
    Object.entries(value)
      .toSorted(([a], [b]) => a.localeCompare(b))
      .map(([key, item]) => [
        key,
        item && typeof item === 'object' && !Array.isArray(item) ? sortedKeys(item) : item,
      ]),
  );
}
