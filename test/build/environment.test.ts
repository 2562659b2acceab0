/**
 * An operator's shell or CI may hold variables with common names. A production build must
 * publish the same site whatever they are: only COLUMN_* and SITE_* configure it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { attr, listPages, readPage, select, selectOne } from '../support/html';
import { fixtureContent } from '../support/paths';

let site: BuildResult;

beforeAll(async () => {
  site = expectBuilt(
    await buildSite({
      name: 'basic-noisy-env',
      contentDir: fixtureContent('basic'),
      base: '/column/',
      env: { DEV: '1', BASE_URL: '/', MODE: 'development', PROD: '' },
    }),
  );
});

describe('a build with DEV, BASE_URL, MODE and PROD set in its environment', () => {
  it('still leaves drafts and scheduled issues out', () => {
    const pages = listPages(site.outDir);
    expect(pages.filter((path) => /^\/issues\/1[67]\/$/.test(path))).toEqual([]);
  });

  it('still links through SITE_BASE', () => {
    const nav = select(selectOne(readPage(site.outDir, '/'), 'nav.site-nav'), 'a').map((a) =>
      attr(a, 'href'),
    );
    expect(nav.filter((href) => !href?.startsWith('/column/'))).toEqual([]);
  });
});
