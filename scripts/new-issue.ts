/**
 * npm run new -- --district <id> [--title "…"] [--lang zh-CN]
 *
 * Creates content/issues/NNN-slug.mdx with the next free issue number, today's date and
 * `draft: true`, and prints its path. Never overwrites a file.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readBuildEnv } from '../src/lib/buildEnv.ts';
import { ColumnConfigError, readColumn, readDistricts } from '../src/lib/columnConfig.ts';
import { readContentFile, splitFrontmatter } from '../src/lib/contentFile.ts';
import { isIssueFile } from '../src/lib/issueFiles.ts';
import { calendarDateIn } from '../src/lib/issues.ts';
import { issueFileName, issueSlug, nextIssueNumber, renderIssue } from '../src/lib/scaffold.ts';
import { LANGS, type Lang } from '../src/lib/schema.ts';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
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
    return fail(`${(error as Error).message} — usage: ${USAGE}`);
  }
}

const values = readOptions();

const { contentDir } = readBuildEnv();

function readConfig() {
  try {
    return { column: readColumn(contentDir), districts: readDistricts(contentDir) };
  } catch (error) {
    if (!(error instanceof ColumnConfigError)) throw error;
    return fail(`fix these first (npm run validate lists every problem):\n${error.message}`);
  }
}

const { column, districts } = readConfig();
const validIds = districts.map((district) => district.id).join(', ');

if (!values.district) fail(`--district is required — use one of: ${validIds}`);
const district = districts.find((item) => item.id === values.district);
if (!district) fail(`unknown district "${values.district}" — use one of: ${validIds}`);
const lang = LANGS.find((known) => known === (values.lang ?? column.defaultLang));
if (!lang) fail(`unknown language "${values.lang}" — use one of: ${LANGS.join(', ')}`);

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

const number = nextIssueNumber(existing, lang);
const path = join(issuesDir, issueFileName(number, issueSlug(values.title, district.id, lang)));
if (existsSync(path)) fail(`${relative(process.cwd(), path)} already exists — nothing was written`);

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
