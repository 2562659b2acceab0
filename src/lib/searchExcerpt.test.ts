import { describe, expect, test } from 'vitest';
import { chineseExcerpt } from './searchExcerpt';

describe('chineseExcerpt', () => {
  test('returns one mark for a query Pagefind marked as two tokens', () => {
    expect(chineseExcerpt('新建公办<mark>幼儿</mark><mark>园</mark>三所', '幼儿园')).toBe(
      '新建公办<mark>幼儿园</mark>三所',
    );
  });

  test('returns the query marked, not the whole token around it', () => {
    expect(chineseExcerpt('扩建<mark>小学</mark><mark>校</mark>舍', '学校')).toBe(
      '扩建小<mark>学校</mark>舍',
    );
  });

  test('returns every occurrence of the query marked', () => {
    expect(chineseExcerpt('<mark>幼儿</mark><mark>园</mark>. 城市之光幼儿园', '幼儿园')).toBe(
      '<mark>幼儿园</mark>。城市之光<mark>幼儿园</mark>',
    );
  });

  test('returns pieces joined with 。 where Pagefind joined them with ". "', () => {
    expect(chineseExcerpt('城市之光幼儿园. 青州市. 历次报道. 报道过', '报道')).toBe(
      '城市之光幼儿园。青州市。历次<mark>报道</mark>。<mark>报道</mark>过',
    );
  });

  test('returns no space after full-width punctuation or between Chinese pieces', () => {
    expect(chineseExcerpt('占比达到90%以上。 作为 2024年', '作为')).toBe(
      '占比达到90%以上。<mark>作为</mark>2024年',
    );
  });

  test('returns Latin text and its ". " as they were', () => {
    expect(chineseExcerpt('Hanting. The <mark>school</mark> opens', 'school')).toBe(
      'Hanting. The <mark>school</mark> opens',
    );
  });

  test('returns Latin words marked whole only', () => {
    expect(chineseExcerpt('G20 and 20 schools', '20')).toBe('G20 and <mark>20</mark> schools');
  });

  test("returns Pagefind's marks, merged, when the excerpt does not hold the query as typed", () => {
    expect(chineseExcerpt('投资<mark>30.76</mark><mark>亿</mark>元', '3076亿')).toBe(
      '投资<mark>30.76亿</mark>元',
    );
  });

  test('returns the text escaped as Pagefind gave it', () => {
    expect(chineseExcerpt('A &amp; B &lt;学校&gt;', '学校')).toBe(
      'A &#38; B &#60;<mark>学校</mark>&#62;',
    );
  });
});
