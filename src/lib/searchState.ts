/**
 * The search page's state lives in its URL (`/search/?q=…&district=…&year=…&sort=…`) so a
 * search can be linked, bookmarked and walked back with the browser's back button.
 */

export const SORTS = ['relevance', 'issue-desc', 'issue-asc', 'date-desc', 'date-asc'] as const;
export type SortKey = (typeof SORTS)[number];

export interface SearchState {
  /** What the reader typed, trimmed; empty when browsing by filter alone. */
  query: string;
  /** A district id, or empty for every district. */
  district: string;
  /** A four-digit year, or empty for every year. */
  year: string;
  sort: SortKey;
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const sort = params.get('sort') ?? '';
  const year = params.get('year') ?? '';
  const district = params.get('district') ?? '';
  return {
    query: (params.get('q') ?? '').trim(),
    district: /^[a-z][a-z0-9-]*$/.test(district) ? district : '',
    year: /^\d{4}$/.test(year) ? year : '',
    sort: SORTS.find((key) => key === sort) ?? 'relevance',
  };
}

/** The query string for a state, leaving out defaults so URLs stay short. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.district) params.set('district', state.district);
  if (state.year) params.set('year', state.year);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Whether there is anything to search for: a query or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return Boolean(state.query || state.district || state.year);
}

export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * Pagefind's search options for a state. The index carries the filters `district` (id) and
 * `year`, and the sorts `issue` (number) and `published` (ISO date).
 */
export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  if (state.district) filters['district'] = state.district;
  if (state.year) filters['year'] = state.year;
  const [field, direction] = state.sort.split('-') as [
    'issue' | 'date' | 'relevance',
    'asc' | 'desc',
  ];
  if (field === 'relevance') return { filters };
  return { filters, sort: { [field === 'date' ? 'published' : 'issue']: direction } };
}
