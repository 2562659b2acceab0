/**
 * A Chinese query run against Pagefind's Chinese index (tokens as src/lib/chineseTokens.ts
 * writes them): an exact phrase search for each way a word of the query can meet the index's
 * tokens; the pages that match every word are the results, so a page is found exactly when
 * its text contains the query. Every search asks for the same few tokens, so the index chunks
 * the first one downloads serve all the others.
 */
import { queryPlans, queryTokens } from './chineseTokens';
import type { PagefindSearchOptions } from './searchState';

/** The part of Pagefind's search API this needs. */
export interface PagefindSearch<Result extends { id: string }> {
  search(
    term: string | null,
    options: PagefindSearchOptions,
  ): Promise<{ results: Result[] } | null>;
}

/**
 * The results of `query`, each page once, in the order `options` asks for: by its sort when it
 * has one, else by Pagefind's ranking of the query's tokens (title matches first, then how often
 * they occur), with pages it does not rank after the rest. Null when Pagefind dropped a search
 * for a newer one.
 */
export async function searchChinese<Result extends { id: string }>(
  pagefind: PagefindSearch<Result>,
  query: string,
  options: PagefindSearchOptions,
): Promise<Result[] | null> {
  const plans = queryPlans(query);
  if (plans.length === 0) return [];
  const words = plans.map((wordPlans) => ({ wordPlans, pages: new Map<string, Result>() }));
  const searches = words.flatMap(({ wordPlans, pages }) =>
    wordPlans.map((plan) => ({ pages, term: `"${plan.join(' ')}"` })),
  );
  // All at once: Pagefind fetches each index chunk once, for whichever search asks first.
  const [order, ...responses] = await Promise.all([
    pagefind.search(options.sort ? null : queryTokens(query).join(' '), options),
    ...searches.map(({ term }) => pagefind.search(term, options)),
  ]);
  if (!order) return null;
  for (const [index, { pages }] of searches.entries()) {
    const response = responses[index];
    if (!response) return null;
    for (const result of response.results) if (!pages.has(result.id)) pages.set(result.id, result);
  }
  const found = words.map(({ pages }) => pages);
  const [first, ...others] = found as [Map<string, Result>, ...Map<string, Result>[]];
  const matches = [...first.values()].filter(({ id }) => others.every((pages) => pages.has(id)));
  const position = new Map(order.results.map(({ id }, index) => [id, index]));
  const rank = (id: string) => position.get(id) ?? position.size;
  return matches.toSorted((a, b) => rank(a.id) - rank(b.id));
}
