/**
 * The `tricky` fixture: content that is valid but easy to get wrong. Issue 1 and the YAML files
 * are saved the way Notepad on Windows saves them, with a UTF-8 byte-order mark and CRLF line
 * endings; issue 2's title, summary, byline, project, tag and district name are text that
 * looks like markup. The first must build with its figures, the second must reach readers as
 * text everywhere it appears: pages, meta tags, JSON-LD, feeds, the search index, the card.
 *
 * Pages are read with test/support/html.ts, which parses them as the HTML standard says: an
 * attribute holding `<script>` is exactly the case a hand-made tag scanner gets wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import {
  attr,
  definitionList,
  listFiles,
  listPages,
  parseHtml,
  readPage,
  select,
  selectOne,
  text,
  type Html,
} from '../support/html';
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

const page = (path: string) => parseHtml(readPage(site.outDir, path));

/** The `content` of every `<meta name=…>` or `<meta property=…>` with that key. */
const meta = (html: Html, key: string) =>
  select(html, `meta[name="${key}"], meta[property="${key}"]`).map((element) =>
    attr(element, 'content'),
  );

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
    const issue = page('/issues/1/');
    expect(select(issue, 'h1').map(text)).toEqual(['Harbour District opens two schools']);
    expect(select(issue, '.issue__summary').map(text)).toEqual([
      'Saved on Windows with a byte-order mark and CRLF line endings, figures and all.',
    ]);
    const article = text(selectOne(issue, '.prose'));
    expect(article).toContain(
      'Harbour District has opened two schools with 1,800 places between them.',
    );
    expect(article).toContain('The second paragraph, after the component.');
    expect(readPage(site.outDir, '/issues/1/')).not.toContain('\uFEFF');
  });

  it('shows its figures in the stats box, its <Stat> and its project table', () => {
    const issue = page('/issues/1/');
    expect(definitionList(select(issue, '.stats-box .figures')[0])).toEqual({
      'Planned investment': '120 million yuan',
      'New school places': '1,800',
      Schools: 'not reported',
      Kindergartens: '3 planned, of which 1 completed',
    });
    expect(select(issue, '.mdx-stat__value').map(text)).toEqual(['1,800 places']);
    expect(select(issue, '.mdx-stat__label').map(text)).toEqual(['new school places']);
    expect(text(selectOne(issue, 'table'))).toContain('Harbour Bay Primary School');
  });

  it('names its district in both languages from districts.yaml', () => {
    expect(select(page('/districts/harbour/'), 'h1').map(text)).toEqual([
      'Harbour District 港湾区',
    ]);
  });
});

describe('text that looks like markup', () => {
  it('is text in the issue page: title element, headline, byline, project, tag', () => {
    const html = readPage(site.outDir, '/issues/2/');
    // The title element holds text only: not a single `<` inside it.
    expect(/<title>([^]*?)<\/title>/.exec(html)?.[1]).not.toContain('<');
    const issue = parseHtml(html);
    expect(select(issue, 'title').map(text)).toEqual([`${TITLE} · ${COLUMN}`]);
    expect(select(issue, 'h1').map(text)).toEqual([TITLE]);
    const shownText = text(issue);
    for (const shown of [SUMMARY, AUTHOR, PROJECT, TAG.toLowerCase()])
      expect(shownText).toContain(shown);
  });

  it('is whole in the description, Open Graph and Twitter tags', () => {
    const issue = page('/issues/2/');
    expect(meta(issue, 'description')).toEqual([SUMMARY]);
    expect(meta(issue, 'og:title')).toEqual([TITLE]);
    expect(meta(issue, 'og:description')).toEqual([SUMMARY]);
    expect(meta(issue, 'twitter:title')).toEqual([TITLE]);
    expect(meta(issue, 'twitter:description')).toEqual([SUMMARY]);
    expect(meta(issue, 'og:image:alt')).toEqual([`No. 2 · ${DISTRICT}: ${TITLE}`]);
  });

  it('cannot end a JSON-LD script early, and parses back to the same text', () => {
    const scripts = select(page('/issues/2/'), 'script[type="application/ld+json"]').map(text);
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
      const shown = page(path);
      expect(select(shown, 'b'), path).toEqual([]);
      expect(select(shown, 'script:not([src]):not([type="application/ld+json"])'), path).toEqual(
        [],
      );
    }
    // The pages that show the district name or the issue do show it, as text.
    for (const path of ['/', '/issues/', '/districts/', '/districts/cove/'])
      expect(text(page(path)), path).toContain(DISTRICT);
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
