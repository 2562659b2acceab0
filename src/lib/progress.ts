/**
 * The operation's progress, as the data desk, the home page's strip, the district pages and
 * the downloads all show it: each city-wide target beside what the districts report toward
 * it, each district's latest figures, and the plan year by year. Pure functions over one
 * edition of each issue (`oneEditionPerIssue`), built on the totals rule of `stats.ts`.
 */
import type { ProjectHistory } from './projects.ts';
import type { Quantity } from './figures.ts';
import type {
  BuildingCounts,
  ColumnData,
  ProjectKind,
  ProjectStatus,
  Stats,
  TargetId,
} from './schema.ts';
import { PROJECT_STATUSES, TARGET_IDS } from './schema.ts';
import { districtTotals, hasCounts, newestFirst, sumTotals, type Totals } from './stats.ts';

/** What the progress functions need of an issue. */
export interface ProgressIssue {
  issue: number;
  published: Date;
  district: string;
  stats?: Stats | undefined;
}

/**
 * The project kinds a target counts. Public kindergartens have none: a project's kind says
 * kindergarten, not whether it is public, so named kindergartens are never counted toward it.
 */
export const KINDS_TOWARD: Record<TargetId, readonly ProjectKind[]> = {
  publicKindergartens: [],
  compulsorySchools: ['primary', 'middle', 'nine-year'],
  highSchools: ['high'],
};

export interface TargetProgress {
  id: TargetId;
  /** The city-wide target, from `content/column.yaml`. */
  target: number;
  /** Each reporting district's latest counts toward the target, added up. */
  reported: BuildingCounts;
  /** Districts that have reported a count toward this target, by id. */
  reportingDistricts: string[];
  /** Issues the counts come from, ascending. */
  sources: number[];
  /**
   * Named projects of the kinds the target counts, by their latest status; undefined when no
   * project kind matches what the target counts.
   */
  named: Record<ProjectStatus, number> | undefined;
}

export interface DistrictFigures {
  district: string;
  /** The district's latest figures (every field `undefined` where nothing is reported). */
  totals: Totals;
  /** The district's newest issue, if it has one. */
  latestIssue: { issue: number; published: Date } | undefined;
}

/** Each district in `districtIds`' order with its latest figures. */
export function districtFigures(
  issues: readonly ProgressIssue[],
  districtIds: readonly string[],
): DistrictFigures[] {
  return districtIds.map((district) => {
    const own = issues.filter((issue) => issue.district === district);
    const newest = newestFirst(own)[0];
    return {
      district,
      totals: districtTotals(own),
      latestIssue: newest && { issue: newest.issue, published: newest.published },
    };
  });
}

/** Each city-wide target beside what the districts in `districtIds` report toward it. */
export function targetProgress(
  targets: ColumnData['targets'],
  issues: readonly ProgressIssue[],
  districtIds: readonly string[],
  projects: readonly ProjectHistory[],
): TargetProgress[] {
  return TARGET_IDS.map((id) => {
    // Only the target's own counts, so the sources are the issues those counts come from.
    const towardTarget = issues.map((issue) => {
      const counts = issue.stats?.[id];
      return { ...issue, stats: counts ? { [id]: counts } : undefined };
    });
    const reporting = districtFigures(towardTarget, districtIds).filter((figures) =>
      hasCounts(figures.totals[id]),
    );
    const column = sumTotals(reporting.map((figures) => figures.totals));
    const kinds = KINDS_TOWARD[id];
    const named = (status: ProjectStatus) =>
      projects.filter((project) => kinds.includes(project.kind) && project.latest.status === status)
        .length;
    return {
      id,
      target: targets[id],
      reported: column[id],
      reportingDistricts: reporting.map((figures) => figures.district),
      sources: column.sources,
      named: kinds.length
        ? (Object.fromEntries(PROJECT_STATUSES.map((status) => [status, named(status)])) as Record<
            ProjectStatus,
            number
          >)
        : undefined,
    };
  });
}

/**
 * One milestone of a district's plan, as its newest issue with milestones lists it: rows for
 * different batches of one year (schools on one line, kindergartens on another) stay apart,
 * so a batch whose places are not stated is never added in as 0.
 */
export interface MilestoneRow {
  district: string;
  /** The issue the milestones come from. */
  issue: number;
  /** The milestone's place in that issue's list, from 1: its key in the download. */
  row: number;
  year: number;
  schools?: Quantity | undefined;
  kindergartens?: Quantity | undefined;
  places?: Quantity | undefined;
  note?: string | undefined;
}

/**
 * The plan year by year, per district: a district's milestones are read from its newest issue
 * that lists any (a later issue restates the plan). Ordered by year, then by `districtIds`,
 * then by the issue's own order.
 */
export function yearByYear(
  issues: readonly ProgressIssue[],
  districtIds: readonly string[],
): MilestoneRow[] {
  const rows = districtIds.flatMap((district) => {
    const source = newestFirst(issues.filter((issue) => issue.district === district)).find(
      (issue) => issue.stats?.milestones?.length,
    );
    return (source?.stats?.milestones ?? []).map((milestone, index): MilestoneRow => ({
      district,
      issue: (source as ProgressIssue).issue,
      row: index + 1,
      ...milestone,
    }));
  });
  const order = new Map(districtIds.map((id, index) => [id, index]));
  return rows.toSorted(
    (a, b) =>
      a.year - b.year ||
      (order.get(a.district) ?? 0) - (order.get(b.district) ?? 0) ||
      a.row - b.row,
  );
}
