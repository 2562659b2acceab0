/**
 * The search index across builds of the `search` fixture: a build with nothing changed reuses
 * the index the build before wrote (src/lib/searchIndexCache.ts), the same files, and still
 * finds what it found; a build after an edit indexes the site again and finds the edit.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebuild } from '../support/build';
import { listFiles } from '../support/html';
import { searchSite } from '../support/pagefind';
import { fixtureContent, outputRoot } from '../support/paths';

const folder = join(outputRoot, 'search-index');
const contentDir = join(folder, 'content');
const outDir = join(folder, 'dist');
const indexDir = join(outDir, 'pagefind');
const NEW_SENTENCE = 'The canteen now serves quillwort soup on Fridays.';

const build = () => rebuild({ name: 'search-index', contentDir }, outDir);
const indexFiles = () =>
  new Map(listFiles(indexDir).map((file) => [file, readFileSync(join(indexDir, file))]));
const INDEXED = /\[column:pagefind\] Indexed \d+ issue pages/;
const REUSED = /\[column:pagefind\] Reused the last build's search index/;

let logs: string[];
let first: Map<string, Buffer>;
let unchanged: Map<string, Buffer>;
let foundUnchanged: string[];

beforeAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(fixtureContent('search'), contentDir, { recursive: true });
  logs = [await build()];
  first = indexFiles();
  logs.push(await build());
  unchanged = indexFiles();
  foundUnchanged = await searchSite(outDir, 'kindergartens');
  const issue = join(contentDir, 'issues', '004-birch-canteen.mdx');
  writeFileSync(issue, `${readFileSync(issue, 'utf8').trimEnd()}\n\n${NEW_SENTENCE}\n`);
  logs.push(await build());
});

describe('a build with nothing changed', () => {
  it('reuses the search index of the build before, file for file', () => {
    expect(logs[0]).toMatch(INDEXED);
    expect(logs[1]).toMatch(REUSED);
    expect(logs[1]).not.toMatch(INDEXED);
    expect([...unchanged.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, bytes]) => !unchanged.get(file)?.equals(bytes));
    expect(differing.map(([file]) => file)).toEqual([]);
  });

  it('finds what the index found before', () => {
    expect(foundUnchanged).toEqual(expect.arrayContaining(['/issues/1/']));
  });
});

describe('a build after an issue was edited', () => {
  it('indexes the site again, and the edit is found', async () => {
    expect(logs[2]).toMatch(INDEXED);
    expect(logs[2]).not.toMatch(REUSED);
    expect(await searchSite(outDir, 'quillwort')).toEqual(['/issues/4/']);
  });
});
