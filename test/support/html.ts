/**
 * Reading built pages without a DOM library: Astro writes well-formed, predictable HTML, so a
 * small tag scanner is enough to pick elements, attributes, text and links out of it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Script and style bodies and comments, which hold no markup. */
function withoutRawText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
}

const TAG =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The attributes of an opening tag's attribute text, names in lower case, values decoded. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (!name || attributes.has(name)) continue;
    attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** Every opening tag in the document, in order (script and style bodies skipped). */
export function allTags(html: string): Tag[] {
  return [...withoutRawText(html).matchAll(TAG)].map((match) => ({
    name: (match[1] ?? '').toLowerCase(),
    attributes: parseAttributes(match[2] ?? ''),
  }));
}

interface SimpleSelector {
  tag?: string;
  id?: string;
  classes: string[];
  attributes: { name: string; value?: string }[];
}

/** `tag`, `.class`, `#id`, `[attr]`, `[attr="value"]` and combinations, e.g. `a[rel="next"]`. */
function parseSelector(selector: string): SimpleSelector {
  const result: SimpleSelector = { classes: [], attributes: [] };
  const pattern =
    /^([a-zA-Z][a-zA-Z0-9-]*)|\.([\w-]+)|#([\w-]+)|\[([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\]]*)))?\]/g;
  let consumed = 0;
  for (const match of selector.matchAll(pattern)) {
    if (match.index !== consumed) break;
    consumed += match[0].length;
    if (match[1]) result.tag = match[1].toLowerCase();
    else if (match[2]) result.classes.push(match[2]);
    else if (match[3]) result.id = match[3];
    else if (match[4]) {
      const value = match[5] ?? match[6] ?? match[7];
      result.attributes.push(value === undefined ? { name: match[4] } : { name: match[4], value });
    }
  }
  if (consumed !== selector.length) throw new Error(`Unsupported selector: ${selector}`);
  return result;
}

function matches(tag: Tag, selector: SimpleSelector): boolean {
  if (selector.tag && tag.name !== selector.tag) return false;
  if (selector.id && tag.attributes.get('id') !== selector.id) return false;
  const classes = (tag.attributes.get('class') ?? '').split(/\s+/);
  if (!selector.classes.every((name) => classes.includes(name))) return false;
  return selector.attributes.every(({ name, value }) =>
    value === undefined ? tag.attributes.has(name) : tag.attributes.get(name) === value,
  );
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** The end of the element whose opening tag ends at `from`: after its matching closing tag. */
function elementEnd(html: string, name: string, from: number): number {
  const pattern = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : match[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}

/**
 * The outer HTML of every element matching `selector`, in document order. Descendant
 * selectors are written with spaces: `aside.stats-box dd`.
 */
export function select(html: string, selector: string): string[] {
  const [first, ...rest] = selector.trim().split(/\s+/);
  if (!first) return [];
  const simple = parseSelector(first);
  const source = withoutRawText(html);
  const found: string[] = [];
  for (const match of source.matchAll(TAG)) {
    const tag = {
      name: (match[1] ?? '').toLowerCase(),
      attributes: parseAttributes(match[2] ?? ''),
    };
    if (!matches(tag, simple)) continue;
    const start = match.index;
    const openEnd = start + match[0].length;
    const end =
      VOID.has(tag.name) || match[0].endsWith('/>')
        ? openEnd
        : elementEnd(source, tag.name, openEnd);
    found.push(source.slice(start, end));
  }
  if (rest.length === 0) return found;
  // Descendants: search inside each match's content (not its own opening tag).
  return found.flatMap((outer) => {
    const inner = outer.slice(outer.indexOf('>') + 1);
    return select(inner, rest.join(' '));
  });
}

/** The single element matching `selector`; throws when there is none or more than one. */
export function selectOne(html: string, selector: string): string {
  const found = select(html, selector);
  if (found.length !== 1) throw new Error(`Expected one "${selector}", found ${found.length}`);
  return found[0] as string;
}

/** An attribute of an element's opening tag (the first tag of `element`). */
export function attr(element: string, name: string): string | undefined {
  const match = /^<[a-zA-Z][a-zA-Z0-9-]*([^>]*)>/.exec(element.trim());
  return match ? parseAttributes(match[1] ?? '').get(name.toLowerCase()) : undefined;
}

/** The text of an element as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
export function text(html: string): string {
  const withoutTags = withoutRawText(html)
    .replace(/<(script|style)\b[^>]*><\/\1>/gi, '')
    // Inline elements run on with their neighbours; every other tag separates words.
    .replace(
      /<\/?(?:a|abbr|b|bdi|cite|code|del|em|i|ins|kbd|mark|q|s|small|span|strong|sub|sup|time|u)\b[^>]*>/gi,
      '',
    )
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

/** Label → value for every `<dt>`/`<dd>` pair in a `<dl>` (or any HTML holding them). */
export function definitionList(html: string): Record<string, string> {
  const terms = select(html, 'dt').map(text);
  const values = select(html, 'dd').map(text);
  return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
}

/** Every URL a page refers to: links, sources, srcset candidates, CSS `url()`s, social images. */
export function allReferences(html: string): string[] {
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
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    urls.push(...cssUrls(match[1] ?? ''));
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
export function allInternalLinks(html: string, site?: string): string[] {
  const origin = site ? new URL(site).origin : undefined;
  return allReferences(html).filter((url) => {
    if (url.startsWith('//'))
      return origin !== undefined && new URL(`https:${url}`).host === new URL(origin).host;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url))
      return origin !== undefined && url.startsWith(`${origin}/`);
    return true;
  });
}
