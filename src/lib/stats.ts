/**
 * Totals over issues. Every figure shown anywhere (home, district pages, the data desk, the
 * downloads, feeds and cards) comes from these functions, so the numbers always agree.
 *
 * A district is reported on again and again; its figures are plans and progress counts, not
 * increments, so adding two issues about the same district would count its plan twice. A
 * district's figure is therefore the one in its most recent issue that reports it, and the
 * column's figure is the sum of those over the districts that report it. The callers hand
 * in one edition of each issue (`oneEditionPerIssue`): two languages are one report.
 *
 * Figures carry the source's qualifier, and a sum carries what its parts make it
 * (`sumQuantities`): a sum over districts of "more than" figures is "more than", and the plan
 * year by year, where a batch's places are not stated, sums to a lower bound.
 */
import {
  COUNT_GROUP_IDS,
  STAGE_IDS,
  STAT_FIGURE_IDS,
  STAT_FIGURES,
  sumQuantities,
  type CountGroup,
  type Quantity,
  type StatFigureId,
} from './figures.ts';
import type { BuildingCounts, Milestone, Stats } from './schema.ts';

export type { CountGroup } from './figures.ts';

/** One year of a plan: what its milestones state, each figure summed over that year's batches. */
export interface PlanYear {
  year: number;
  schools?: Quantity;
  kindergartens?: Quantity;
  /** A lower bound ("at least") when a batch of the year has buildings but no places stated. */
  places?: Quantity;
  /** Whether a batch of buildings that year has its places left unstated. */
  placesPartial: boolean;
}

/**
 * The plan year by year, as the newest issue with milestones gives it, and its sums: the parts
 * an issue states where it gives no whole (places per year, but no `newPlaces`).
 */
export interface YearPlan {
  years: PlanYear[];
  schools?: Quantity;
  kindergartens?: Quantity;
  places?: Quantity;
}

export type Totals = Record<CountGroup, BuildingCounts> & {
  [id in StatFigureId]?: Quantity;
} & {
  /** The plan year by year, from the milestones; absent when no issue lists any. */
  byYear?: YearPlan;
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

/** Whether a milestone is a batch of buildings whose places the source leaves unstated. */
export function placesUnstated(milestone: Milestone): boolean {
  return (
    milestone.places === undefined &&
    (milestone.schools !== undefined || milestone.kindergartens !== undefined)
  );
}

function withQuantity<T extends object>(
  target: T,
  key: keyof T & string,
  value: Quantity | undefined,
): T {
  if (value !== undefined) Object.assign(target, { [key]: value });
  return target;
}

/** The plan year by year from one issue's milestones, years ascending. */
export function yearPlan(milestones: readonly Milestone[]): YearPlan | undefined {
  if (milestones.length === 0) return undefined;
  const years = [...new Set(milestones.map((milestone) => milestone.year))].toSorted(
    (a, b) => a - b,
  );
  const planYears = years.map((year): PlanYear => {
    const batches = milestones.filter((milestone) => milestone.year === year);
    const stated = (key: 'schools' | 'kindergartens') =>
      sumQuantities(batches.flatMap((batch) => (batch[key] ? [batch[key]] : [])));
    // A batch with neither buildings nor places says nothing about places.
    const placeParts = batches.flatMap((batch) =>
      batch.places ? [batch.places] : placesUnstated(batch) ? [undefined] : [],
    );
    const row: PlanYear = { year, placesPartial: placeParts.includes(undefined) };
    withQuantity(row, 'schools', stated('schools'));
    withQuantity(row, 'kindergartens', stated('kindergartens'));
    withQuantity(row, 'places', sumQuantities(placeParts));
    return row;
  });
  return sumPlan(planYears);
}

/** A plan's sums over its years: places are a lower bound when a year's are. */
function sumPlan(years: PlanYear[]): YearPlan {
  const plan: YearPlan = { years };
  const over = (key: 'schools' | 'kindergartens') =>
    sumQuantities(years.flatMap((year) => (year[key] ? [year[key]] : [])));
  withQuantity(plan, 'schools', over('schools'));
  withQuantity(plan, 'kindergartens', over('kindergartens'));
  withQuantity(
    plan,
    'places',
    sumQuantities(
      years.flatMap((year) =>
        year.places ? [year.places] : year.placesPartial ? [undefined] : [],
      ),
    ),
  );
  return plan;
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
    for (const stage of STAGE_IDS) {
      withQuantity(
        result,
        stage,
        latest((stats) => stats[group]?.[stage]),
      );
    }
    return result;
  };
  const totals = Object.fromEntries(
    COUNT_GROUP_IDS.map((group) => [group, counts(group)]),
  ) as Totals;
  for (const id of STAT_FIGURE_IDS)
    withQuantity(
      totals,
      id,
      latest((stats) => stats[id]),
    );
  // A later issue restates the plan: the newest list of milestones is the plan.
  const byYear = latest((stats) => (stats.milestones?.length ? stats.milestones : undefined));
  const plan = byYear && yearPlan(byYear);
  if (plan) totals.byYear = plan;
  totals.sources = [...sources].toSorted((a, b) => a - b);
  return totals;
}

