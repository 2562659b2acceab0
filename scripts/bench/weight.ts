/**
 * Page weight from a built site, without a browser: each page's HTML and the stylesheets and
 * scripts it links or inlines, raw and gzipped (level 6, what most servers use), and any font
 * a page or its CSS would download.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ISSUE_PAGE_PATH } from '../../src/lib/urls.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** Path inside the site, e.g. `issues/12/index.html`. */
  page: string;
  html: Bytes;
  /** Linked stylesheets (each counted once) and inline `<style>`. */
  css: Bytes & { files: string[] };
  /** Scripts the page runs: `<script src>`, module preloads and inline scripts (JSON data excluded). */
  js: Bytes & { files: string[] };
  /** Font files the page or its CSS refer to. */
  fonts: string[];
}

export interface SiteWeight {
  pages: number;
  issuePages: number;
  /** Gzipped HTML of the issue pages. */
  issueHtmlGzip: { median: number; p95: number; max: number; maxPage: string };
  /** The median-sized issue page, in full. */
  issuePage?: PageWeight;
  home?: PageWeight;
  /** Every stylesheet in the build, gzipped one by one and summed. */
  allCss: Bytes;
  /** Bytes of the pictures the build wrote (`_astro/` by format, social images under `og/`). */
  images: Record<string, { files: number; bytes: number }>;
  /** Reading pages (everything but search) that run any script, with the bytes. */
  readingPagesWithJs: { page: string; gzip: number }[];
  /** Reading pages whose CSS or markup loads a font. */
  readingPagesWithFonts: string[];
}

const SEARCH_PAGE = /(?:^|\/)search\/index\.html$/;
const FONT_URL = /url\(\s*['"]?([^'")]+\.(?:woff2?|ttf|otf|eot))/gi;

const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;
const bytes = (data: string | Buffer): Bytes => ({
  raw: Buffer.byteLength(data),
  gzip: gzipSize(data),
});

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return htmlFiles(path, root);
    return item.name.endsWith('.html') ? [relative(root, path)] : [];
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** A URL in the page (absolute path, with the site's base) to a file in `distDir`. */
function fileFor(distDir: string, base: string, url: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? '';
  if (/^[a-z]+:/i.test(path) || path.startsWith('//')) return undefined;
  const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/, '');
  const file = join(distDir, inside);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function pageWeight(distDir: string, base: string, page: string): PageWeight {
  const html = readFileSync(join(distDir, page), 'utf8');
  const cssFiles = new Set<string>();
  const jsFiles = new Set<string>();
  const fonts = new Set<string>();
  let inlineCss = '';
  let inlineJs = '';

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const file = fileFor(distDir, base, href);
      if (file) cssFiles.add(file);
    } else if (
      rel.includes('modulepreload') ||
      (rel.includes('preload') && attribute(tag, 'as') === 'script')
    ) {
      const file = fileFor(distDir, base, href);
      if (file) jsFiles.add(file);
    } else if (rel.includes('preload') && attribute(tag, 'as') === 'font') {
      fonts.add(href);
    }
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    inlineCss += css ?? '';
  for (const [, open, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attribute(`<script ${open}`, 'type') ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
    const src = attribute(`<script ${open}`, 'src');
    if (src) {
      const file = fileFor(distDir, base, src);
      if (file) jsFiles.add(file);
    } else {
      inlineJs += content ?? '';
    }
  }

  const css = [...cssFiles].map((file) => readFileSync(file, 'utf8'));
  for (const text of [...css, inlineCss]) {
    for (const [, url] of text.matchAll(FONT_URL)) fonts.add(url ?? '');
  }
  const sum = (parts: Bytes[]): Bytes =>
    parts.reduce((total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip }), {
      raw: 0,
      gzip: 0,
    });
  const cssBytes = sum([...css.map(bytes), ...(inlineCss ? [bytes(inlineCss)] : [])]);
  const jsBytes = sum([
    ...[...jsFiles].map((file) => bytes(readFileSync(file))),
    ...(inlineJs.trim() ? [bytes(inlineJs)] : []),
  ]);
  const show = (file: string) => relative(distDir, file);
  return {
    page,
    html: bytes(html),
    css: { ...cssBytes, files: [...cssFiles].map(show) },
    js: { ...jsBytes, files: [...jsFiles].map(show) },
    fonts: [...fonts],
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

/** `isIssuePage` says which pages are issue pages; by default the column's `issues/<n>/`. */
export function siteWeight(
  distDir: string,
  base = '/',
  isIssuePage: (page: string) => boolean = (page) =>
    ISSUE_PAGE_PATH.test(page.replace(/index\.html$/, '')),
): SiteWeight {
  const pages = htmlFiles(distDir).toSorted();
  const issues = pages
    .filter(isIssuePage)
    .map((page) => ({ page, gzip: gzipSize(readFileSync(join(distDir, page))) }))
    .toSorted((a, b) => a.gzip - b.gzip);
  const sizes = issues.map((issue) => issue.gzip);
  const english = issues.filter((issue) => !/^(zh\/|[^/]*zh-)/.test(issue.page));
  const median = english[Math.floor(english.length / 2)] ?? issues[Math.floor(issues.length / 2)];

  const readingPagesWithJs: SiteWeight['readingPagesWithJs'] = [];
  const readingPagesWithFonts: string[] = [];
  for (const page of pages) {
    if (SEARCH_PAGE.test(page)) continue;
    const weight = pageWeight(distDir, base, page);
    if (weight.js.raw > 0) readingPagesWithJs.push({ page, gzip: weight.js.gzip });
    if (weight.fonts.length) readingPagesWithFonts.push(page);
  }

  const cssFiles = existsSync(join(distDir, '_astro'))
    ? readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.css'))
    : [];
  const allCss = cssFiles
    .map((name) => bytes(readFileSync(join(distDir, '_astro', name))))
    .reduce((total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip }), {
      raw: 0,
      gzip: 0,
    });

  const images: SiteWeight['images'] = {};
  for (const item of readdirSync(distDir, { withFileTypes: true, recursive: true })) {
    const match = /\.(avif|webp|jpe?g|png)$/i.exec(item.name);
    if (!item.isFile() || !match) continue;
    const kind = /(^|\/)og(\/|$)/.test(relative(distDir, item.parentPath))
      ? 'social'
      : (match[1] ?? '').toLowerCase().replace('jpeg', 'jpg');
    const entry = (images[kind] ??= { files: 0, bytes: 0 });
    entry.files++;
    entry.bytes += statSync(join(item.parentPath, item.name)).size;
  }

  return {
    pages: pages.length,
    issuePages: issues.length,
    issueHtmlGzip: {
      median: percentile(sizes, 0.5),
      p95: percentile(sizes, 0.95),
      max: sizes.at(-1) ?? 0,
      maxPage: issues.at(-1)?.page ?? '',
    },
    ...(median ? { issuePage: pageWeight(distDir, base, median.page) } : {}),
    ...(pages.includes('index.html') ? { home: pageWeight(distDir, base, 'index.html') } : {}),
    allCss,
    images,
    readingPagesWithJs,
    readingPagesWithFonts,
  };
}

/** Total bytes of the files under `dir`, recursively (0 when it does not exist). */
export function folderBytes(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let total = 0;
  for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!item.isFile()) continue;
    files++;
    total += statSync(join(item.parentPath, item.name)).size;
  }
  return { files, bytes: total };
}
