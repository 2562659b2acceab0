/**
 * The editors' guides, docs/editing.md and docs/editing.zh-CN.md, each name every field an
 * editor can write, every value a fixed-word field takes and every component an article can
 * use: a field added to the schema cannot go undocumented in either language. Both guides
 * write these in code, exactly as the schema spells them, so only their code is searched (an
 * English word such as "name" in prose must not pass for the field).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { toEditorSchema } from './jsonSchema';
import { MDX_COMPONENT_NAMES } from './mdxCheck';
import {
  columnSchema,
  DISTRICT_KINDS,
  districtSchema,
  issueSchema,
  LANGS,
  PROJECT_KINDS,
  PROJECT_STATUSES,
} from './schema';

const GUIDES = {
  'docs/editing.md': { counterpart: 'editing.zh-CN.md' },
  'docs/editing.zh-CN.md': { counterpart: 'editing.md' },
} as const;

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Fenced blocks and inline spans (of any number of backticks), without the prose around them. */
function codeIn(markdown: string): string {
  const fence = /^(`{3,})[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm;
  const fenced = [...markdown.matchAll(fence)].map((match) => match[2] ?? '');
  const prose = markdown.replace(fence, '');
  const inline = [...prose.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)].map(
    (match) => match[2] ?? '',
  );
  return [...fenced, ...inline].join('\n');
}

/** Every property name anywhere in a JSON Schema, nested groups and list items included. */
function fieldNames(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(fieldNames);
  const { properties, ...rest } = node as Record<string, unknown>;
  const own = properties && typeof properties === 'object' ? properties : {};
  return [
    ...Object.keys(own),
    ...Object.values(own).flatMap(fieldNames),
    ...Object.values(rest).flatMap(fieldNames),
  ];
}

const issueFields = toEditorSchema(
  issueSchema({ coverImage: z.string(), district: z.string(), defaultLang: 'en' }),
);
const editorsWords = [
  ...new Set([
    ...fieldNames(issueFields),
    ...fieldNames(toEditorSchema(districtSchema)),
    ...fieldNames(toEditorSchema(columnSchema)),
    ...LANGS,
    ...PROJECT_KINDS,
    ...PROJECT_STATUSES,
    ...DISTRICT_KINDS,
  ]),
].toSorted();

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `word` on its own, not inside a longer name (`schools` is not found in `highSchools`). */
const mentions = (code: string, word: string) =>
  new RegExp(`(?<![\\w-])${escaped(word)}(?![\\w-])`).test(code);

describe('the words the guides must name', () => {
  test('reach into groups and lists: cover, stats, milestones, projects, corrections', () => {
    expect(editorsWords).toEqual(
      expect.arrayContaining(['alt', 'underConstruction', 'places', 'status', 'date', 'blurb']),
    );
  });
});

describe('codeIn', () => {
  test('returns inline spans and fenced blocks, not the prose between them', () => {
    const markdown = 'Write `draft: true` here.\n\n```yaml\nissue: 4\n```\n\nname is prose.';
    const code = codeIn(markdown);
    expect(code).toContain('draft: true');
    expect(code).toContain('issue: 4');
    expect(code).not.toContain('prose');
  });

  test('reads a span opened with two backticks to its matching two', () => {
    expect(codeIn('a backtick: `` ` `` then `lang`')).toBe(' ` \nlang');
  });
});

describe.each(Object.entries(GUIDES))('%s', (path, { counterpart }) => {
  const guide = read(path);
  const code = codeIn(guide);

  test('names every field and fixed value an editor can write', () => {
    expect(editorsWords.filter((word) => !mentions(code, word))).toEqual([]);
  });

  test('shows every component an article can use', () => {
    expect(MDX_COMPONENT_NAMES.filter((name) => !code.includes(`<${name}`))).toEqual([]);
  });

  test('links to the guide in the other language near its top', () => {
    const top = guide.split('\n').slice(0, 5).join('\n');
    expect(top).toContain(`](${counterpart})`);
  });
});
