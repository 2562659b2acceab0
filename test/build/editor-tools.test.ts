/**
 * The editors' command-line tools, run as real processes the way `npm run new` and
 * `npm run validate` run them: from the project root, with COLUMN_CONTENT_DIR pointing at a
 * temporary copy of a content folder so nothing under content/ or test/fixtures/ changes.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/contentFile';
import { calendarDateIn } from '../../src/lib/issues';
import { BAD_CONTENT_DIR, BAD_CONTENT_PROBLEMS } from '../support/badContent';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { fixtureContent, projectRoot } from '../support/paths';
import { REAL_CONTENT, realDistricts, realIssueFiles } from '../support/realColumn';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

type Script = 'scripts/new-issue.ts' | 'scripts/validate.ts';

/**
 * Runs an editor script with the project's Node, from the project root, on `contentDir`, with
 * `env` added to the environment.
 */
function run(
  script: Script,
  args: string[],
  contentDir: string,
  env: Record<string, string> = {},
): Promise<Run> {
  // Vitest's own variables and any build settings of the caller stay out of the child.
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(VITEST|COLUMN_|SITE_)/.test(name),
  );
  const child = spawn(process.execPath, [script, ...args], {
    cwd: projectRoot,
    env: {
      ...Object.fromEntries(inherited),
      NO_COLOR: '1',
      COLUMN_CONTENT_DIR: contentDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolveRun, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolveRun({ code: code ?? (signal ? 128 : 1), stdout, stderr }),
    );
  });
}

const newIssue = (contentDir: string, ...args: string[]) =>
  run('scripts/new-issue.ts', args, contentDir);
const validate = (contentDir: string, ...args: string[]) =>
  run('scripts/validate.ts', args, contentDir);

const copies: string[] = [];

