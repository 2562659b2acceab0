/**
 * The `tricky` fixture: content that is valid but easy to get wrong. Issue 1 and the YAML files
 * are saved the way Notepad on Windows saves them, with a UTF-8 byte-order mark and CRLF line
 * endings; issue 2's title, summary, byline, project, tag and district name are text that
 * looks like markup. The first must build with its figures, the second must reach readers as
 * text everywhere it appears: pages, meta tags, JSON-LD, feeds, the search index, the card.
 *
 * Pages are read with a real HTML parser (hast-util-from-html, which follows the HTML standard),
 * not the tag scanner in test/support/html.ts: an attribute holding `<script>` is exactly the
 * case a scanner gets wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { listFiles, listPages, readPage } from '../support/html';
import { fixtureContent } from '../support/paths';

const CONTENT = fixtureContent('tricky');
const MARKUP = '</script><script>alert(1)</script> & "quotes" <b>bold</b>';
const TITLE = `Schools ${MARKUP}`;
const SUMMARY = `Summary ${MARKUP} for cards and feeds.`;
const AUTHOR = `Desk ${MARKUP}`;
const PROJECT = `School ${MARKUP}`;
const DISTRICT = MARKUP;
const TAG = '<b>bold</b> & "quotes"';
const COLUMN = 'Tricky Column';

let site: BuildResult;

beforeAll(async () => {
  site = expectBuilt(await buildSite({ name: 'tricky', contentDir: CONTENT }));
});

const parse = (path: string): Root => fromHtml(readPage(site.outDir, path));

function elements(tree: Root, wanted: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (wanted(element)) found.push(element);
  });
  return found;
}

const byTag = (tree: Root, tagName: string) =>
  elements(tree, (element) => element.tagName === tagName);

const byClass = (tree: Root, className: string) =>
  elements(tree, (element) => {
    const classes = element.properties['className'];
    return Array.isArray(classes) && classes.includes(className);
  });

/** A root holding `found`, to search within it. */
const within = (found: (Element | undefined)[]): Root => ({
  type: 'root',
  children: found.filter((element) => element !== undefined),
});

