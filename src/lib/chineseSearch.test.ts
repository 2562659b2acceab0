import { describe, expect, test } from 'vitest';
import { searchChinese, type PagefindSearch } from './chineseSearch';
import type { PagefindSearchOptions } from './searchState';

interface Result {
  id: string;
}

/**
 * A stand-in for Pagefind: the pages each search term finds, in Pagefind's order, and the
 * searches asked of it. The null term (no words, filters only) finds `all`.
 */
function fakePagefind(pages: Record<string, string[]>, all: string[] = []) {
  const asked: { term: string | null; options: PagefindSearchOptions }[] = [];
  const pagefind: PagefindSearch<Result> = {
    search: (term, options) => {
      asked.push({ term, options });
      const ids = term === null ? all : (pages[term] ?? []);
      return Promise.resolve({ results: ids.map((id) => ({ id })) });
    },
  };
  return { pagefind, asked };
}

const NO_OPTIONS: PagefindSearchOptions = { filters: {} };
const ids = (results: Result[] | null) => results?.map(({ id }) => id);

describe('searchChinese', () => {
  test('returns the pages that hold any phrase of the word, ranked by the plain search', async () => {
    // 学校 is the token 学校, or 小学 followed by 校 (小学校).
    const { pagefind } = fakePagefind({
      '"小学 校"': ['c'],
      '"学校"': ['a', 'b'],
      学校: ['b', 'a'],
    });
    expect(ids(await searchChinese(pagefind, '学校', NO_OPTIONS))).toEqual(['b', 'a', 'c']);
  });

  test('returns only the pages that match every word of the query', async () => {
    const { pagefind } = fakePagefind({
      '"寒 亭"': ['a', 'b'],
      '"学位"': ['b', 'c'],
      '寒 亭 学位': ['b'],
    });
    expect(ids(await searchChinese(pagefind, '寒亭 学位', NO_OPTIONS))).toEqual(['b']);
  });

  test('orders the pages by the sort asked for, from Pagefind', async () => {
    const { pagefind, asked } = fakePagefind({ '"学位"': ['a', 'b', 'c'] }, ['c', 'x', 'a', 'b']);
    const options: PagefindSearchOptions = { filters: { year: '2022' }, sort: { issue: 'desc' } };
    expect(ids(await searchChinese(pagefind, '学位', options))).toEqual(['c', 'a', 'b']);
    expect(asked.every((search) => search.options === options)).toBe(true);
  });

  test('returns no pages for a query without words, asking nothing', async () => {
    const { pagefind, asked } = fakePagefind({});
    expect(await searchChinese(pagefind, '，。', NO_OPTIONS)).toEqual([]);
    expect(asked).toEqual([]);
  });

  test('returns null when Pagefind drops one of the searches', async () => {
    const pagefind: PagefindSearch<Result> = {
      search: (term) => Promise.resolve(term === '"学位"' ? null : { results: [] }),
    };
    expect(await searchChinese(pagefind, '学位', NO_OPTIONS)).toBeNull();
  });
});
