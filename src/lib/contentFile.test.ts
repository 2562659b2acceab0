import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentFile } from './contentFile';

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
