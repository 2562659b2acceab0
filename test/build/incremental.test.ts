/**
 * Astro's incremental build on the `basic` fixture: a second build after one issue changed
 * copies the pages that do not show it from the cache and renders the ones that do, and the
 * site it leaves is, file for file, the site a cold build of the same content makes.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, rebuild, type BuildResult } from '../support/build';
import { listFiles, readPage, select, text } from '../support/html';
import { fixtureContent, outputRoot } from '../support/paths';

const folder = join(outputRoot, 'incremental');
const contentDir = join(folder, 'content');
const outDir = join(folder, 'dist');
const NEW_TITLE = 'Alder District raises its school budget again';
const NEW_SENTENCE = 'The council added a second instalment in the spring.';

const build = () => rebuild({ name: 'incremental', contentDir }, outDir);

/** The pages a build log says were copied from the cache rather than rendered. */
const copied = (log: string) =>
  [...log.matchAll(/[├└]─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1]);

let log: string;
let cold: BuildResult;

beforeAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(fixtureContent('basic'), contentDir, { recursive: true });
  await build();
  const issue = join(contentDir, 'issues', '007-alder-projects.mdx');
  const source = readFileSync(issue, 'utf8');
  writeFileSync(
    issue,
    `${source.replace('title: "Alder District raises its school budget"', `title: "${NEW_TITLE}"`).trimEnd()}\n\n${NEW_SENTENCE}\n`,
  );
  log = await build();
  cold = expectBuilt(await buildSite({ name: 'incremental-cold', contentDir }));
});

describe('a build after one issue changed', () => {
  it('copies the issue pages that do not show it, and renders the ones that do', () => {
    const pages = copied(log);
    expect(pages).toEqual(
      expect.arrayContaining(['/issues/1/index.html', '/issues/15/index.html']),
    );
    // The issue itself, and its neighbours, whose pager names it.
    for (const shown of ['/issues/7/index.html', '/issues/6/index.html', '/issues/8/index.html'])
      expect(pages).not.toContain(shown);
    expect(log).toMatch(/[├└]─ \/issues\/7\/index\.html \(\+/);
  });

  it('shows the change everywhere it appears', () => {
    const issue = readPage(outDir, '/issues/7/');
    expect(text(select(issue, 'h1')[0] ?? issue)).toBe(NEW_TITLE);
    expect(text(issue)).toContain(NEW_SENTENCE);
    expect(text(readPage(outDir, '/issues/8/'))).toContain(NEW_TITLE);
    expect(text(readPage(outDir, '/issues/'))).toContain(NEW_TITLE);
    expect(text(readPage(outDir, '/districts/alder/'))).toContain(NEW_TITLE);
  });

  it('leaves the same site, file for file, as a cold build of the same content', () => {
    expect(listFiles(outDir)).toEqual(listFiles(cold.outDir));
    // The data package says when it was made: the one thing two builds rightly differ in.
    const contents = (dir: string, file: string) =>
      file === 'data/datapackage.json'
        ? JSON.stringify({ ...JSON.parse(readFileSync(join(dir, file), 'utf8')), created: null })
        : readFileSync(join(dir, file));
    const differing = listFiles(outDir).filter(
      (file) =>
        !Buffer.from(contents(outDir, file)).equals(Buffer.from(contents(cold.outDir, file))),
    );
    expect(differing).toEqual([]);
  });
});
