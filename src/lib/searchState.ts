/**
 * The search page's state lives in its URL (`/search/?q=…&type=…&district=…&year=…&sort=…`) so a
 * search can be linked, bookmarked and walked back with the browser's back button.
 */

export const SORTS = ['relevance', 'issue-desc', 'issue-asc', 'date-desc', 'date-asc'] as const;
export type SortKey = (typeof SORTS)[number];

/** What a result can be: an issue page or a project page. */
export const RESULT_TYPES = ['issue', 'project'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

export interface SearchState {
  /** What the reader typed, trimmed; empty when browsing by filter alone. */
  query: string;
  /** Issues or projects only, or empty for both. */
  type: ResultType | '';
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
  const type = params.get('type') ?? '';
  return {
    query: (params.get('q') ?? '').trim(),
    type: RESULT_TYPES.find((key) => key === type) ?? '',
    district: /^[a-z][a-z0-9-]*$/.test(district) ? district : '',
    year: /^\d{4}$/.test(year) ? year : '',
    sort: SORTS.find((key) => key === sort) ?? 'relevance',
  };
}

/** The query string for a state, leaving out defaults so URLs stay short. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.type) params.set('type', state.type);
  if (state.district) params.set('district', state.district);
  if (state.year) params.set('year', state.year);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Whether there is anything to search for: a query or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return Boolean(state.query || state.type || state.district || state.year);
}

export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * Pagefind's search options for a state. The index carries the filters `type` (`issue` or
 * `project`), `district` (id) and `year`, and the sorts `issue` (number) and `published` (ISO
 * date); a project page sorts by the issue that last reported it.
 */
export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  if (state.type) filters['type'] = state.type;
  if (state.district) filters['district'] = state.district;
  if (state.year) filters['year'] = state.year;
  const [field, direction] = state.sort.split('-') as [
    'issue' | 'date' | 'relevance',
    'asc' | 'desc',
  ];
  if (field === 'relevance') return { filters };
  return { filters, sort: { [field === 'date' ? 'published' : 'issue']: direction } };
}