const sumOf = (values: (Quantity | undefined)[]) =>
  sumQuantities(values.filter((value) => value !== undefined));

/** Districts' plans added up year by year; a year is partial when any district's is. */
export function sumPlans(plans: readonly YearPlan[]): YearPlan | undefined {
  if (plans.length === 0) return undefined;
  const years = [...new Set(plans.flatMap((plan) => plan.years.map((row) => row.year)))];
  return sumPlan(
    years
      .toSorted((a, b) => a - b)
      .map((year) => {
        const rows = plans.flatMap((plan) => plan.years.filter((row) => row.year === year));
        const row: PlanYear = { year, placesPartial: rows.some((each) => each.placesPartial) };
        withQuantity(row, 'schools', sumOf(rows.map((each) => each.schools)));
        withQuantity(row, 'kindergartens', sumOf(rows.map((each) => each.kindergartens)));
        const places = sumOf(rows.map((each) => each.places));
        withQuantity(
          row,
          'places',
          row.placesPartial ? sumQuantities([places, undefined]) : places,
        );
        return row;
      }),
  );
}

/**
 * The column's figures: each district's latest figures added up. A district that reports
 * nothing is not an unknown part of a whole (pages say how many districts a sum covers).
 */
export function sumTotals(perDistrict: readonly Totals[]): Totals {
  const counts = (group: CountGroup): BuildingCounts => {
    const result: BuildingCounts = {};
    for (const stage of STAGE_IDS) {
      withQuantity(result, stage, sumOf(perDistrict.map((totals) => totals[group][stage])));
    }
    return result;
  };
  const totals = Object.fromEntries(
    COUNT_GROUP_IDS.map((group) => [group, counts(group)]),
  ) as Totals;
  for (const id of STAT_FIGURE_IDS) {
    if (!STAT_FIGURES[id].adds) continue;
    // A district that states no total of places but gives them year by year counts with their
    // sum, so the column's figure is never smaller than the parts its districts state.
    const figure = (each: Totals) =>
      each[id] ?? (id === 'newPlaces' ? each.byYear?.places : undefined);
    withQuantity(totals, id, sumOf(perDistrict.map(figure)));
  }
  const plan = sumPlans(perDistrict.flatMap((each) => (each.byYear ? [each.byYear] : [])));
  if (plan) totals.byYear = plan;
  totals.sources = [...new Set(perDistrict.flatMap((each) => each.sources))].toSorted(
    (a, b) => a - b,
  );
  return totals;
}

/** Whether `counts` holds any figure at all. */
export function hasCounts(counts: BuildingCounts): boolean {
  return STAGE_IDS.some((stage) => counts[stage] !== undefined);
}
