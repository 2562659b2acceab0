/**
 * Social cards drawn from the start of the build (src/integrations/earlySocialImages.ts): the
 * drawing process reads the content folder itself, before Astro loads the collections. The
 * basic fixture (published, draft and scheduled issues) built three times, each with a cache
 * of its own: without early drawing, with it, and with it planned from a copy of the content
 * in which an issue says something else, as if the editor had saved it after the plan was made.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { listFiles } from '../support/html';
import { fixtureContent, outputRoot } from '../support/paths';

/** Every social card in a built site, by its path in the site. */
function builtCards(site: BuildResult): Record<string, Buffer> {
  return Object.fromEntries(
    listFiles(site.outDir)
      .filter((path) => /(^|\/)og\/.*\.png$/.test(path))
      .map((path) => [path, readFileSync(join(site.outDir, path))]),
  );
}

/** The cards in a build's own cache folder (beside its dist/). */
function cachedCards(site: BuildResult): Buffer[] {
  const folder = join(site.outDir, '..', '.astro-cache', 'social-images');
  return readdirSync(folder).map((name) => readFileSync(join(folder, name)));
}

const distinct = (pngs: Iterable<Buffer>) =>
  new Set([...pngs].map((png) => png.toString('base64'))).size;

describe('social cards drawn early', () => {
  const contentDir = fixtureContent('basic');
  let late: BuildResult;
  let early: BuildResult;
  let stale: BuildResult;

  beforeAll(async () => {
    // The plan's copy: issue 1 retitled, issue 2 with another figure.
    const planned = join(outputRoot, 'og-early-plan');
    cpSync(contentDir, planned, { recursive: true });
    const edit = (name: string, from: string, to: string) => {
      const file = join(planned, 'issues', name);
      const text = readFileSync(file, 'utf8');
      if (!text.includes(from)) throw new Error(`${name} does not say ${from}`);
      writeFileSync(file, text.replace(from, to));
    };
    edit('001-alder-plan.mdx', 'sets out its first', 'abandons its first');
    edit('002-birch-kindergartens.mdx', 'investmentYuan: ', 'investmentYuan: 1');

    late = expectBuilt(
      await buildSite({ name: 'og-late', contentDir, env: { COLUMN_EARLY_CARDS: 'off' } }),
    );
    early = expectBuilt(await buildSite({ name: 'og-early', contentDir }));
    stale = expectBuilt(
      await buildSite({ name: 'og-early-stale', contentDir, env: { COLUMN_EARLY_CARDS: planned } }),
    );
  });

  it('puts the same cards in the site, byte for byte, as a build that draws them late', () => {
    const cards = builtCards(late);
    // The default card and one per published issue: not the draft's, not the scheduled one's.
    expect(Object.keys(cards)).toHaveLength(16);
    expect(builtCards(early)).toEqual(cards);
  });

  it('draws no card early that no page shows', () => {
    expect(cachedCards(early)).toHaveLength(distinct(Object.values(builtCards(early))));
  });

  it('shows the card of an issue as it is, not as the plan read it, and draws that one too', () => {
    expect(builtCards(stale)).toEqual(builtCards(late));
    // The two cards drawn from the plan's copy stay in the cache, shown by no page: proof the
    // early drawing ran, and that the pages did not take its cards for theirs.
    const shown = new Set(Object.values(builtCards(stale)).map((png) => png.toString('base64')));
    const unshown = cachedCards(stale).filter((png) => !shown.has(png.toString('base64')));
    expect(unshown).toHaveLength(2);
  });
});
