import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importedFiles, sourceDigest } from './sourceDigest';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'source-digest-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('importedFiles', () => {
  test('follows relative imports with and without .ts, re-exports and index files', () => {
    const root = project({
      'config.ts': "import { a } from './lib/a';\nimport { z } from 'astro/zod';",
      'lib/a.ts': "export { b } from './b.ts';\nimport type { C } from './c';",
      'lib/b.ts': "import './styles.css';",
      'lib/c/index.ts': 'export type C = 1;',
      'lib/styles.css': 'a {}',
      'lib/unused.ts': 'export const unused = 1;',
    });
    expect(
      importedFiles([join(root, 'config.ts')])
        .map((file) => file.slice(root.length + 1))
        .toSorted(),
    ).toEqual(['config.ts', 'lib/a.ts', 'lib/b.ts', 'lib/c/index.ts', 'lib/styles.css']);
  });

  test('returns each file once when imports form a cycle', () => {
    const root = project({ 'a.ts': "import './b.ts';", 'b.ts': "import './a.ts';" });
    expect(importedFiles([join(root, 'a.ts')])).toHaveLength(2);
  });
});

describe('sourceDigest', () => {
  test('changes when a module imported two steps away changes, and only then', () => {
    const root = project({
      'config.ts': "import './schema.ts';",
      'schema.ts': "import './figures.ts';",
      'figures.ts': 'export const qualifiers = 4;',
      'other.ts': 'export const other = 1;',
    });
    const before = sourceDigest([join(root, 'config.ts')]);
    writeFileSync(join(root, 'other.ts'), 'export const other = 2;');
    expect(sourceDigest([join(root, 'config.ts')])).toBe(before);
    writeFileSync(join(root, 'figures.ts'), 'export const qualifiers = 5;');
    expect(sourceDigest([join(root, 'config.ts')])).not.toBe(before);
  });

  test('covers the extra files it is given', () => {
    const root = project({ 'a.ts': '', 'lock.json': '{}' });
    const before = sourceDigest([join(root, 'a.ts')], [join(root, 'lock.json')]);
    writeFileSync(join(root, 'lock.json'), '{"v":2}');
    expect(sourceDigest([join(root, 'a.ts')], [join(root, 'lock.json')])).not.toBe(before);
  });
});
