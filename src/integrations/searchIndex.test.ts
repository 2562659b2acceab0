import { describe, expect, test } from 'vitest';
import { isSearchPage, markChinesePage } from './searchIndex';

/** A page in `lang` whose indexed body is `body`, after a header Pagefind does not index. */
const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>学校</title></head><body><header>学校</header><article data-pagefind-body>${body}</article></body></html>`;
/** The page's body as marked, zero-width spaces shown as `|`. */
const markedBody = (html: string) =>
  /<article data-pagefind-body>(.*)<\/article>/s
    .exec(markChinesePage(html))?.[1]
    ?.replaceAll('\u200B', '|');

describe('markChinesePage', () => {
  test('returns a page in another language as it is', () => {
    const english = page('en', '<p>学校</p>');
    expect(markChinesePage(english)).toBe(english);
  });

  test('marks the tokens of the indexed body and nothing outside it', () => {
    const marked = markChinesePage(page('zh-CN', '<p>公办幼儿园</p>'));
    expect(marked.replaceAll('\u200B', '|')).toContain(
      '<title>学校</title></head><body><header>学校</header>',
    );
    expect(markedBody(page('zh-CN', '<p>公办幼儿园</p>'))).toBe('<p>|公|办|幼儿|园</p>');
  });

  test('reads a sentence across inline elements, as Pagefind does', () => {
    expect(markedBody(page('zh-CN', '<p><strong>学</strong>校</p>'))).toBe(
      '<p><strong>|学</strong>校</p>',
    );
  });

  test('ends a sentence at a block element', () => {
    expect(markedBody(page('zh-CN', '<p>学</p><p>校</p>'))).toBe('<p>|学</p><p>|校</p>');
  });

  test('leaves the parts Pagefind ignores as they are', () => {
    expect(markedBody(page('zh-CN', '<div data-pagefind-ignore>学校</div><p>学校</p>'))).toBe(
      '<div data-pagefind-ignore>学校</div><p>|学校</p>',
    );
  });

  test('keeps character references, marking after them as after the character', () => {
    expect(markedBody(page('zh-CN', '<p>学校&amp;教育</p>'))).toBe('<p>|学校|&amp;|教育</p>');
  });
});

describe('isSearchPage', () => {
  test('returns true for issue and project pages in either language', () => {
    expect(
      ['issues/4/', 'zh/issues/4/', 'projects/x-school/', 'zh/projects/x-school/'].every(
        isSearchPage,
      ),
    ).toBe(true);
  });

  test('returns false for every other page', () => {
    expect(
      ['', 'issues/', 'issues/page/2/', 'zh/search/', 'districts/hanting/'].some(isSearchPage),
    ).toBe(false);
  });
});
