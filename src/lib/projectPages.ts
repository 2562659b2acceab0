/**
 * What the project pages show of the project histories (src/lib/projects.ts): the index by
 * district, and one project's reports as a timeline that names each change in status and name.
 */
import type { ProjectHistory, ProjectReport } from './projects.ts';
import type { ProjectStatus } from './schema.ts';

/** One item of a project's timeline. */
export interface TimelineEntry {
  report: ProjectReport;
  /** The status the report before gave, when this report gives another. */
  statusFrom?: ProjectStatus;
  /** The name the last report in the same language gave, when this report gives another. */
  renamedFrom?: string;
}

/**
 * A project's reports, oldest first, each with what it changed. A name counts as changed only
 * against the last report in the same language: where a page falls back to another language's
 * edition, the school's name in that language is a translation, not a rename.
 */
export function projectTimeline(
  history: Pick<ProjectHistory, 'reports' | 'statusChanges'>,
): TimelineEntry[] {
  const lastName = new Map<string, string>();
  return history.reports.map((report) => {
    const previousName = lastName.get(report.lang);
    lastName.set(report.lang, report.name);
    const change = history.statusChanges.find((candidate) => candidate.issue === report.issue);
    return {
      report,
      ...(change ? { statusFrom: change.from } : {}),
      ...(previousName !== undefined && previousName !== report.name
        ? { renamedFrom: previousName }
        : {}),
    };
  });
}

/**
 * Projects grouped by district, in the order of `districts` (the site's district order); a
 * district with no named project is left out. Projects keep their order within a district.
 */
export function projectsByDistrict<D extends { id: string }>(
  projects: readonly ProjectHistory[],
  districts: readonly D[],
): { district: D; projects: ProjectHistory[] }[] {
  return districts
    .map((district) => ({
      district,
      projects: projects.filter((project) => project.district === district.id),
    }))
    .filter((group) => group.projects.length > 0);
}
