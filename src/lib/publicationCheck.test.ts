import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { missingPublications } from './publicationCheck';

const SITE = 'https://news.example.org';
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site in a temporary folder: `files` maps paths to contents. */
function builtSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'column-publication-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const complete = (base: string) => ({
  'issues/4/index.html': `<a href="${base}issues/4/" aria-current="page">No. 4</a>`,
  'issues/index.html': `<a href="${base}issues/4/">No. 4</a>`,
  'districts/hanting/index.html': `<a href="${base}issues/4/">No. 4</a>`,
  'rss.xml': `<item><link>${SITE}${base}issues/4/</link></item>`,
  'sitemap-0.xml': `<url><loc>${SITE}${base}issues/4/</loc></url>`,
});

describe('missingPublications', () => {
  test('returns nothing when every issue is in the archive, a district page, the feed and the sitemap', () => {
    const dir = builtSite(complete('/column/'));
    expect(
      missingPublications({
        dir,
        base: '/column/',
        site: SITE,
        pages: ['', 'issues/', 'issues/4/'],
      }),
    ).toEqual([]);
  });

  test('names each place an issue is missing from', () => {
    const dir = builtSite({
      ...complete('/'),
      'issues/index.html': '<p>No issue yet</p>',
      'sitemap-0.xml': `<url><loc>${SITE}/</loc></url>`,
    });
    expect(missingPublications({ dir, base: '/', site: SITE, pages: ['issues/4/'] })).toEqual([
      '/issues/4/ is missing from the archive, the sitemap',
    ]);
  });

  test('does not count the issue page linking to itself as the archive', () => {
    const dir = builtSite({ ...complete('/'), 'issues/index.html': '' });
    expect(missingPublications({ dir, base: '/', site: SITE, pages: ['issues/4/'] })).toEqual([
      '/issues/4/ is missing from the archive',
    ]);
  });

  test('checks a Chinese issue against the Chinese lists, not the English ones', () => {
    const dir = builtSite({
      ...complete('/'),
      'zh/issues/1/index.html': '',
      'zh/issues/index.html': '<a href="/zh/issues/1/">',
      'zh/districts/hanting/index.html': '<a href="/zh/issues/1/">',
      'zh/rss.xml': '',
    });
    expect(missingPublications({ dir, base: '/', site: SITE, pages: ['zh/issues/1/'] })).toEqual([
      '/zh/issues/1/ is missing from the feed, the sitemap',
    ]);
  });

  test('checks a project page against the project index, its district page and the sitemap', () => {
    const project = 'projects/xingfu-road-primary/';
    const dir = builtSite({
      ...complete('/'),
      [`${project}index.html`]: `<a href="/${project}" aria-current="page">Xingfu</a>`,
      'projects/index.html': `<a href="/${project}">Xingfu</a>`,
      'districts/hanting/index.html': `<a href="/issues/4/">No. 4</a>`,
    });
    expect(
      missingPublications({ dir, base: '/', site: SITE, pages: ['issues/4/', project] }),
    ).toEqual(['/projects/xingfu-road-primary/ is missing from its district page, the sitemap']);
  });

  test('does not count a project page linking to itself as the project index', () => {
    const project = 'zh/projects/xingfu-road-primary/';
    const href = `href="/column/${project}"`;
    const dir = builtSite({
      [`${project}index.html`]: `<a ${href}>幸福路小学</a>`,
      'zh/projects/index.html': '',
      'zh/districts/hanting/index.html': `<a ${href}>幸福路小学</a>`,
      'sitemap-0.xml': `<url><loc>${SITE}/column/${project}</loc></url>`,
    });
    expect(missingPublications({ dir, base: '/column/', site: SITE, pages: [project] })).toEqual([
      '/column/zh/projects/xingfu-road-primary/ is missing from the project index',
    ]);
  });
});
