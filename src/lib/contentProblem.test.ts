import { describe, expect, test } from 'vitest';
import { msg } from '../i18n/checks';
import { formatProblem, type ContentProblem } from './contentProblem';

const EMPTY_TITLE: ContentProblem = {
  file: 'content/x.mdx',
  line: 3,
  field: 'title',
  problem: msg('schema.empty'),
  fix: msg('fix.title'),
};

describe('formatProblem', () => {
  test('returns file:line field: problem — fix in the language asked for', () => {
    expect(formatProblem(EMPTY_TITLE, 'en')).toBe(
      'content/x.mdx:3 title: is empty — write a headline of at most 120 characters',
    );
    expect(formatProblem(EMPTY_TITLE, 'zh-CN')).toBe(
      'content/x.mdx:3 title: 内容为空 — 写标题，不超过 120 个字符',
    );
  });

  test('keeps the ASCII separators in Chinese, so a line reads the same way in both', () => {
    const shape = /^(\S+):(\d+) ([\w.[\]]+): (.+) — (.+)$/;
    const [, ...en] = shape.exec(formatProblem(EMPTY_TITLE, 'en')) ?? [];
    const [, ...zh] = shape.exec(formatProblem(EMPTY_TITLE, 'zh-CN')) ?? [];
    expect(zh.slice(0, 3)).toEqual(['content/x.mdx', '3', 'title']);
    expect(zh.slice(0, 3)).toEqual(en.slice(0, 3));
    expect(zh[3]).toBe('内容为空');
  });

  test('leaves the line out when there is none', () => {
    const missing: ContentProblem = {
      file: 'content/column.yaml',
      field: 'file',
      problem: msg('yaml.missing'),
      fix: msg('yaml.missing.fix'),
    };
    expect(formatProblem(missing, 'en')).toBe(
      'content/column.yaml file: is missing — restore it from git',
    );
    expect(formatProblem(missing, 'zh-CN')).toBe(
      'content/column.yaml file: 缺少这个文件 — 用 git 恢复这个文件',
    );
  });
});
