import { describe, expect, test } from 'vitest';
import { localiseFootnotes } from './footnoteLabels';

/** Footnotes as Sätteri renders them: a reference cited twice, and a second note. */
const ARTICLE = [
  '<p>Text<sup><a href="#user-content-fn-a" id="user-content-fnref-a" data-footnote-ref="true" aria-describedby="footnote-label">1</a></sup></p>',
  '<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>',
  '<ol><li id="user-content-fn-a"><p>Note. <a href="#user-content-fnref-a" data-footnote-backref aria-label="Back to reference 1" class="data-footnote-backref">↩</a> <a href="#user-content-fnref-a-2" data-footnote-backref aria-label="Back to reference 1-2" class="data-footnote-backref">↩<sup>2</sup></a></p></li>',
  '<li id="user-content-fn-b"><p>Back to reference 2 is what the link says. <a href="#user-content-fnref-b" data-footnote-backref aria-label="Back to reference 2" class="data-footnote-backref">↩</a></p></li></ol></section>',
].join('\n');

describe('localiseFootnotes', () => {
  test('labels the footnotes and each back link in Chinese for a Chinese issue', () => {
    const html = localiseFootnotes(ARTICLE, 'zh-CN');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">注释</h2>');
    expect([...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1])).toEqual([
      '返回正文引用处1',
      '返回正文引用处1-2',
      '返回正文引用处2',
    ]);
  });

  test('leaves the article text alone, even where it reads like a label', () => {
    expect(localiseFootnotes(ARTICLE, 'zh-CN')).toContain(
      '<p>Back to reference 2 is what the link says.',
    );
  });

  test('keeps the English labels for an English issue', () => {
    expect(localiseFootnotes(ARTICLE, 'en')).toBe(ARTICLE);
  });

  test('returns an article without footnotes as it is', () => {
    expect(localiseFootnotes('<p>Footnotes</p>', 'zh-CN')).toBe('<p>Footnotes</p>');
  });
});
