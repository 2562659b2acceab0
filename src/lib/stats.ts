/**
 * Totals over issues. Every figure shown anywhere (home, district pages, later the dashboard
 * and feeds) comes from these functions, so the numbers always agree.
 *
 * A district is reported on again and again; its figures are plans and progress counts, not
 * increments, so adding two issues about the same district would count its plan twice. A
 * district's figure is therefore the one in its most recent issue that reports it, and the
 * column's figure is the sum of those over the districts that report it.
 */
import type { BuildingCounts, Stats } from './schema';

export interface Totals {
  investmentYuan?: number;
  newPlaces?: number;
  schools: BuildingCounts;
  kindergartens: BuildingCounts;
}

/** What `districtTotals` needs of an issue. */
export interface ReportingIssue {
  issue: number;
  published: Date;
  stats?: Stats | undefined;
}

const COUNT_KEYS = ['planned', 'underConstruction', 'completed'] as const;

function newestFirst<T extends ReportingIssue>(issues: readonly T[]): T[] {
  return issues.toSorted(
    (a, b) => b.published.getTime() - a.published.getTime() || b.issue - a.issue,
  );
}

/** A district's latest reported figures; a figure no issue reports stays `undefined`. */
export function districtTotals(issues: readonly ReportingIssue[]): Totals {
  const ordered = newestFirst(issues);
  const latest = <T>(pick: (stats: Stats) => T | undefined): T | undefined => {
    for (const { stats } of ordered) {
      const value = stats ? pick(stats) : undefined;
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const counts = (kind: 'schools' | 'kindergartens'): BuildingCounts => {
    const result: BuildingCounts = {};
    for (const key of COUNT_KEYS) {
      const value = latest((stats) => stats[kind]?.[key]);
      if (value !== undefined) result[key] = value;
    }
    return result;
  };
  const totals: Totals = { schools: counts('schools'), kindergartens: counts('kindergartens') };
  const investment = latest((stats) => stats.investmentYuan);
  if (investment !== undefined) totals.investmentYuan = investment;
  const places = latest((stats) => stats.newPlaces);
  if (places !== undefined) totals.newPlaces = places;
  return totals;
}

function sum(values: (number | undefined)[]): number | undefined {
  const reported = values.filter((value): value is number => value !== undefined);
  return reported.length ? reported.reduce((a, b) => a + b, 0) : undefined;
}

/** The column's figures: each district's latest figures added up. */
export function sumTotals(perDistrict: readonly Totals[]): Totals {
  const counts = (kind: 'schools' | 'kindergartens'): BuildingCounts => {
    const result: BuildingCounts = {};
    for (const key of COUNT_KEYS) {
      const value = sum(perDistrict.map((totals) => totals[kind][key]));
      if (value !== undefined) result[key] = value;
    }
    return result;
  };
  const totals: Totals = { schools: counts('schools'), kindergartens: counts('kindergartens') };
  const investment = sum(perDistrict.map((totals) => totals.investmentYuan));
  if (investment !== undefined) totals.investmentYuan = investment;
  const places = sum(perDistrict.map((totals) => totals.newPlaces));
  if (places !== undefined) totals.newPlaces = places;
  return totals;
}
