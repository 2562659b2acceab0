/**
 * Reading built pages as a browser would: parsed by hast-util-from-html (the HTML standard's
 * parser, so markup inside an attribute or a script stays text), elements picked with CSS
 * selectors (hast-util-select), text taken as `innerText` gives it (hast-util-to-text).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { find, html as htmlSchema } from 'property-information';

/** The file a URL path (relative to the site's base, e.g. `/issues/4/`) is served from. */
export function pageFile(outDir: string, urlPath: string): string {
  const path = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  const parts = path.split('/').filter(Boolean);
  return path.endsWith('/') || path === ''
    ? join(outDir, ...parts, 'index.html')
    : join(outDir, ...parts);
}

/** The HTML of the page at `urlPath` (relative to the site's base, e.g. `/issues/4/`). */
export function readPage(outDir: string, urlPath: string): string {
  const file = pageFile(outDir, urlPath);
  if (!existsSync(file)) throw new Error(`No page at ${urlPath}: ${file} does not exist`);
  return readFileSync(file, 'utf8');
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.toSorted();
}

/** URL paths (relative to the base) of every HTML page: `/`, `/issues/4/`, `/404.html`. */
export function listPages(outDir: string): string[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`,
    );
}

/** A page's HTML as text, or a page or element already parsed. */
export type Html = string | Root | Element;

/** A page parsed once, for helpers called on it many times. */
export const parseHtml = (html: string): Root => fromHtml(html);

const parsed = (html: Html): Root | Element => (typeof html === 'string' ? parseHtml(html) : html);

/** Every element matching the CSS `selector`, in document order. */
export function select(html: Html, selector: string): Element[] {
  return selectAll(selector, parsed(html));
}

/** The single element matching `selector`; throws when there is none or more than one. */
export function selectOne(html: Html, selector: string): Element {
  const [found, ...more] = select(html, selector);
  if (!found || more.length > 0)
    throw new Error(`Expected one "${selector}", found ${more.length + (found ? 1 : 0)}`);
  return found;
}

/** An attribute as written in the HTML (`class`, `data-x`, `srcset`), or undefined when absent. */
export function attr(element: Element | undefined, name: string): string | undefined {
  const info = find(htmlSchema, name);
  const value = element?.properties[info.property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(info.commaSeparated ? ', ' : ' ');
  return String(value);
}

/** The text a reader sees, as `innerText` gives it, with white space collapsed. */
export function text(html: Html): string {
  return toText(parsed(html)).replace(/\s+/g, ' ').trim();
}

/**
 * Label → value for every `<dt>` in a `<dl>`, its value the first `<dd>` after it (a figure's
 * further `<dd>`, the detail under it, is not its value); none when `html` is undefined.
 */
export function definitionList(html: Html | undefined): Record<string, string> {
  if (html === undefined) return {};
  const entries: [string, string][] = [];
  let term: string | undefined;
  for (const element of select(html, 'dt, dd')) {
    if (element.tagName === 'dt') term = text(element);
    else if (term !== undefined) {
      entries.push([term, text(element)]);
      term = undefined;
    }
  }
  return Object.fromEntries(entries);
}

export interface Tag {
  name: string;
  /** Attribute name (as written in HTML) → value. */
  attributes: Map<string, string>;
}

/** Every element of the document, in order, with its attributes. */
export function allTags(html: Html): Tag[] {
  return select(html, '*').map((element) => ({
    name: element.tagName,
    attributes: new Map(
      Object.keys(element.properties).flatMap((property) => {
        const name = find(htmlSchema, property).attribute;
        const value = attr(element, name);
        return value === undefined ? [] : [[name, value] as const];
      }),
    ),
  }));
}

/** What a `#fragment` can point at on a page: every `id`, and the `name` of an `<a>`. */
export function fragmentTargets(html: Html): Set<string> {
  const targets = new Set<string>();
  for (const element of select(html, '[id], a[name]'))
    for (const key of element.tagName === 'a' ? ['id', 'name'] : ['id']) {
      const target = attr(element, key);
      if (target !== undefined) targets.add(target);
    }
  return targets;
}

/** Every URL a page refers to: links, sources, srcset candidates, CSS `url()`s, social images. */
export function allReferences(html: Html): string[] {
  const urls: string[] = [];
  for (const { name, attributes } of allTags(html)) {
    for (const key of ['href', 'src', 'poster', 'action', 'data']) {
      const value = attributes.get(key);
      if (value !== undefined && !(key === 'data' && name !== 'object')) urls.push(value.trim());
    }
    for (const key of ['srcset', 'imagesrcset']) {
      const value = attributes.get(key);
      if (value)
        urls.push(
          ...value
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
            .filter(Boolean),
        );
    }
    const property = attributes.get('property') ?? attributes.get('name') ?? '';
    if (name === 'meta' && /^(og:image|og:url|twitter:image)$/.test(property)) {
      urls.push((attributes.get('content') ?? '').trim());
    }
    const style = attributes.get('style');
    if (style) urls.push(...cssUrls(style));
  }
  // A style element's text is not rendered, so innerText leaves it out: read its text nodes.
  for (const style of select(html, 'style'))
    for (const child of style.children)
      if (child.type === 'text') urls.push(...cssUrls(child.value));
  return urls.filter((url) => url !== '');
}

/** `url(…)` references in CSS, leaving out `data:` URIs. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((match) => (match[1] ?? match[2] ?? match[3] ?? '').trim())
    .filter((url) => url !== '' && !url.startsWith('data:'));
}

/**
 * The references that point into the site itself: root-relative paths, relative paths,
 * fragments, and absolute URLs on the site's own origin (`site`, when given). Everything
 * with another scheme or host (https://elsewhere, mailto:, data:) is external.
 */
export function allInternalLinks(html: Html, site?: string): string[] {
  const origin = site ? new URL(site).origin : undefined;
  return allReferences(html).filter((url) => {
    if (url.startsWith('//'))
      return origin !== undefined && new URL(`https:${url}`).host === new URL(origin).host;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url))
      return origin !== undefined && url.startsWith(`${origin}/`);
    return true;
  });
}
