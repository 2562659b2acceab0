/**
 * The direction data flows in, checked over the import graph of src/ (type-only imports
 * included: they tie modules together for a reader as much as value imports do).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const SRC = resolve(import.meta.dirname);

/** Modules of the site: tests and type tests import freely and are left out. */
const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(ts|astro)$/.test(name) && !/\.test(-d)?\.ts$|\.d\.ts$/.test(name))
  .map((name) => join(SRC, name));

/** An .astro file's code: its frontmatter and its `<script>` elements. */
function code(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1],
  );
  return [frontmatter, ...scripts].join('\n');
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find(
    (candidate) => /\.(ts|astro)$/.test(candidate) && existsSync(candidate),
  );
}

/** Each module with the specifiers it imports, as written and resolved to files. */
const graph = new Map(
  modules.map((file) => {
    const specifiers = ts
      .preProcessFile(code(file), true, true)
      .importedFiles.map((entry) => entry.fileName);
    return [
      file,
      {
        specifiers,
        files: specifiers.flatMap((specifier) => resolveImport(file, specifier) ?? []),
      },
    ];
  }),
);

const name = (file: string) => relative(SRC, file);
/** The folder under src/ a module belongs to; top-level files are their own. */
const folder = (file: string) => name(file).split('/')[0] ?? '';

/** Every module reachable from `start` through imports, `start` included. */
function reachable(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of graph.get(file)?.files ?? []) visit(next);
  };
  visit(start);
  return seen;
}

describe('the import graph of src/', () => {
  test('has no cycle between modules', () => {
    const cycles = modules.flatMap((file) =>
      (graph.get(file)?.files ?? [])
        .filter((next) => reachable(next).has(file))
        .map((next) => `${name(file)} → ${name(next)}`),
    );
    expect(cycles).toEqual([]);
  });

  test('has no cycle between the folders of src/', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of modules) {
      for (const next of graph.get(file)?.files ?? []) {
        if (folder(next) === folder(file)) continue;
        edges.set(folder(file), (edges.get(folder(file)) ?? new Set()).add(folder(next)));
      }
    }
    const leadsTo = (from: string, to: string, seen = new Set<string>()): boolean =>
      from === to ||
      [...(edges.get(from) ?? [])].some(
        (next) => !seen.has(next) && (seen.add(next), leadsTo(next, to, seen)),
      );
    const backwards = [...edges].flatMap(([from, tos]) =>
      [...tos].filter((to) => leadsTo(to, from)).map((to) => `${from} → ${to}`),
    );
    expect(backwards).toEqual([]);
  });

  test('never reaches astro:content from content.config.ts, which defines it', () => {
    const config = join(SRC, 'content.config.ts');
    const readers = [...reachable(config)]
      .filter((file) => file !== config)
      .filter((file) => graph.get(file)?.specifiers.includes('astro:content'))
      .map(name);
    expect(readers).toEqual([]);
  });
});
