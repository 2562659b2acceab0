/**
 * The digest of a module and every module it imports from the project (relative imports,
 * followed to the end), so a cache keyed by it is dropped whenever any of that code changes —
 * not only the files someone remembered to list.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Static imports and re-exports of a relative path: `from './x.ts'`, `import './x.css'`.
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The file `specifier` names from `file`: as written, else with `.ts`, else its `index.ts`. */
function resolveImport(file: string, specifier: string): string | undefined {
  const base = resolve(dirname(file), specifier);
  return [base, `${base}.ts`, resolve(base, 'index.ts')].find((candidate) =>
    statSync(candidate, { throwIfNoEntry: false })?.isFile(),
  );
}

/** Every project file `entries` reach through relative imports, entries first, each once. */
export function importedFiles(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(?:[mc]?[jt]s)$/.test(file)) continue;
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const imported = resolveImport(file, specifier);
      if (imported) queue.push(imported);
    }
  }
  return [...seen];
}

/** The digest of `entries`, everything they import from the project, and `extra` files. */
export function sourceDigest(entries: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const file of [...importedFiles(entries), ...extra.map((each) => resolve(each))]) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
