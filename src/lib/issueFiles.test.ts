import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { describedIn } from '../../test/support/messages';
import { describeStrayFile, isIssueFile, ISSUE_FILE_GLOB, readIssueFolder } from './issueFiles';
import { issueFileName, issueSlug } from './scaffold';

describe('isIssueFile', () => {
  test.each([
    '004-hanting.mdx',
    '004-hanting.zh-CN.mdx',
    '004-hanting.en.mdx',
    '004-hanting-zh.mdx',
    '005-qingzhou-opens-12-new-schools.mdx',
    '1000-hanting.mdx',
  ])('accepts %s', (name) => {
    expect(isIssueFile(name)).toBe(true);
  });

  test.each([
    '005-foo.md',
    '005-foo.markdown',
    '005-foo.txt',
    '005-foo.MDX',
    '004-hanting.mdx~',
    '.#004-hanting.mdx',
    '#004-hanting.mdx#',
    '004-hanting.mdx.bak',
    'Copy of 004-hanting.mdx',
    '004-hanting (1).mdx',
    '004-Hanting.mdx',
    '004_hanting.mdx',
    '04-hanting.mdx',
    'hanting.mdx',
    '004-.mdx',
    '004-hanting.fr.mdx',
    '004-hanting.zh-cn.mdx',
    '2022/004-hanting.mdx',
  ])('refuses %s', (name) => {
    expect(isIssueFile(name)).toBe(false);
  });

  test('accepts every name the new-issue command gives', () => {
    const names = [
      issueFileName(5, issueSlug('Qingzhou opens 12 new schools', 'qingzhou', 'en')),
      issueFileName(2, issueSlug('青州新建学校', 'qingzhou', 'zh-CN')),
      issueFileName(1234, issueSlug('2024', 'hanting', 'en')),
    ];
    expect(names.filter((name) => !isIssueFile(name))).toEqual([]);
  });

  test('is the glob the loader is given, with no folder part', () => {
    expect(ISSUE_FILE_GLOB).not.toContain('/');
    expect(ISSUE_FILE_GLOB).toMatch(/\.mdx$/);
  });
});

