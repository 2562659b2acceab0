import { describe, expect, test } from 'vitest';
import {
  hasCriteria,
  pagefindOptions,
  parseSearchState,
  SORTS,
  toSearchParams,
  type SearchState,
} from './searchState';

/** The state of a search page opened without parameters. */
const EMPTY_SEARCH: SearchState = {
  query: '',
  type: '',
  district: '',
  year: '',
  sort: 'relevance',
};

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState', () => {
  test('returns the empty state when the URL has no parameters', () => {
    expect(parse('')).toEqual(EMPTY_SEARCH);
  });

  test('returns every field when all are valid', () => {
    expect(parse('q=kindergarten&type=project&district=hanting&year=2022&sort=issue-asc')).toEqual({
      query: 'kindergarten',
      type: 'project',
      district: 'hanting',
      year: '2022',
      sort: 'issue-asc',
    });
  });

  test('returns the query trimmed of surrounding spaces', () => {
    expect(parse('q=%20%20new%20schools%09%0A').query).toBe('new schools');
  });

  test('returns a Chinese query unchanged', () => {
    expect(parse(`q=${encodeURIComponent(' 寒亭区 ')}`).query).toBe('寒亭区');
  });

  test('returns an empty district when the id is not a lower-case slug', () => {
    expect(parse('district=Hanting').district).toBe('');
    expect(parse('district=1hanting').district).toBe('');
    expect(parse('district=han%20ting').district).toBe('');
    expect(parse('district=%3Cscript%3E').district).toBe('');
  });

  test('returns a slug district with digits and hyphens', () => {
    expect(parse('district=new-area-2').district).toBe('new-area-2');
  });

  test('returns an empty year when the year is not four digits', () => {
    expect(parse('year=22').year).toBe('');
    expect(parse('year=20222').year).toBe('');
    expect(parse('year=abcd').year).toBe('');
    expect(parse('year=2022a').year).toBe('');
  });

  test('returns an empty type unless it is issue or project', () => {
    expect(parse('type=issue').type).toBe('issue');
    expect(parse('type=project').type).toBe('project');
    expect(parse('type=Project').type).toBe('');
    expect(parse('type=page').type).toBe('');
  });

  test('returns relevance when the sort is unknown or missing', () => {
    expect(parse('sort=newest').sort).toBe('relevance');
    expect(parse('sort=ISSUE-ASC').sort).toBe('relevance');
    expect(parse('sort=').sort).toBe('relevance');
    expect(parse('q=x').sort).toBe('relevance');
  });

  test('returns each known sort key as given', () => {
    for (const sort of SORTS) expect(parse(`sort=${sort}`).sort).toBe(sort);
  });

  test('keeps the valid fields when others are rejected', () => {
    expect(parse('q=schools&district=BAD&year=x&sort=nope')).toEqual({
      ...EMPTY_SEARCH,
      query: 'schools',
    });
  });
});

describe('toSearchParams', () => {
  test('returns no parameters for the empty state', () => {
    expect(toSearchParams(EMPTY_SEARCH).toString()).toBe('');
  });

  test('omits defaults and keeps the fields that are set', () => {
    const params = toSearchParams({ ...EMPTY_SEARCH, district: 'hanting' });
    expect([...params.keys()]).toEqual(['district']);
    expect(params.get('district')).toBe('hanting');
  });

  test('writes the query as q and a non-default sort', () => {
    const params = toSearchParams({
      query: 'new schools',
      type: '',
      district: '',
      year: '',
      sort: 'date-desc',
    });
    expect(params.toString()).toBe('q=new+schools&sort=date-desc');
  });

  test('returns a state that parses back to itself', () => {
    const states: SearchState[] = [
      {
        query: 'kindergarten places',
        type: 'project',
        district: 'hanting',
        year: '2023',
        sort: 'issue-asc',
      },
      { query: '寒亭区 学校', type: 'issue', district: '', year: '', sort: 'date-desc' },
      { query: '', type: '', district: 'qingzhou', year: '2024', sort: 'relevance' },
      { query: 'a&b=c?d#e', type: '', district: '', year: '2022', sort: 'issue-desc' },
      ...SORTS.map((sort) => ({ ...EMPTY_SEARCH, sort })),
    ];
    for (const state of states) {
      expect(parseSearchState(toSearchParams(state))).toEqual(state);
      // Through a real URL string as well, as the browser would keep it.
      expect(parseSearchState(new URLSearchParams(toSearchParams(state).toString()))).toEqual(
        state,
      );
    }
  });
});

describe('hasCriteria', () => {
  test('returns false for the empty state, whatever the sort', () => {
    expect(hasCriteria(EMPTY_SEARCH)).toBe(false);
    expect(hasCriteria({ ...EMPTY_SEARCH, sort: 'date-desc' })).toBe(false);
  });

  test('returns true when there is a query, a type, a district or a year', () => {
    expect(hasCriteria({ ...EMPTY_SEARCH, query: 'schools' })).toBe(true);
    expect(hasCriteria({ ...EMPTY_SEARCH, type: 'project' })).toBe(true);
    expect(hasCriteria({ ...EMPTY_SEARCH, district: 'hanting' })).toBe(true);
    expect(hasCriteria({ ...EMPTY_SEARCH, year: '2022' })).toBe(true);
  });
});

describe('pagefindOptions', () => {
  test('returns no filters and no sort for the empty state', () => {
    const options = pagefindOptions(EMPTY_SEARCH);
    expect(options).toEqual({ filters: {} });
    expect(options).not.toHaveProperty('sort');
  });

  test('returns a filter only for each field that is set', () => {
    expect(pagefindOptions({ ...EMPTY_SEARCH, district: 'hanting' }).filters).toEqual({
      district: 'hanting',
    });
    expect(pagefindOptions({ ...EMPTY_SEARCH, year: '2022' }).filters).toEqual({ year: '2022' });
    expect(pagefindOptions({ ...EMPTY_SEARCH, type: 'project' }).filters).toEqual({
      type: 'project',
    });
    expect(
      pagefindOptions({
        query: 'x',
        type: 'issue',
        district: 'hanting',
        year: '2022',
        sort: 'relevance',
      }).filters,
    ).toEqual({ type: 'issue', district: 'hanting', year: '2022' });
  });

  test('does not pass the query as a filter', () => {
    expect(pagefindOptions({ ...EMPTY_SEARCH, query: 'schools' }).filters).toEqual({});
  });

  test.each([
    ['issue-asc', { issue: 'asc' }],
    ['issue-desc', { issue: 'desc' }],
    ['date-asc', { published: 'asc' }],
    ['date-desc', { published: 'desc' }],
  ] as const)('returns the Pagefind sort for %s', (sort, expected) => {
    expect(pagefindOptions({ ...EMPTY_SEARCH, sort }).sort).toEqual(expected);
  });

  test('returns no sort for relevance', () => {
    expect(pagefindOptions({ ...EMPTY_SEARCH, query: 'x', sort: 'relevance' })).not.toHaveProperty(
      'sort',
    );
  });
});