/** A fresh copy of a content folder in the system's temporary folder. */
function copyContent(from: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'editor-tools-')));
  cpSync(from, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const DISTRICT_IDS = realDistricts().map((district) => district.id);

/**
 * A copy of the real column with issue 4 as its only issue: the real settings and districts,
 * and issue numbers that stay the same as more issues are published.
 */
function copyRealColumnAtIssue4(): string {
  const content = copyContent(REAL_CONTENT);
  for (const file of realIssueFiles())
    if (file !== '004-hanting.mdx') rmSync(join(content, 'issues', file));
  return content;
}

/** How a path is shown by the tools: relative to the project root they run from. */
const shown = (path: string) => relative(projectRoot, path);
const issueFiles = (contentDir: string) => readdirSync(join(contentDir, 'issues')).toSorted();
const frontmatterOf = (path: string): Record<string, unknown> => {
  const parts = splitFrontmatter(readFileSync(path, 'utf8'));
  if (!parts) throw new Error(`${path} has no frontmatter`);
  return parse(parts.frontmatter) as Record<string, unknown>;
};
const validSummary = (issues: number) =>
  `Content is valid: ${issues} issue${issues === 1 ? '' : 's'} and ${DISTRICT_IDS.length} districts checked.`;

describe('npm run new', () => {
  test('writes the next free number with today’s date as a draft, and prints the path', async () => {
    const content = copyRealColumnAtIssue4();
    expect(issueFiles(content)).toEqual(['004-hanting.mdx']);
    const before = calendarDateIn(new Date());
    const result = await newIssue(content, '--district', 'qingzhou', '--title', 'Test');
    const after = calendarDateIn(new Date());

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const written = join(content, 'issues', '005-test.mdx');
    expect(result.stdout.trim()).toBe(shown(written));
    expect(issueFiles(content)).toEqual(['004-hanting.mdx', '005-test.mdx']);

    const data = frontmatterOf(written);
    expect(data).toMatchObject({
      title: 'Test',
      issue: 5,
      district: 'qingzhou',
      lang: 'en',
      draft: true,
      author: 'Weifang Education Release',
    });
    expect([before, after]).toContain(data['published']);

    const check = await validate(content);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout.trim()).toBe(validSummary(2));
  });

  test('reads districts and issues saved on Windows (byte-order mark, CRLF line endings)', async () => {
    const content = copyRealColumnAtIssue4();
    for (const file of ['districts.yaml', 'column.yaml', 'issues/004-hanting.mdx']) {
      const path = join(content, file);
      writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
    }
    const result = await newIssue(content, '--district', 'qingzhou', '--title', 'Test');

    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(shown(join(content, 'issues', '005-test.mdx')));
    const check = await validate(content);
    expect(check.stderr).toBe('');
    expect(check.stdout.trim()).toBe(validSummary(2));
  });

  test('gives a second run the next number instead of overwriting the first', async () => {
    const content = copyRealColumnAtIssue4();
    const first = await newIssue(content, '--district', 'qingzhou', '--title', 'Test');
    const firstText = readFileSync(join(content, 'issues', '005-test.mdx'), 'utf8');
    const second = await newIssue(content, '--district', 'qingzhou', '--title', 'Test');

    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.stdout.trim()).toBe(shown(join(content, 'issues', '006-test.mdx')));
    expect(issueFiles(content)).toEqual(['004-hanting.mdx', '005-test.mdx', '006-test.mdx']);
    expect(readFileSync(join(content, 'issues', '005-test.mdx'), 'utf8')).toBe(firstText);
    expect(frontmatterOf(join(content, 'issues', '006-test.mdx'))['issue']).toBe(6);
    expect((await validate(content)).code).toBe(0);
  });

  test('refuses with exit 1 and writes nothing when the target file already exists', async () => {
    const content = copyRealColumnAtIssue4();
    // A file without frontmatter takes no number, so 5 is next and its name is taken.
    const target = join(content, 'issues', '005-test.mdx');
    writeFileSync(target, 'an unfinished note\n');

    const result = await newIssue(content, '--district', 'qingzhou', '--title', 'Test');

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      `npm run new: ${shown(target)} already exists — nothing was written`,
    );
    expect(readFileSync(target, 'utf8')).toBe('an unfinished note\n');
    expect(issueFiles(content)).toEqual(['004-hanting.mdx', '005-test.mdx']);
  });

  test('refuses an unknown district with exit 1 and lists the valid ids', async () => {
    const content = copyRealColumnAtIssue4();
    const result = await newIssue(content, '--district', 'atlantis', '--title', 'Test');

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      `npm run new: unknown district "atlantis" — use one of: ${DISTRICT_IDS.join(', ')}`,
    );
    expect(issueFiles(content)).toEqual(['004-hanting.mdx']);
  });

  test('refuses a missing district with exit 1 and lists the valid ids', async () => {
    const content = copyRealColumnAtIssue4();
    const result = await newIssue(content, '--title', 'Test');

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--district is required');
    for (const id of DISTRICT_IDS) expect(result.stderr).toContain(id);
    expect(issueFiles(content)).toEqual(['004-hanting.mdx']);
  });

  test('refuses an unknown language with exit 1 and lists the languages', async () => {
    const content = copyRealColumnAtIssue4();
    const result = await newIssue(content, '--district', 'hanting', '--lang', 'fr');

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('npm run new: unknown language "fr" — use one of: en, zh-CN');
    expect(issueFiles(content)).toEqual(['004-hanting.mdx']);
  });

  test('refuses with exit 1 and the content check’s words when column.yaml is wrong', async () => {
    const content = copyRealColumnAtIssue4();
    const column = join(content, 'column.yaml');
    writeFileSync(
      column,
      readFileSync(column, 'utf8').replace(/^defaultLang: .*$/m, 'defaultLang: fr'),
    );
    const line = readFileSync(column, 'utf8').split('\n').indexOf('defaultLang: fr') + 1;

    const result = await newIssue(content, '--district', 'hanting');

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'npm run new: fix these first (npm run validate lists every problem):',
      `${shown(column)}:${line} defaultLang: "fr" is not an allowed value — use one of: en, zh-CN`,
    ]);
    expect(issueFiles(content)).toEqual(['004-hanting.mdx']);
  });

  test('writes a Chinese issue as the next number in either language, named after the district', async () => {
    const content = copyRealColumnAtIssue4();
    const result = await newIssue(
      content,
      '--district',
      'hanting',
      '--lang',
      'zh-CN',
      '--title',
      '寒亭区新建学校',
    );

    expect(result.code).toBe(0);
    // Issue 4 is English: a new Chinese report is 5, not 1, which would be an edition of issue 1.
    const written = join(content, 'issues', '005-hanting-zh.mdx');
    expect(result.stdout.trim()).toBe(shown(written));
    expect(frontmatterOf(written)).toMatchObject({
      title: '寒亭区新建学校',
      issue: 5,
      district: 'hanting',
      lang: 'zh-CN',
      author: '潍坊教育发布',
      draft: true,
    });

    const check = await validate(content);
    expect(check.code).toBe(0);
    expect(check.stdout.trim()).toBe(validSummary(2));
  });

  test('numbers a Chinese issue after the highest Chinese number only', async () => {
    const content = copyContent(fixtureContent('zh'));
    const result = await newIssue(content, '--district', 'harbour', '--lang', 'zh-CN');

    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(shown(join(content, 'issues', '002-harbour-zh.mdx')));
  });
});

