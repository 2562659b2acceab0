/**
 * The `markdown` fixture: one issue in English and its Chinese edition, using every Markdown
 * construct docs/editing.md promises editors, and a GFM task list in a second issue, rendered
 * by the site's Markdown processor (astro.config.mjs). The HTML must be what the stylesheet and the Content Security Policy
 * expect: table alignment as `data-align`, never a `style` attribute.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { allTags, attr, listPages, readPage, select, selectOne, text } from '../support/html';
import { fixtureContent } from '../support/paths';

let site: BuildResult;
const prose = (path: string) => selectOne(readPage(site.outDir, path), 'article div.prose');

beforeAll(async () => {
  site = expectBuilt(await buildSite({ name: 'markdown', contentDir: fixtureContent('markdown') }));
});

/** The element at `index` in a list, failing the test when there is none. */
function at<T>(items: T[], index: number): T {
  const found = items[index];
  if (found === undefined) throw new Error(`no item ${index} among ${items.length}`);
  return found;
}

/** Whether a link's `href` leads to `id` on the page: browsers try the fragment as written, then decoded. */
function leadsTo(href: string | undefined, id: string | undefined): boolean {
  const fragment = (href ?? '').replace(/^#/, '');
  return id !== undefined && (fragment === id || decodeURIComponent(fragment) === id);
}

/** Each table's rows, as the `data-align` of their cells (`-` where a cell has none). */
function alignments(html: ReturnType<typeof prose>): string[][][] {
  return select(html, 'table').map((table) =>
    select(table, 'tr').map((row) =>
      select(row, 'th, td').map((cell) => attr(cell, 'data-align') ?? '-'),
    ),
  );
}

describe('Markdown in an issue', () => {
  it('writes no style attribute on any page', () => {
    const styled = listPages(site.outDir).flatMap((path) =>
      allTags(readPage(site.outDir, path))
        .filter((tag) => tag.attributes.has('style'))
        .map((tag) => `${path}: <${tag.name} style="${tag.attributes.get('style') ?? ''}">`),
    );
    expect(styled).toEqual([]);
  });

  it('aligns table columns with data-align, in the article and inside a component', () => {
    const row = ['left', 'right', 'center', '-'];
    expect(alignments(prose('/issues/1/'))).toEqual([
      [row, row, row, row],
      [
        ['-', '-'],
        ['-', '-'],
      ],
      [
        ['right', 'left'],
        ['right', 'left'],
      ],
    ]);
    expect(alignments(prose('/zh/issues/1/'))).toEqual([
      Array(3).fill(['left', 'right', 'center']),
    ]);
  });

  it('keeps table cells’ inline Markdown and escaped pipes', () => {
    const cells = select(at(select(prose('/issues/1/'), 'table'), 0), 'tbody td');
    expect(cells.map(text)).toEqual([
      'East block',
      '24',
      '2023',
      'see https://example.com/east',
      'Annexe',
      '6',
      '2024',
      'a | pipe, the plan',
      'North',
      '12',
      '',
      'cut',
    ]);
    expect(select(at(cells, 0), 'strong').map(text)).toEqual(['East']);
    expect(select(at(cells, 4), 'code').map(text)).toEqual(['Annexe']);
  });

  it.each(['/issues/1/', '/zh/issues/1/'])(
    'numbers footnotes in order of use and links each reference and back-link both ways (%s)',
    (path) => {
      const article = prose(path);
      const references = select(article, 'sup a[data-footnote-ref]');
      const notes = select(selectOne(article, 'section.footnotes'), 'ol > li');
      expect(references.map(text)).toEqual(
        path === '/issues/1/' ? ['1', '2', '1', '3'] : ['1', '2'],
      );
      for (const reference of references) {
        const href = attr(reference, 'href');
        const note = at(
          notes.filter((item) => leadsTo(href, attr(item, 'id'))),
          0,
        );
        const backs = select(note, 'a[data-footnote-backref]');
        expect(backs.some((back) => leadsTo(attr(back, 'href'), attr(reference, 'id')))).toBe(true);
        expect(attr(reference, 'aria-describedby')).toBe('footnote-label');
      }
      const label = selectOne(article, 'section.footnotes h2#footnote-label');
      expect(attr(label, 'class')).toBe('sr-only');
      // What a screen reader says: the issue's own language, not the processor's English.
      const chinese = path.startsWith('/zh/');
      expect(text(label)).toBe(chinese ? '注释' : 'Footnotes');
      expect(
        select(article, 'a[data-footnote-backref]').map((back) => attr(back, 'aria-label')),
      ).toEqual(
        chinese
          ? ['返回正文引用处1', '返回正文引用处2']
          : [
              'Back to reference 1',
              'Back to reference 1-2',
              'Back to reference 2',
              'Back to reference 3',
            ],
      );
    },
  );

  it('gives a note referenced twice a back-link to each reference', () => {
    const note = selectOne(prose('/issues/1/'), 'li#user-content-fn-revised');
    expect(select(note, 'a[data-footnote-backref]').map((a) => attr(a, 'href'))).toEqual([
      '#user-content-fnref-revised',
      '#user-content-fnref-revised-2',
    ]);
    expect(text(note)).toContain('after a survey of the site.');
  });

  it('strikes text through with <del>', () => {
    expect(select(prose('/issues/1/'), 'del').map(text)).toEqual(['two buildings', 'one', 'cut']);
    expect(select(prose('/zh/issues/1/'), 'del').map(text)).toEqual(['两栋楼']);
  });

  it('turns bare web and e-mail addresses into links, and keeps written links', () => {
    const links = select(
      prose('/issues/1/'),
      'a:not([data-footnote-ref], [data-footnote-backref])',
    );
    expect(links.map((a) => [attr(a, 'href'), text(a)])).toEqual([
      ['https://example.com/east', 'https://example.com/east'],
      ['https://example.org/plan', 'the plan'],
      ['https://example.com/report', 'https://example.com/report'],
      ['http://www.example.org', 'www.example.org'],
      ['mailto:office@example.org', 'office@example.org'],
      ['https://example.net/', 'a written link'],
      ['http://example.com/path?query=1&b=2', 'http://example.com/path?query=1&b=2'],
      ['https://example.com/note', 'https://example.com/note'],
    ]);
    const zh = select(
      prose('/zh/issues/1/'),
      'a:not([data-footnote-ref], [data-footnote-backref])',
    );
    expect(zh.map((a) => [attr(a, 'href'), text(a)])).toEqual([
      ['https://example.com/east', '东区方案'],
      ['mailto:office@example.org', 'office@example.org'],
      ['http://www.example.org', 'www.example.org'],
    ]);
  });

  it('shows task lists as disabled checkboxes', () => {
    const items = select(prose('/issues/2/'), 'ul.contains-task-list > li.task-list-item');
    expect(
      items.map((item) => {
        const box = selectOne(item, 'input[type=checkbox]');
        return [text(item), attr(box, 'checked') !== undefined, attr(box, 'disabled')];
      }),
    ).toEqual([
      ['Land secured', true, ''],
      ['Building started', false, ''],
    ]);
  });

  it('gives headings ids, a repeated heading its own', () => {
    expect(select(prose('/issues/1/'), 'h2, h3').map((h) => attr(h, 'id'))).toEqual([
      'the-sites',
      'the-sites-1',
      'links',
      'progress',
      'footnote-label',
    ]);
    expect(select(prose('/zh/issues/1/'), 'h2').map((h) => attr(h, 'id'))).toEqual([
      '各校区',
      '各校区-1',
      'footnote-label',
    ]);
  });

  it('sets quotes, apostrophes, dashes and ellipses typographically', () => {
    expect(text(at(select(prose('/issues/1/'), 'p'), 0))).toMatch(
      /^Harbour District has “revised” its plan – twice — and it’s still ‘on track’… /,
    );
  });

  it('renders the editors’ components around Markdown', () => {
    const article = prose('/issues/1/');
    expect(text(selectOne(article, '.mdx-stat__value'))).toBe('24 classrooms');
    const callout = selectOne(article, 'aside.mdx-callout');
    expect(select(callout, 'table')).toHaveLength(1);
    expect(select(callout, 'sup a[data-footnote-ref]').map(text)).toEqual(['3']);
    expect(text(selectOne(article, '.mdx-pullquote blockquote'))).toBe(
      'Every child should have a school place close to home.',
    );
    expect(attr(selectOne(article, 'figure.mdx-figure img'), 'alt')).toBe(
      'Stripes standing in for the east site',
    );
    const picture = select(article, 'p > img');
    expect(picture.map((img) => attr(img, 'alt'))).toEqual([
      'Stripes again, as a plain Markdown picture',
    ]);
    expect(attr(picture[0], 'src')).toMatch(/^\/_astro\/.+\.webp$/);
  });

  it('keeps line breaks, quotations and HTML elements', () => {
    const article = prose('/issues/1/');
    const lines = at(
      select(article, 'p').filter((p) => text(p).startsWith('Line one')),
      0,
    );
    expect(select(lines, 'br')).toHaveLength(1);
    expect(select(lines, 'sub').map(text)).toEqual(['2']);
    expect(select(lines, 'sup').map(text)).toEqual(['2']);
    expect(select(article, 'blockquote').map(text)).toEqual([
      'A quotation, with bold and emphasis.',
      'Every child should have a school place close to home.',
    ]);
    expect(select(article, 'hr')).toHaveLength(1);
  });
});
