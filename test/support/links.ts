/**
 * Checks that every internal reference in a built site resolves to a file in it, as a static
 * host would serve it, and that the site never points outside its base path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import {
  allInternalLinks,
  attr,
  cssUrls,
  fragmentTargets,
  listFiles,
  listPages,
  pageFile,
  parseHtml,
  select,
} from './html';

export interface LinkProblem {
  /** The page (or stylesheet) holding the reference, relative to the base. */
  from: string;
  url: string;
  problem: string;
}

/**
 * Every problem with internal references in the site at `outDir`, built for `base` on `site`:
 * a reference outside the base, a relative one (which breaks when a page moves), one whose
 * file is missing, a page link without its trailing slash, or a `#fragment` with no such id.
 */
export function checkInternalLinks(outDir: string, base: string, site: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const origin = new URL(site).origin;
  const pages = new Map<string, Root>();
  const html = (file: string) => {
    let page = pages.get(file);
    if (page === undefined) {
      page = parseHtml(readFileSync(file, 'utf8'));
      pages.set(file, page);
    }
    return page;
  };

  /** What is wrong with one reference, or undefined when it resolves. */
  const problemWith = (raw: string, fromFile: string): string | undefined => {
    if (raw.startsWith('#')) {
      const id = decodeURIComponent(raw.slice(1));
      return id !== '' && !fragmentTargets(html(fromFile)).has(id)
        ? `no element with id "${id}" on the page`
        : undefined;
    }
    let url: URL;
    if (raw.startsWith(`${origin}/`)) url = new URL(raw);
    else if (raw.startsWith('/')) url = new URL(raw, origin);
    else return 'relative reference: write it from the site root, through the base';
    if (!url.pathname.startsWith(base)) return `does not start with the base ${base}`;
    const path = `/${url.pathname.slice(base.length)}`;
    const file = pageFile(outDir, path);
    if (!existsSync(file) || !statSync(file).isFile()) {
      const isFolder = existsSync(file) && statSync(file).isDirectory();
      return isFolder ? 'page link without its trailing slash' : `no file at ${path}`;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html') && !fragmentTargets(html(file)).has(fragment)) {
      return `no element with id "${fragment}" on ${path}`;
    }
    return undefined;
  };
  const check = (from: string, url: string, fromFile: string) => {
    const problem = problemWith(url, fromFile);
    if (problem) problems.push({ from, url, problem });
  };

  for (const page of listPages(outDir)) {
    const file = pageFile(outDir, page);
    // The 404 page is served at every missing address, so it has no address of its own for
    // a canonical link to give; test/build/basic.test.ts checks it separately.
    const skip =
      page === '/404.html'
        ? new Set(select(html(file), 'link[rel="canonical"]').map((l) => attr(l, 'href')))
        : new Set();
    for (const url of allInternalLinks(html(file), site))
      if (!skip.has(url)) check(page, url, file);
    // A base element would change how every relative URL on the page resolves.
    for (const element of select(html(file), 'base'))
      check(page, attr(element, 'href') ?? '', file);
  }
  for (const stylesheet of listFiles(outDir).filter((name) => name.endsWith('.css'))) {
    const file = join(outDir, stylesheet);
    for (const url of cssUrls(readFileSync(file, 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) continue;
      // Stylesheets may use paths relative to themselves; Vite writes them either way.
      const resolved = url.startsWith('/')
        ? url
        : new URL(url, `${origin}${base}${stylesheet}`).pathname;
      check(`/${stylesheet}`, resolved, file);
    }
  }
  return problems;
}

/** Problems as lines a failing assertion can show. */
export function describeLinkProblems(problems: LinkProblem[]): string[] {
  return problems.map(({ from, url, problem }) => `${from} → ${url}: ${problem}`);
}