describe('npm run new, speaking Chinese', () => {
  test('refuses an unknown district in Chinese when the issue is to be Chinese', async () => {
    const content = copyRealColumnAtIssue4();
    const result = await newIssue(content, '--district', 'atlantis', '--lang', 'zh-CN');

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `npm run new: 没有这个县市区：“atlantis” — 改用以下之一：${DISTRICT_IDS.join('、')}`,
    );
    expect(issueFiles(content)).toEqual(['004-hanting.mdx']);
  });

  test('asks for the district in Chinese, listing the ids', async () => {
    const content = copyRealColumnAtIssue4();
    const result = await newIssue(content, '--lang', 'zh-CN');

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `npm run new: 缺少 --district — 填以下之一：${DISTRICT_IDS.join('、')}`,
    );
  });

  test('refuses in Chinese to overwrite a file', async () => {
    const content = copyRealColumnAtIssue4();
    const target = join(content, 'issues', '005-hanting-zh.mdx');
    writeFileSync(target, 'an unfinished note\n');
    const result = await newIssue(content, '--district', 'hanting', '--lang', 'zh-CN');

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`npm run new: ${shown(target)} 已存在 — 没有写入任何内容`);
    expect(readFileSync(target, 'utf8')).toBe('an unfinished note\n');
  });

  test('lists the column’s problems in Chinese', async () => {
    const content = copyRealColumnAtIssue4();
    const column = join(content, 'column.yaml');
    writeFileSync(
      column,
      readFileSync(column, 'utf8').replace(/^defaultLang: .*$/m, 'defaultLang: fr'),
    );
    const line = readFileSync(column, 'utf8').split('\n').indexOf('defaultLang: fr') + 1;
    const result = await newIssue(content, '--district', 'hanting', '--lang', 'zh-CN');

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'npm run new: 请先改正以下问题（npm run validate 会列出全部问题）：',
      `${shown(column)}:${line} defaultLang: “fr”不是允许的值 — 改用以下之一：en、zh-CN`,
    ]);
  });

  test('refuses an unknown option with the usage, in Chinese when COLUMN_MESSAGES_LANG asks', async () => {
    const content = copyRealColumnAtIssue4();
    // Options that cannot be read do not say the issue's language: the column's speaks.
    const english = await newIssue(content, '--distrct', 'hanting', '--lang', 'zh-CN');
    const chinese = await run('scripts/new-issue.ts', ['--distrct', 'hanting'], content, {
      COLUMN_MESSAGES_LANG: 'zh-CN',
    });

    expect(english.code).toBe(1);
    expect(english.stderr).toContain(
      ' — usage: npm run new -- --district <id> [--title "…"] [--lang zh-CN]',
    );
    expect(chinese.code).toBe(1);
    expect(chinese.stderr.trim()).toBe(
      'npm run new: 没有这个选项 — 用法：npm run new -- --district <id> [--title "…"] [--lang zh-CN]',
    );
  });

  test('refuses an unknown language in Chinese when COLUMN_MESSAGES_LANG asks', async () => {
    const content = copyRealColumnAtIssue4();
    const result = await run(
      'scripts/new-issue.ts',
      ['--district', 'hanting', '--lang', 'fr'],
      content,
      { COLUMN_MESSAGES_LANG: 'zh-CN' },
    );

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('npm run new: 没有这种语言：“fr” — 改用以下之一：en、zh-CN');
  });

  test('speaks English for a Chinese issue when COLUMN_MESSAGES_LANG asks for it', async () => {
    const content = copyRealColumnAtIssue4();
    const result = await run(
      'scripts/new-issue.ts',
      ['--district', 'atlantis', '--lang', 'zh-CN'],
      content,
      { COLUMN_MESSAGES_LANG: 'en' },
    );

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `npm run new: unknown district "atlantis" — use one of: ${DISTRICT_IDS.join(', ')}`,
    );
  });
});

