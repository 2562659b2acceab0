/**
 * After a build: every issue page must be reachable the ways readers find issues — from an
 * archive page, from its district page, in the column feed and in the sitemap — and every
 * project page from the project index, its district page and the sitemap. (The search index
 * is checked by the Pagefind integration.) Works on the written files, so it checks
 * what readers will get, not what the code meant to produce.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUrls, ISSUE_PAGE_PATH, PROJECT_PAGE_PATH } from './urls';

export interface BuiltSite {
  /** The output folder. */
  dir: string;
  /** The base path, e.g. `/` or `/column/`. */
  base: string;
  /** The site's origin, e.g. `https://news.example.org`: feeds and sitemaps hold absolute URLs. */
  site: string;
  /** Paths of every page below the base, as Astro reports them (`issues/4/`). */
  pages: readonly string[];
}

function read(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

function htmlUnder(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .map((name) => read(join(dir, name)))
    .join('\n');
}

/** One line per issue or project page that a reader could not reach one of the ways they should. */
export function missingPublications({ dir, base, site, pages }: BuiltSite): string[] {
  const sitemaps = readdirSync(dir)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => read(join(dir, name)))
    .join('\n');
  const { absolute } = createUrls(base, site);
  const problems: string[] = [];
  const byLocale = new Map<
    string,
    { archive: string; districts: string; feed: string; projects: string }
  >();
  const listsIn = (prefix: string) => {
    let lists = byLocale.get(prefix);
    if (!lists) {
      lists = {
        // Archive pages only: an issue page links to itself.
        archive:
          read(join(dir, prefix, 'issues', 'index.html')) +
          htmlUnder(join(dir, prefix, 'issues', 'page')),
        districts: htmlUnder(join(dir, prefix, 'districts')),
        feed: read(join(dir, prefix, 'rss.xml')),
        // The index only: a project page links to itself.
        projects: read(join(dir, prefix, 'projects', 'index.html')),
      };
      byLocale.set(prefix, lists);
    }
    return lists;
  };
  for (const pathname of pages) {
    const issue = ISSUE_PAGE_PATH.exec(pathname);
    const project = issue ? null : PROJECT_PAGE_PATH.exec(pathname);
    const match = issue ?? project;
    if (!match) continue;
    const lists = listsIn(match[1] ? `${match[1]}/` : '');
    const href = `${base}${pathname}`;
    const linked = `href="${href}"`;
    const inSitemap = sitemaps.includes(`<loc>${absolute(href)}</loc>`);
    const missing = (
      issue
        ? [
            lists.archive.includes(linked) ? undefined : 'the archive',
            lists.districts.includes(linked) ? undefined : 'its district page',
            lists.feed.includes(`<link>${absolute(href)}</link>`) ? undefined : 'the feed',
            inSitemap ? undefined : 'the sitemap',
          ]
        : [
            lists.projects.includes(linked) ? undefined : 'the project index',
            lists.districts.includes(linked) ? undefined : 'its district page',
            inSitemap ? undefined : 'the sitemap',
          ]
    ).filter(Boolean);
    if (missing.length) problems.push(`${href} is missing from ${missing.join(', ')}`);
  }
  return problems;
}
