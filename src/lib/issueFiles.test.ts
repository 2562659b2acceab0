import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
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
  const backup = {
    problem: 'is a backup or temporary file, not an issue',
    fix: 'close the issue in your editor, then delete this file or move it out of content/issues/',
  };
  const copy = {
    problem: 'is a copy of an issue, and copies are never published',
    fix: 'copy any changes you want to keep into the issue itself, then delete this file',
  };
  const wrongExtension = (name: string) => ({
    problem: 'is not read as an issue: only .mdx files are',
    fix: `rename it to ${name}`,
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
    expect(describeStrayFile(name)).toEqual(expected);
  });

  test('suggests the issue name a misnamed .mdx file was meant to have', () => {
    expect(describeStrayFile('004-Hanting_Schools.mdx')).toEqual({
      problem: 'is not read as an issue: its name is not NNN-name.mdx',
      fix: 'rename it to 004-hanting-schools.mdx',
    });
  });

  test('explains the naming rule when no issue name can be guessed', () => {
    expect(describeStrayFile('hanting.mdx')).toEqual({
      problem: 'is not read as an issue: its name is not NNN-name.mdx',
      fix: 'rename it to the issue number in three digits, a hyphen and lower-case words joined by hyphens, e.g. 004-hanting.mdx (004-hanting.zh-CN.mdx for a Chinese edition)',
    });
  });

  test('sends an issue in a subfolder up to the issues folder', () => {
    expect(describeStrayFile('2022/004-hanting.mdx')).toEqual({
      problem: 'is in a subfolder, so it is not read as an issue',
      fix: 'move it to content/issues/004-hanting.mdx',
    });
    expect(describeStrayFile('drafts/005-Foo.md')?.fix).toBe(
      'move it to content/issues/005-foo.mdx',
    );
  });

  test('sends a picture to content/images/', () => {
    expect(describeStrayFile('images/cover.JPG')).toEqual({
      problem: 'is a picture; only issues belong in content/issues/',
      fix: 'move it to content/images/ and write its path from the issue as ../images/cover.JPG',
    });
  });

  test('sends any other file out of the folder', () => {
    expect(describeStrayFile('notes.txt')).toEqual({
      problem: 'is not an issue; only issues belong in content/issues/',
      fix: 'move it out of content/issues/, or delete it',
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