describe('npm run validate', () => {
  test('reports a stat written in words at its line, with the summary, and exits 1', async () => {
    const content = copyRealColumnAtIssue4();
    const file = join(content, 'issues', '004-hanting.mdx');
    const lines = readFileSync(file, 'utf8').split('\n');
    const statsIndex = lines.indexOf('stats:');
    expect(statsIndex).toBeGreaterThan(0);
    lines.splice(statsIndex + 1, 0, '  newPlaces: "about 600"');
    writeFileSync(file, lines.join('\n'));
    // The inserted line is the one after `stats:`; lines count from 1.
    const line = statsIndex + 2;

    const result = await validate(content);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const output = result.stderr.split('\n').map((text) => text.trimEnd());
    expect(output).toContain(
      `${shown(file)}:${line} stats.newPlaces: expected a whole number, got "about 600" — write the number and the source’s qualifier apart: { value: 600, qualifier: about }`,
    );
    expect(output).toContain(
      `1 problem in ${shown(content)}/ — fix them and run npm run validate again.`,
    );
  });

  test('lists every problem of the bad fixture, one line each, and exits 1', async () => {
    const result = await run('scripts/validate.ts', [], BAD_CONTENT_DIR);
    const output = result.stderr.split('\n').map((text) => text.trimEnd());
    const problems = output.filter((text) => text.startsWith(`${BAD_CONTENT_DIR}/`));
    const expected = Object.values(BAD_CONTENT_PROBLEMS).map((line) => line.en);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(problems.toSorted()).toEqual(expected.toSorted());
    expect(output).toContain(
      `${expected.length} problems in ${BAD_CONTENT_DIR}/ — fix them and run npm run validate again.`,
    );
  });

  test('passes the real content with its summary line', async () => {
    const result = await validate(copyContent(REAL_CONTENT));
    const issues = realIssueFiles().length;
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(validSummary(issues));
  });
});

describe('a fresh scaffold with draft set to false', () => {
  let content: string;
  let number: number;
  let site: BuildResult;

  beforeAll(async () => {
    content = copyRealColumnAtIssue4();
    const result = await newIssue(content, '--district', 'qingzhou', '--title', 'Scaffold build');
    if (result.code !== 0) throw new Error(`npm run new failed:\n${result.stderr}`);
    const file = join(projectRoot, result.stdout.trim());
    number = Number(frontmatterOf(file)['issue']);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true$/m, 'draft: false'));
    site = await buildSite({ name: 'scaffold-build', contentDir: content });
  });

  test('passes the content check', async () => {
    const result = await validate(content);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  test('builds, with a page for the new issue', () => {
    expectBuilt(site);
    expect(number).toBe(5);
    expect(existsSync(join(site.outDir, 'issues', String(number), 'index.html'))).toBe(true);
    expect(
      readFileSync(join(site.outDir, 'issues', String(number), 'index.html'), 'utf8'),
    ).toContain('Scaffold build');
  });
});

