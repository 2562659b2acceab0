/**
 * Two language editions of one issue (the same `issue` number, another `lang`) are one report:
 * wherever figures are added up, counted or listed as reports, one edition stands for both.
 */
import type { Lang } from '../i18n/langs.ts';

/**
 * One edition of each issue number: the one in `lang` where it exists, else the one in
 * `fallback` (the column's language), else the first given. Order follows the input's.
 */
export function oneEditionPerIssue<T extends { issue: number; lang: Lang }>(
  editions: readonly T[],
  lang: Lang,
  fallback: Lang,
): T[] {
  const rank = (edition: T) => (edition.lang === lang ? 0 : edition.lang === fallback ? 1 : 2);
  const chosen = new Map<number, T>();
  for (const edition of editions) {
    const current = chosen.get(edition.issue);
    if (!current || rank(edition) < rank(current)) chosen.set(edition.issue, edition);
  }
  return editions.filter(
    (edition, index) =>
      chosen.get(edition.issue) === edition && editions.indexOf(edition) === index,
  );
}
