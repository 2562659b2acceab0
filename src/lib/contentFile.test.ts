import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentFile, splitFrontmatter } from './contentFile';

const dir = mkdtempSync(join(tmpdir(), 'content-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function saved(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readContentFile', () => {
  test('returns the text without a leading byte-order mark, line endings untouched', () => {
    expect(readContentFile(saved('bom.yaml', '\uFEFF- id: hanting\r\n'))).toBe('- id: hanting\r\n');
  });

  test('returns a file without a byte-order mark unchanged, including one later in the text', () => {
    expect(readContentFile(saved('plain.mdx', '---\ntitle: a\uFEFFb\n'))).toBe(
      '---\ntitle: a\uFEFFb\n',
    );
  });
});

describe('splitFrontmatter', () => {
  test('returns the frontmatter, the body and the line the body starts on', () => {
    expect(splitFrontmatter('---\ntitle: a\nissue: 4\n---\n\nText.\n')).toEqual({
      frontmatter: 'title: a\nissue: 4',
      body: '\nText.\n',
      bodyStartLine: 5,
    });
  });

  test('returns the same parts for a file with CRLF line endings', () => {
    expect(splitFrontmatter('---\r\ntitle: a\r\n---\r\nText.\r\n')).toEqual({
      frontmatter: 'title: a',
      body: 'Text.\r\n',
      bodyStartLine: 4,
    });
  });

  test('returns an empty body when the file ends at the closing line', () => {
    expect(splitFrontmatter('---\ntitle: a\n---')).toEqual({
      frontmatter: 'title: a',
      body: '',
      bodyStartLine: 3,
    });
  });

  test('returns undefined when the file does not start with a --- line or never closes it', () => {
    expect(splitFrontmatter('title: a\n---\n')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: a\n')).toBeUndefined();
    expect(splitFrontmatter('an unfinished note\n')).toBeUndefined();
  });
});
