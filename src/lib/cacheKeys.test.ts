import { describe, expect, test } from 'vitest';
import { cacheKeyOf, pageKey } from './cacheKeys';

const issue = {
  lang: 'en',
  entry: {
    id: '004-hanting',
    data: { title: 'Hanting', published: new Date(Date.UTC(2022, 7, 15)) },
  },
  editions: ['en', 'zh-CN'],
};

describe('pageKey', () => {
  test('is the same for equal data, however it was made', () => {
    expect(pageKey('site', issue)).toBe(pageKey('site', structuredClone(issue)));
  });

  test('changes when anything the page shows changes, however deep', () => {
    const retitled = structuredClone(issue);
    retitled.entry.data.title = 'Hanting District';
    expect(pageKey('site', retitled)).not.toBe(pageKey('site', issue));
    const redated = structuredClone(issue);
    redated.entry.data.published = new Date(Date.UTC(2022, 7, 16));
    expect(pageKey('site', redated)).not.toBe(pageKey('site', issue));
    expect(pageKey('site', { ...issue, editions: ['en'] })).not.toBe(pageKey('site', issue));
  });

  test('changes with what every page shows', () => {
    expect(pageKey('site A', issue)).not.toBe(pageKey('site B', issue));
  });

  test('reads the contents of Maps and Sets, which JSON would drop', () => {
    expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Map([['a', 2]])));
    expect(pageKey(new Set(['a']))).not.toBe(pageKey(new Set(['b'])));
  });
});

describe('cacheKeyOf', () => {
  test('gives a build’s route its page key', () => {
    expect(cacheKeyOf('site', { issue: 4 })).toEqual({ cacheKey: pageKey('site', { issue: 4 }) });
  });
});