describe('describeStrayFile', () => {
  /** What is said about `path`, in each language. */
  function described(path: string) {
    const found = describeStrayFile(path);
    if (!found) throw new Error(`${path} is not reported`);
    return describedIn(found);
  }

  const backup = {
    en: {
      problem: 'is a backup or temporary file, not an issue',
      fix: 'close the issue in your editor, then delete this file or move it out of content/issues/',
    },
    'zh-CN': {
      problem: '是备份或临时文件，不是一期报道',
      fix: '先在编辑器中关闭这期报道，再删除这个文件，或把它移出 content/issues/',
    },
  };
  const copy = {
    en: {
      problem: 'is a copy of an issue, and copies are never published',
      fix: 'copy any changes you want to keep into the issue itself, then delete this file',
    },
    'zh-CN': {
      problem: '是某期报道的副本，副本不会发布',
      fix: '把要保留的修改抄进原来那期报道，再删除这个文件',
    },
  };
  const wrongExtension = (name: string) => ({
    en: { problem: 'is not read as an issue: only .mdx files are', fix: `rename it to ${name}` },
    'zh-CN': { problem: '不会当作一期报道读取：只读取 .mdx 文件', fix: `改名为 ${name}` },
  });

  test.each([
    ['004-hanting.mdx~', backup],
    ['.#004-hanting.mdx', backup],
    ['#004-hanting.mdx#', backup],
    ['004-hanting.mdx.bak', backup],
    ['004-hanting.mdx.orig', backup],
    ['.004-hanting.mdx.swp', backup],
    ['004-hanting.mdx.tmp', backup],
    ['Copy of 004-hanting.mdx', copy],
    ['004-hanting (1).mdx', copy],
    ['004-hanting - Copy.mdx', copy],
    ['004-hanting copy 2.mdx', copy],
    ['005-foo.md', wrongExtension('005-foo.mdx')],
    ['005-foo.markdown', wrongExtension('005-foo.mdx')],
    ['005-foo.txt', wrongExtension('005-foo.mdx')],
    ['005-foo.MDX', wrongExtension('005-foo.mdx')],
    ['005-foo.mdx.txt', wrongExtension('005-foo.mdx')],
    ['005-foo.zh-cn.md', wrongExtension('005-foo.zh-CN.mdx')],
  ])('reports %s', (name, expected) => {
    expect(described(name)).toEqual(expected);
  });

  test('suggests the issue name a misnamed .mdx file was meant to have', () => {
    expect(described('004-Hanting_Schools.mdx')).toEqual({
      en: {
        problem: 'is not read as an issue: its name is not NNN-name.mdx',
        fix: 'rename it to 004-hanting-schools.mdx',
      },
      'zh-CN': {
        problem: '不会当作一期报道读取：文件名不是 NNN-name.mdx 的形式',
        fix: '改名为 004-hanting-schools.mdx',
      },
    });
  });

  test('explains the naming rule when no issue name can be guessed', () => {
    expect(described('hanting.mdx')).toEqual({
      en: {
        problem: 'is not read as an issue: its name is not NNN-name.mdx',
        fix: 'rename it to the issue number in three digits, a hyphen and lower-case words joined by hyphens, e.g. 004-hanting.mdx (004-hanting.zh-CN.mdx for a Chinese edition)',
      },
      'zh-CN': {
        problem: '不会当作一期报道读取：文件名不是 NNN-name.mdx 的形式',
        fix: '改名为三位数的期号、连字符，再加用连字符连接的小写拼音或英文单词，如 004-hanting.mdx（中文版写作 004-hanting.zh-CN.mdx）',
      },
    });
  });

  test('sends an issue in a subfolder up to the issues folder', () => {
    expect(described('2022/004-hanting.mdx')).toEqual({
      en: {
        problem: 'is in a subfolder, so it is not read as an issue',
        fix: 'move it to content/issues/004-hanting.mdx',
      },
      'zh-CN': {
        problem: '在子文件夹里，不会当作一期报道读取',
        fix: '移到 content/issues/004-hanting.mdx',
      },
    });
    expect(described('drafts/005-Foo.md')).toMatchObject({
      en: { fix: 'move it to content/issues/005-foo.mdx' },
      'zh-CN': { fix: '移到 content/issues/005-foo.mdx' },
    });
  });

  test('sends a picture to content/images/', () => {
    expect(described('images/cover.JPG')).toEqual({
      en: {
        problem: 'is a picture; only issues belong in content/issues/',
        fix: 'move it to content/images/ and write its path from the issue as ../images/cover.JPG',
      },
      'zh-CN': {
        problem: '是图片；content/issues/ 里只放各期报道',
        fix: '移到 content/images/，在本期中把路径写作 ../images/cover.JPG',
      },
    });
  });

  test('sends any other file out of the folder', () => {
    expect(described('notes.txt')).toEqual({
      en: {
        problem: 'is not an issue; only issues belong in content/issues/',
        fix: 'move it out of content/issues/, or delete it',
      },
      'zh-CN': {
        problem: '不是一期报道；content/issues/ 里只放各期报道',
        fix: '移出 content/issues/，或者删除它',
      },
    });
  });

  test.each(['.DS_Store', '._004-hanting.mdx', 'Thumbs.db', 'desktop.ini', 'Desktop.ini'])(
    'leaves the operating system’s %s alone',
    (name) => {
      expect(describeStrayFile(name)).toBeUndefined();
      expect(describeStrayFile(`images/${name}`)).toBeUndefined();
    },
  );
});

describe('readIssueFolder', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  function folder(files: string[]): string {
    const root = mkdtempSync(join(tmpdir(), 'issue-folder-'));
    roots.push(root);
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    return root;
  }

  test('returns the issues and every other file, subfolders included, without OS files', () => {
    const root = folder([
      '005-kuiwen.mdx',
      '004-hanting.mdx',
      '004-hanting.zh-CN.mdx',
      '004-hanting.md',
      '.DS_Store',
      '2022/003-fangzi.mdx',
      '2022/Thumbs.db',
      'images/cover.png',
    ]);
    const { issues, strays } = readIssueFolder(root);
    expect(issues).toEqual(['004-hanting.mdx', '004-hanting.zh-CN.mdx', '005-kuiwen.mdx']);
    expect(strays.map((stray) => stray.path)).toEqual([
      '004-hanting.md',
      '2022/003-fangzi.mdx',
      'images/cover.png',
    ]);
  });

  test('returns nothing for an empty folder', () => {
    expect(readIssueFolder(folder([]))).toEqual({ issues: [], strays: [] });
  });
});
