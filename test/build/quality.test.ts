/**
 * Quality gates over whole builds, on fixtures and on the real column, at the domain root and
 * under a sub-path: valid HTML, no broken link or anchor, the Content Security Policy on every
 * page with nothing inline for it to refuse, and no JavaScript on reading pages. (The `basic`
 * fixture's links under a sub-path are checked in test/build/subpath.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { withDevServer } from '../support/dev';
import { checkInternalLinks, describeLinkProblems } from '../support/links';
import { fixtureContent, projectRoot } from '../support/paths';
import { cspProblems, htmlValidationErrors, readingPagesWithScripts } from '../support/quality';

const SITES = [
  { name: 'quality-basic', contentDir: fixtureContent('basic'), base: '/' },
  // Chinese pages under /zh/, and the search page in both languages.
  { name: 'quality-search', contentDir: fixtureContent('search'), base: '/' },
  // Project pages with a timeline in both languages.
  { name: 'quality-desk', contentDir: fixtureContent('desk'), base: '/' },
  { name: 'quality-real', contentDir: `${projectRoot}content`, base: '/' },
  { name: 'quality-real-column', contentDir: `${projectRoot}content`, base: '/column/' },
];

describe.each(SITES)('$name, built for $base', (options) => {
  let site: BuildResult;

  beforeAll(async () => {
    site = expectBuilt(await buildSite(options));
  });

  it('has no html-validate error on any page', async () => {
    expect(await htmlValidationErrors(site.outDir)).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    expect(describeLinkProblems(checkInternalLinks(site.outDir, site.base, site.site))).toEqual([]);
  });

  it('carries the Content Security Policy, in every page and in _headers', () => {
    expect(cspProblems(site.outDir, site.base)).toEqual([]);
  });

  it('ships no JavaScript on reading pages', () => {
    expect(readingPagesWithScripts(site.outDir)).toEqual([]);
  });
});

describe('astro dev', () => {
  // Longer than the usual test time: the dev server first waits for the build lock.
  it('leaves the policy out, which would block the inline styles Vite serves in preview', async () => {
    await withDevServer(
      { name: 'quality-dev', contentDir: fixtureContent('basic') },
      async (server) => {
        const html = await (await fetch(server.url)).text();
        expect(html).toMatch(/<style\b/);
        expect(html).not.toContain('Content-Security-Policy');
      },
    );
  }, 300_000);
});
