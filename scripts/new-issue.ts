/**
 * npm run new -- --district <id> [--title "…"] [--lang zh-CN]
 *
 * Creates content/issues/NNN-slug.mdx with the next free issue number, today's date and
 * `draft: true`, and prints its path. Never overwrites a file.
 *
 * It speaks COLUMN_MESSAGES_LANG's language when that is set, else the new issue's (an editor
 * writing a Chinese issue reads Chinese), else the column's.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import {
  argError,
  msg,
  parseLang,
  quoted,
  renderMessage,
  type CheckMessage,
} from '../src/i18n/checks.ts';
import { readBuildEnv } from '../src/lib/buildEnv.ts';
import {
  ColumnConfigError,
  messagesLang,
  readColumn,
  readDistricts,
} from '../src/lib/columnConfig.ts';
import { formatProblem } from '../src/lib/contentProblem.ts';
import { readContentFile, splitFrontmatter } from '../src/lib/contentFile.ts';
import { isIssueFile } from '../src/lib/issueFiles.ts';
import { calendarDateIn } from '../src/lib/issues.ts';
import { issueFileName, issueSlug, nextIssueNumber, renderIssue } from '../src/lib/scaffold.ts';
import { LANGS, type Lang } from '../src/lib/schema.ts';

function readEnv() {
  try {
    return readBuildEnv();
  } catch (error) {
    // A wrong setting, COLUMN_MESSAGES_LANG perhaps: there is no language to speak but English.
    console.error(`npm run new: ${(error as Error).message}`);
    return process.exit(1);
  }
}

const { contentDir, messagesLang: langAsked } = readEnv();

/** The language of the messages; once the options are read, the new issue's language counts too. */
let speak = messagesLang(contentDir, langAsked);

function fail(message: CheckMessage, ...details: string[]): never {
  console.error([`npm run new: ${renderMessage(speak, message)}`, ...details].join('\n'));
  process.exit(1);
}

const USAGE = 'npm run new -- --district <id> [--title "…"] [--lang zh-CN]';

function readOptions() {
  try {
    return parseArgs({
      options: {
        district: { type: 'string' },
        title: { type: 'string' },
        lang: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return fail(msg('cli.usage', { error: argError(error as Error), usage: USAGE }));
  }
}

const values = readOptions();
speak = messagesLang(
  contentDir,
  langAsked,
  values.lang === undefined ? undefined : parseLang(values.lang),
);

function readConfig() {
  try {
    return { column: readColumn(contentDir), districts: readDistricts(contentDir) };
  } catch (error) {
    if (!(error instanceof ColumnConfigError)) throw error;
    return fail(
      msg('new.fixFirst'),
      ...error.problems.map((problem) => formatProblem(problem, speak)),
    );
  }
}

const { column, districts } = readConfig();
const validIds = districts.map((district) => district.id);

if (!values.district) fail(msg('new.districtRequired', { ids: validIds }));
const district = districts.find((item) => item.id === values.district);
if (!district) fail(msg('new.unknownDistrict', { id: quoted(values.district), ids: validIds }));
const lang = parseLang(values.lang ?? column.defaultLang);
if (!lang) fail(msg('cli.unknownLang', { lang: quoted(values.lang ?? ''), langs: LANGS }));

const issuesDir = join(contentDir, 'issues');
const existing = readdirSync(issuesDir)
  .filter(isIssueFile)
  .flatMap((name) => {
    const frontmatter = splitFrontmatter(readContentFile(join(issuesDir, name)))?.frontmatter;
    try {
      const data = parse(frontmatter ?? '') as { issue?: unknown; lang?: unknown } | null;
      return typeof data?.issue === 'number'
        ? [{ issue: data.issue, lang: (data.lang ?? column.defaultLang) as Lang }]
        : [];
    } catch {
      // A broken file is `npm run validate`'s to report; it just does not take a number here.
      return [];
    }
  });

const number = nextIssueNumber(existing);
const path = join(issuesDir, issueFileName(number, issueSlug(values.title, district.id, lang)));
if (existsSync(path)) fail(msg('new.exists', { file: relative(process.cwd(), path) }));

// Today in the column's time zone, the same calendar the publication rule uses.
const isoToday = calendarDateIn(new Date());
const zh = lang === 'zh-CN';
writeFileSync(
  path,
  renderIssue({
    number,
    districtId: district.id,
    districtName: zh ? district.name.zh : district.name.en,
    lang,
    title: values.title,
    today: isoToday,
    author: zh ? column.publisher.zh : column.publisher.en,
  }),
  { flag: 'wx' },
);
console.log(relative(process.cwd(), path));
