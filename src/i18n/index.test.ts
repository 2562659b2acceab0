import { describe, expect, test } from 'vitest';
import { en, type UiKey } from './en';
import { around, t, tCount, template, translator } from './index';
import { zhCN } from './zh-CN';

const KEYS = Object.keys(en) as UiKey[];

/** The `{name}` placeholders of a string, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').toSorted();
}

describe('around', () => {
  test('returns the text either side of the placeholder, in the order the language puts it', () => {
    expect(around('en', 'stats.inYear', 'figure', { year: 2023 })).toEqual(['', ' in 2023']);
    expect(around('zh-CN', 'stats.inYear', 'figure', { year: 2023 })).toEqual(['2023年', '']);
    expect(around('en', 'stats.stage.planned', 'count')).toEqual(['', ' planned']);
    expect(around('zh-CN', 'stats.stage.planned', 'count')).toEqual(['计划', '']);
  });

  test('throws naming the key when the placeholder is not in the string', () => {
    expect(() => around('en', 'site.nav.home', 'count')).toThrow(
      't(): "site.nav.home" must hold {count} once to be split around it',
    );
  });

  test('throws naming the placeholder when another value is missing', () => {
    expect(() => around('en', 'stats.inYear', 'figure')).toThrow('{year}');
  });
});

describe('t', () => {
  test('returns the string for the key in the language', () => {
    expect(t('en', 'site.nav.home')).toBe('Home');
    expect(t('zh-CN', 'site.nav.home')).toBe('首页');
  });

  test('fills placeholders with strings and numbers', () => {
    expect(t('en', 'issue.number', { number: 4 })).toBe('No. 4');
    expect(t('zh-CN', 'issue.number', { number: 4 })).toBe('第4期');
    expect(t('en', 'issue.by', { author: 'Hanting Rong Media' })).toBe('By Hanting Rong Media');
  });

  test('fills every placeholder, including repeated kinds in one string', () => {
    expect(t('en', 'archive.page', { page: 2, pages: 3 })).toBe('Page 2 of 3');
    expect(t('zh-CN', 'home.targets.heading', { start: 2022, end: 2024 })).toBe(
      '全市目标（2022—2024年）',
    );
  });

  test('fills 0 rather than treating it as missing', () => {
    expect(t('en', 'archive.intro', { count: 0 })).toBe('0 issues, newest first.');
  });

  test('ignores values the string does not use', () => {
    expect(t('en', 'site.nav.home', { unused: 'x' })).toBe('Home');
  });

  test('throws naming the placeholder when a value is missing', () => {
    expect(() => t('en', 'issue.number')).toThrow('needs a value for {number}');
    expect(() => t('zh-CN', 'archive.page', { page: 1 })).toThrow('needs a value for {pages}');
  });
});

describe('translator', () => {
  test('returns t bound to one language', () => {
    const zh = translator('zh-CN');
    expect(zh('site.nav.about')).toBe('关于');
    expect(zh('archive.page', { page: 1, pages: 2 })).toBe(
      t('zh-CN', 'archive.page', { page: 1, pages: 2 }),
    );
    expect(translator('en')('site.nav.about')).toBe('About');
  });

  test('throws like t when a value is missing', () => {
    expect(() => translator('en')('issue.by')).toThrow('needs a value for {author}');
  });
});

describe('template', () => {
  test('returns the string with its placeholders left in', () => {
    expect(template('en', 'archive.page')).toBe('Page {page} of {pages}');
    expect(template('zh-CN', 'issue.number')).toBe('第{number}期');
  });
});

describe('dictionaries', () => {
  test('zh-CN has exactly the keys of en', () => {
    expect(Object.keys(zhCN).toSorted()).toEqual(KEYS.toSorted());
  });

  test('zh-CN uses the same placeholders as en for every key', () => {
    const mismatched = KEYS.filter(
      (key) => placeholders(en[key]).join() !== placeholders(zhCN[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  test('no string is empty', () => {
    expect(KEYS.filter((key) => en[key].trim() === '' || zhCN[key].trim() === '')).toEqual([]);
  });

  test('every string with placeholders can be filled in both languages', () => {
    for (const key of KEYS) {
      const values = Object.fromEntries(placeholders(en[key]).map((name) => [name, 'X']));
      expect(t('en', key, values)).not.toMatch(/\{\w+\}/);
      expect(t('zh-CN', key, values)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('tCount', () => {
  test('returns the zero, singular or plural phrase for the count in English', () => {
    expect(tCount('en', 'districts.issueCount', 0)).toBe('No issue yet');
    expect(tCount('en', 'districts.issueCount', 1)).toBe('1 issue');
    expect(tCount('en', 'districts.issueCount', 21)).toBe('21 issues');
  });

  test('returns the zero phrase, else the one counted phrase, in Chinese', () => {
    expect(tCount('zh-CN', 'districts.issueCount', 0)).toBe('尚无报道');
    expect(tCount('zh-CN', 'districts.issueCount', 1)).toBe('1期');
    expect(tCount('zh-CN', 'search.status.found', 3)).toBe('找到3条结果。');
  });
});