describe('npm run validate, speaking Chinese', () => {
  const BAD_ZH = Object.values(BAD_CONTENT_PROBLEMS).map((line) => line['zh-CN']);
  const BAD_EN = Object.values(BAD_CONTENT_PROBLEMS).map((line) => line.en);
  /** The problem lines and the rest of what validate wrote to stderr. */
  const split = (result: Run) => {
    const output = result.stderr.split('\n').map((text) => text.trimEnd());
    return {
      problems: output.filter((text) => text.startsWith(`${BAD_CONTENT_DIR}/`)).toSorted(),
      output,
    };
  };

  test('lists every problem of the bad fixture in Chinese with --lang zh-CN, and exits 1', async () => {
    const result = await validate(BAD_CONTENT_DIR, '--lang', 'zh-CN');
    const { problems, output } = split(result);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(problems).toEqual(BAD_ZH.toSorted());
    expect(output).toContain(
      `内容目录 ${BAD_CONTENT_DIR}/ 中有 ${BAD_ZH.length} 处问题，改正后再运行一次 npm run validate。`,
    );
  });

  test('speaks the column’s language when no language is asked for, and --lang en overrides it', async () => {
    const content = copyContent(join(projectRoot, BAD_CONTENT_DIR));
    const column = join(content, 'column.yaml');
    writeFileSync(
      column,
      readFileSync(column, 'utf8').replace(/^defaultLang: en$/m, 'defaultLang: zh-CN'),
    );
    // The fixture's one English issue without `lang` now counts as Chinese: fewer duplicates.
    const chinese = await validate(content);
    const english = await validate(content, '--lang', 'en');

    expect(chinese.code).toBe(1);
    expect(chinese.stderr).toContain('处问题，改正后再运行一次 npm run validate。');
    expect(chinese.stderr).toContain(
      'stats.newPlaces: 应为整数，现在是“about 600” — 把数字和来源的限定词分开写：{ value: 600, qualifier: about }',
    );
    expect(english.code).toBe(1);
    expect(english.stderr).toContain(
      'stats.newPlaces: expected a whole number, got "about 600" — write the number and the source’s qualifier apart: { value: 600, qualifier: about }',
    );
    expect(english.stderr).not.toMatch(/\p{Script=Han}{2}.* — /u);
  });

  test('speaks COLUMN_MESSAGES_LANG’s language, and --lang overrides it', async () => {
    const env = { COLUMN_MESSAGES_LANG: 'zh-CN' };
    const chinese = await run('scripts/validate.ts', [], BAD_CONTENT_DIR, env);
    const english = await run('scripts/validate.ts', ['--lang', 'en'], BAD_CONTENT_DIR, env);

    expect(split(chinese).problems).toEqual(BAD_ZH.toSorted());
    expect(split(english).problems).toEqual(BAD_EN.toSorted());
  });

  test('passes the real content with its summary in Chinese', async () => {
    const result = await validate(copyContent(REAL_CONTENT), '--lang', 'zh-CN');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(
      `内容无误：已检查 ${realIssueFiles().length} 期、${DISTRICT_IDS.length} 个县市区。`,
    );
  });

  test('refuses an unknown language with exit 2, naming the languages', async () => {
    const result = await validate(BAD_CONTENT_DIR, '--lang', 'fr');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      'npm run validate: unknown language "fr" — use one of: en, zh-CN',
    );
  });

  test('refuses an unknown option with exit 2 and the usage, in the language asked for', async () => {
    const result = await run('scripts/validate.ts', ['--langs', 'zh-CN'], BAD_CONTENT_DIR, {
      COLUMN_MESSAGES_LANG: 'zh-CN',
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'npm run validate: 没有这个选项 — 用法：npm run validate -- [--lang en|zh-CN]',
    );
  });

  test('refuses an unknown COLUMN_MESSAGES_LANG with exit 2', async () => {
    const result = await run('scripts/validate.ts', [], BAD_CONTENT_DIR, {
      COLUMN_MESSAGES_LANG: 'zh',
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'npm run validate: COLUMN_MESSAGES_LANG: "zh" is not a language of the column — set it to one of: en, zh-CN',
    );
  });
});