/** The text a reader sees in an element, spaces collapsed. */
function textOf(node: Element | Root): string {
  const parts: string[] = [];
  visit(node, 'text', (text) => {
    parts.push(text.value);
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The `content` of every `<meta name=…>` or `<meta property=…>` with that key. */
const meta = (tree: Root, key: string) =>
  elements(
    tree,
    (element) =>
      element.tagName === 'meta' &&
      (element.properties['name'] === key || element.properties['property'] === key),
  ).map((element) => element.properties['content']);

describe('an issue and YAML files saved on Windows (byte-order mark, CRLF line endings)', () => {
  it.each(['column.yaml', 'districts.yaml', 'issues/001-saved-on-windows.mdx'])(
    'are saved that way in the fixture: %s',
    (file) => {
      const bytes = readFileSync(join(CONTENT, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('\r\n');
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    },
  );

  it('builds the issue page with its headline, byline and article', () => {
    const page = parse('/issues/1/');
    expect(byTag(page, 'h1').map(textOf)).toEqual(['Harbour District opens two schools']);
    expect(byClass(page, 'issue__summary').map(textOf)).toEqual([
      'Saved on Windows with a byte-order mark and CRLF line endings, figures and all.',
    ]);
    const article = textOf(within(byClass(page, 'prose')));
    expect(article).toContain(
      'Harbour District has opened two schools with 1,800 places between them.',
    );
    expect(article).toContain('The second paragraph, after the component.');
    expect(readPage(site.outDir, '/issues/1/')).not.toContain('\uFEFF');
  });

  it('shows its figures in the stats box, its <Stat> and its project table', () => {
    const page = parse('/issues/1/');
    const [figures] = byClass(within(byClass(page, 'stats-box')), 'figures');
    const terms = byTag(within([figures]), 'dt').map(textOf);
    const values = byTag(within([figures]), 'dd').map(textOf);
    expect(Object.fromEntries(terms.map((term, index) => [term, values[index]]))).toEqual({
      'Planned investment': '120 million yuan',
      'New school places': '1,800',
      Schools: 'not reported',
      Kindergartens: '3 planned · 1 completed',
    });
    expect(byClass(page, 'mdx-stat__value').map(textOf)).toEqual(['1,800 places']);
    expect(byClass(page, 'mdx-stat__label').map(textOf)).toEqual(['new school places']);
    expect(textOf(within(byTag(page, 'table')))).toContain('Harbour Bay Primary School');
  });

  it('names its district in both languages from districts.yaml', () => {
    expect(byTag(parse('/districts/harbour/'), 'h1').map(textOf)).toEqual([
      'Harbour District 港湾区',
    ]);
  });
});

describe('text that looks like markup', () => {
  it('is text in the issue page: title element, headline, byline, project, tag', () => {
    const html = readPage(site.outDir, '/issues/2/');
    // The title element holds text only: not a single `<` inside it.
    expect(/<title>([^]*?)<\/title>/.exec(html)?.[1]).not.toContain('<');
    const page = fromHtml(html);
    expect(byTag(page, 'title').map(textOf)).toEqual([`${TITLE} · ${COLUMN}`]);
    expect(byTag(page, 'h1').map(textOf)).toEqual([TITLE]);
    const text = textOf(page);
    for (const shown of [SUMMARY, AUTHOR, PROJECT, TAG.toLowerCase()])
      expect(text).toContain(shown);
  });

  it('is whole in the description, Open Graph and Twitter tags', () => {
    const page = parse('/issues/2/');
    expect(meta(page, 'description')).toEqual([SUMMARY]);
    expect(meta(page, 'og:title')).toEqual([TITLE]);
    expect(meta(page, 'og:description')).toEqual([SUMMARY]);
    expect(meta(page, 'twitter:title')).toEqual([TITLE]);
    expect(meta(page, 'twitter:description')).toEqual([SUMMARY]);
    expect(meta(page, 'og:image:alt')).toEqual([`No. 2 · ${DISTRICT}: ${TITLE}`]);
  });

  it('cannot end a JSON-LD script early, and parses back to the same text', () => {
    const scripts = elements(
      parse('/issues/2/'),
      (element) =>
        element.tagName === 'script' && element.properties['type'] === 'application/ld+json',
    ).map(textOf);
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(script).not.toMatch(/<\/script/i);
    for (const script of scripts) expect(script).not.toContain('<');
    const [article, breadcrumbs] = scripts.map((script) => JSON.parse(script) as unknown);
    expect(article).toMatchObject({
      headline: TITLE,
      description: SUMMARY,
      author: { name: AUTHOR },
    });
    expect(breadcrumbs).toMatchObject({ itemListElement: [{}, { name: DISTRICT }, {}] });
  });

  it('never becomes an element on any page', () => {
    const pages = listPages(site.outDir);
    expect(pages).toEqual(expect.arrayContaining(['/', '/issues/', '/issues/2/', '/search/']));
    for (const path of pages) {
      const page = parse(path);
      expect(byTag(page, 'b'), path).toEqual([]);
      const scripts = byTag(page, 'script');
      expect(
        scripts.filter(
          (script) =>
            !script.properties['src'] && script.properties['type'] !== 'application/ld+json',
        ),
        path,
      ).toEqual([]);
    }
    // The pages that show the district name or the issue do show it, as text.
    for (const path of ['/', '/issues/', '/districts/', '/districts/cove/'])
      expect(textOf(parse(path)), path).toContain(DISTRICT);
  });

  it('is escaped in the column feed and the district feed', () => {
    for (const path of ['rss.xml', 'districts/cove/rss.xml']) {
      const xml = readFileSync(join(site.outDir, path), 'utf8');
      expect(xml, path).not.toContain('<b>');
      expect(xml, path).not.toMatch(/<script/i);
      const item = parseFeed(xml).items.find((entry) => entry.url?.endsWith('/issues/2/'));
      expect(item?.title, path).toBe(TITLE);
      expect(item?.description, path).toBe(SUMMARY);
      expect(
        item?.categories.map((category) => category.label),
        path,
      ).toEqual([DISTRICT]);
    }
    expect(parseFeed(readFileSync(join(site.outDir, 'districts/cove/rss.xml'), 'utf8')).title).toBe(
      `${COLUMN}: ${DISTRICT}`,
    );
  });

  it('is held as text in the search index, which the search page shows as text', () => {
    const fragments = listFiles(join(site.outDir, 'pagefind', 'fragment')).map(
      (file) =>
        JSON.parse(
          gunzipSync(readFileSync(join(site.outDir, 'pagefind', 'fragment', file)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string; meta: Record<string, string> },
    );
    const issue = fragments.find((fragment) => fragment.url === '/issues/2/');
    expect(issue?.meta).toMatchObject({ title: TITLE, summary: SUMMARY, district: DISTRICT });
    expect(issue?.content).toContain(PROJECT);
  });

  it('is drawn on the social card, which Pango reads as markup only after escaping', async () => {
    const card = await sharp(join(site.outDir, 'og', 'issues', '2.png')).metadata();
    expect([card.format, card.width, card.height]).toEqual(['png', 1200, 630]);
  });
});
