/**
 * The `bad` fixture: every problem an editor can make, from a wrong field to an issue saved
 * as `.md`, a backup beside an issue or unsafe markup in an article. The build must list
 * every problem at once, one exact line each (test/support/badContent.ts), exit non-zero
 * and leave no page behind: in the column's language (English), and in Chinese when
 * COLUMN_MESSAGES_LANG asks for it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/langs';
import {
  BAD_CONTENT_DIR,
  BAD_CONTENT_OS_FILES,
  BAD_CONTENT_PROBLEMS,
  PROBLEM_LINE,
} from '../support/badContent';
import { buildSite, type BuildResult } from '../support/build';
import { listFiles } from '../support/html';
import { fixtureContent, projectRoot } from '../support/paths';

const COUNT = Object.keys(BAD_CONTENT_PROBLEMS).length;

describe.each([
  {
    lang: 'en' as Lang,
    name: 'bad',
    env: {},
    heading: `${COUNT} content problems; nothing was built:`,
  },
  {
    lang: 'zh-CN' as Lang,
    name: 'bad-zh',
    env: { COLUMN_MESSAGES_LANG: 'zh-CN' },
    heading: `内容有 ${COUNT} 处问题，网站没有生成：`,
  },
])('a build of content with problems, messages in $lang', ({ lang, name, env, heading }) => {
  const expected = Object.values(BAD_CONTENT_PROBLEMS).map((line) => line[lang]);
  let build: BuildResult;
  let lines: string[];
  /** The lines after the heading, as many as there should be problems. */
  let listed: string[];

  beforeAll(async () => {
    build = await buildSite({ name, contentDir: fixtureContent('bad'), env });
    lines = `${build.stdout}\n${build.stderr}`.split(/\r?\n/).map((line) => line.trimEnd());
    const start = lines.indexOf(heading);
    listed = start === -1 ? [] : lines.slice(start + 1, start + 1 + expected.length);
  });

  it('fails', () => {
    expect(build.exitCode).not.toBe(0);
  });

  it('writes no page', () => {
    expect(listFiles(build.outDir).filter((file) => file.endsWith('.html'))).toEqual([]);
  });

  it('announces how many problems there are, then lists exactly those, one per line', () => {
    expect(lines).toContain(heading);
    expect(listed.filter((line) => !PROBLEM_LINE.test(line))).toEqual([]);
    expect(listed.toSorted()).toEqual(expected.toSorted());
  });

  it.each(Object.entries(BAD_CONTENT_PROBLEMS))('reports %s in one exact line', (_, line) => {
    expect(listed).toContain(line[lang]);
  });

  it("says nothing about the operating system's own files", () => {
    for (const file of BAD_CONTENT_OS_FILES) {
      expect(existsSync(join(projectRoot, BAD_CONTENT_DIR, 'issues', file))).toBe(true);
      expect(lines.filter((line) => line.includes(file))).toEqual([]);
    }
  });
});
