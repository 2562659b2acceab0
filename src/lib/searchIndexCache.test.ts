import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { keepIndex, reuseIndex, searchInputDigest, type IndexSource } from './searchIndexCache';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'search-index-cache-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(path: string, contents: string) {
  mkdirSync(dirname(join(folder, path)), { recursive: true });
  writeFileSync(join(folder, path), contents);
}

const site = (files: Record<string, string>, label = 'site'): IndexSource => {
  for (const [path, contents] of Object.entries(files)) write(join(label, path), contents);
  return {
    label,
    files: Object.keys(files),
    read: (file) => readFileSync(join(folder, label, file)),
  };
};
const SETTINGS = { version: '1.6.0', chunk: 800 };

describe('searchInputDigest', () => {
  test('is the same for the same files, in any order, and settings', () => {
    const pages = { 'issues/1/index.html': '<p>one</p>', 'issues/2/index.html': '<p>two</p>' };
    const source = site(pages);
    const reversed = { ...source, files: [...source.files].reverse() };
    expect(searchInputDigest([reversed], { chunk: 800, version: '1.6.0' })).toBe(
      searchInputDigest([source], SETTINGS),
    );
  });

  test('changes when a page changes by one character', () => {
    const before = searchInputDigest([site({ 'issues/1/index.html': '<p>one</p>' })], SETTINGS);
    const after = searchInputDigest([site({ 'issues/1/index.html': '<p>One</p>' })], SETTINGS);
    expect(after).not.toBe(before);
  });

  test('changes when a page moves, or its text moves to another page', () => {
    const base = searchInputDigest([site({ 'a/index.html': 'xy', 'b/index.html': '' })], SETTINGS);
    rmSync(join(folder, 'site'), { recursive: true });
    const moved = searchInputDigest([site({ 'c/index.html': 'xy', 'b/index.html': '' })], SETTINGS);
    rmSync(join(folder, 'site'), { recursive: true });
    const shifted = searchInputDigest(
      [site({ 'a/index.html': 'x', 'b/index.html': 'y' })],
      SETTINGS,
    );
    expect(new Set([base, moved, shifted]).size).toBe(3);
  });

  test('changes when a setting or the Pagefind version changes', () => {
    const source = site({ 'issues/1/index.html': '<p>one</p>' });
    const digests = [
      SETTINGS,
      { ...SETTINGS, version: '1.6.1' },
      { ...SETTINGS, chunk: 20000 },
      { ...SETTINGS, PAGEFIND_BINARY_PATH: '/opt/pagefind' },
    ].map((settings) => searchInputDigest([source], settings));
    expect(new Set(digests).size).toBe(digests.length);
  });

  test('reads text and bytes alike', () => {
    const bytes = searchInputDigest([site({ 'a/index.html': '学校' })], SETTINGS);
    const text = searchInputDigest(
      [{ label: 'site', files: ['a/index.html'], read: () => '学校' }],
      SETTINGS,
    );
    expect(text).toBe(bytes);
  });

  test('tells the same file apart by the source it comes from', () => {
    const pages = { 'issues/1/index.html': '<p>一</p>' };
    expect(searchInputDigest([site(pages, 'marked')], SETTINGS)).not.toBe(
      searchInputDigest([site(pages, 'site')], SETTINGS),
    );
  });
});

describe('keepIndex and reuseIndex', () => {
  const cache = () => join(folder, 'cache');
  const index = (name: string, contents: string) => {
    write(join(name, 'pagefind-entry.json'), contents);
    write(join(name, 'index', 'en_1.pf_index'), `${contents} chunk`);
    return join(folder, name);
  };

  test('give the next build the kept index, file for file, for the same digest', () => {
    keepIndex(cache(), 'digest-1', index('first', '{"page_count":2}'));
    const output = join(folder, 'second');
    expect(reuseIndex(cache(), 'digest-1', output)).toBe(true);
    expect(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')).toBe('{"page_count":2}');
    expect(readFileSync(join(output, 'index', 'en_1.pf_index'), 'utf8')).toBe(
      '{"page_count":2} chunk',
    );
  });

  test('reuse nothing for another digest, or before any index was kept', () => {
    const output = join(folder, 'second');
    expect(reuseIndex(cache(), 'digest-1', output)).toBe(false);
    keepIndex(cache(), 'digest-1', index('first', '{}'));
    expect(reuseIndex(cache(), 'digest-2', output)).toBe(false);
  });

  test('keep only the latest index', () => {
    keepIndex(cache(), 'digest-1', index('first', 'one'));
    keepIndex(cache(), 'digest-2', index('second', 'two'));
    const output = join(folder, 'third');
    expect(reuseIndex(cache(), 'digest-1', output)).toBe(false);
    expect(reuseIndex(cache(), 'digest-2', output)).toBe(true);
    expect(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')).toBe('two');
  });
});
