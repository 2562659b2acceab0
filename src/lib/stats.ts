/**
 * Totals over issues. Every figure shown anywhere (home, district pages, the data desk, the
 * downloads, feeds and cards) comes from these functions, so the numbers always agree.
 *
 * A district is reported on again and again; its figures are plans and progress counts, not
 * increments, so adding two issues about the same district would count its plan twice. A
 * district's figure is therefore the one in its most recent issue that reports it, and the
 * column's figure is the sum of those over the districts that report it. The callers hand
 * in one edition of each issue (`oneEditionPerIssue`): two languages are one report.
 */
import { TARGET_IDS, type BuildingCounts, type Stats } from './schema.ts';

/** The `stats` fields that hold planned / under construction / completed counts. */
export const COUNT_GROUPS = ['schools', 'kindergartens', ...TARGET_IDS] as const;
export type CountGroup = (typeof COUNT_GROUPS)[number];

export const COUNT_KEYS = ['planned', 'underConstruction', 'completed'] as const;

export type Totals = Record<CountGroup, BuildingCounts> & {
  investmentYuan?: number;
  newPlaces?: number;
  /** A district's own target for the public share of kindergarten places; never added up. */
  publicKindergartenShareTarget?: number;
  /** Issue numbers whose figures these are, ascending: the sources to name beside them. */
  sources: number[];
};

/** What `districtTotals` needs of an issue. */
export interface ReportingIssue {
  issue: number;
  published: Date;
  stats?: Stats | undefined;
}

/** Newest first: by date, then by number for two issues of one day. */
export function newestFirst<T extends ReportingIssue>(issues: readonly T[]): T[] {
  return issues.toSorted(
    (a, b) => b.published.getTime() - a.published.getTime() || b.issue - a.issue,
  );
}

/** A district's latest reported figures; a figure no issue reports stays `undefined`. */
export function districtTotals(issues: readonly ReportingIssue[]): Totals {
  const ordered = newestFirst(issues);
  const sources = new Set<number>();
  const latest = <T>(pick: (stats: Stats) => T | undefined): T | undefined => {
    for (const { issue, stats } of ordered) {
      const value = stats ? pick(stats) : undefined;
      if (value === undefined) continue;
      sources.add(issue);
      return value;
    }
    return undefined;
  };
  const counts = (group: CountGroup): BuildingCounts => {
    const result: BuildingCounts = {};
    for (const key of COUNT_KEYS) {
      const value = latest((stats) => stats[group]?.[key]);
      if (value !== undefined) result[key] = value;
    }
    return result;
  };
  const groups = Object.fromEntries(COUNT_GROUPS.map((group) => [group, counts(group)]));
  const totals = { ...groups } as Totals;
  const investment = latest((stats) => stats.investmentYuan);
  if (investment !== undefined) totals.investmentYuan = investment;
  const places = latest((stats) => stats.newPlaces);
  if (places !== undefined) totals.newPlaces = places;
  const share = latest((stats) => stats.publicKindergartenShareTarget);
  if (share !== undefined) totals.publicKindergartenShareTarget = share;
  totals.sources = [...sources].toSorted((a, b) => a - b);
  return totals;
}

function sum(values: (number | undefined)[]): number | undefined {
  const reported = values.filter((value): value is number => value !== undefined);
  return reported.length ? reported.reduce((a, b) => a + b, 0) : undefined;
}

/** The column's figures: each district's latest figures added up. */
export function sumTotals(perDistrict: readonly Totals[]): Totals {
  const counts = (group: CountGroup): BuildingCounts => {
    const result: BuildingCounts = {};
    for (const key of COUNT_KEYS) {
      const value = sum(perDistrict.map((totals) => totals[group][key]));
      if (value !== undefined) result[key] = value;
    }
    return result;
  };
  const groups = Object.fromEntries(COUNT_GROUPS.map((group) => [group, counts(group)]));
  const totals = { ...groups } as Totals;
  const investment = sum(perDistrict.map((totals) => totals.investmentYuan));
  if (investment !== undefined) totals.investmentYuan = investment;
  const places = sum(perDistrict.map((totals) => totals.newPlaces));
  if (places !== undefined) totals.newPlaces = places;
  totals.sources = [...new Set(perDistrict.flatMap((totals) => totals.sources))].toSorted(
    (a, b) => a - b,
  );
  return totals;
}

/** Whether `counts` holds any figure at all. */
export function hasCounts(counts: BuildingCounts): boolean {
  return COUNT_KEYS.some((key) => counts[key] !== undefined);
}
