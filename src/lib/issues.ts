/**
 * Pure rules about issues: when one is public, how lists are ordered, how a page groups
 * its projects. `queries.ts` applies them to the collection.
 */
import type { Project, ProjectStatus } from './schema';

export type PublicationState = 'published' | 'draft' | 'scheduled';

/**
 * The column keeps Beijing time: an issue dated 15 August goes live at midnight in Weifang,
 * whatever time zone the build machine is set to.
 */
const PUBLICATION_TIME_ZONE = 'Asia/Shanghai';

/** The calendar date (`YYYY-MM-DD`) it is at `now` in `timeZone`. */
const calendars = new Map<string, Intl.DateTimeFormat>();

export function calendarDateIn(now: Date, timeZone = PUBLICATION_TIME_ZONE): string {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    // The en-CA locale writes dates as YYYY-MM-DD. Kept: a formatter is costly to make, and
    // every issue is checked against the calendar on every list.
    calendar = new Intl.DateTimeFormat('en-CA', { timeZone });
    calendars.set(timeZone, calendar);
  }
  return calendar.format(now);
}

export function publicationState(
  issue: { draft: boolean; published: Date },
  now: Date,
): PublicationState {
  if (issue.draft) return 'draft';
  // `published` is a calendar date stored as UTC midnight; compare it as a date.
  return issue.published.toISOString().slice(0, 10) > calendarDateIn(now)
    ? 'scheduled'
    : 'published';
}

/**
 * Whether an issue appears on the site. A build shows published issues only; the dev
 * server also shows drafts and scheduled issues so editors can preview them.
 */
export function isVisible(
  issue: { draft: boolean; published: Date },
  { now, preview }: { now: Date; preview: boolean },
): boolean {
  return preview || publicationState(issue, now) === 'published';
}

/** Anything carrying an issue number the way collection entries do. */
interface Numbered {
  data: { issue: number };
}

/** Newest issue number first, without touching the input. */
export function byIssueNumberDesc<T extends Numbered>(issues: readonly T[]): T[] {
  return issues.toSorted((a, b) => b.data.issue - a.data.issue);
}

/** The issues just before and after `number` in the column's numbering. */
export function neighbours<T extends Numbered>(
  issues: readonly T[],
  number: number,
): { previous?: T; next?: T } {
  const ordered = issues.toSorted((a, b) => a.data.issue - b.data.issue);
  const result: { previous?: T; next?: T } = {};
  const previous = ordered.findLast((item) => item.data.issue < number);
  const next = ordered.find((item) => item.data.issue > number);
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

const STATUS_ORDER: readonly ProjectStatus[] = ['completed', 'under-construction', 'planned'];

export interface ProjectGroup {
  /** Undefined for the projects the source gives no year for. */
  year: number | undefined;
  status: ProjectStatus;
  projects: Project[];
}

/** A year's place in the list: the years the source gives, earliest first, then none given. */
const yearOrder = (year: number | undefined) => year ?? Number.POSITIVE_INFINITY;

/**
 * Projects grouped by year (earliest first, those without a year last), then status (completed
 * first), names in order.
 */
export function groupProjects(projects: readonly Project[]): ProjectGroup[] {
  const groups = new Map<string, ProjectGroup>();
  const ordered = projects.toSorted(
    (a, b) =>
      yearOrder(a.year) - yearOrder(b.year) ||
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  );
  for (const project of ordered) {
    const key = `${project.year}:${project.status}`;
    const group = groups.get(key) ?? { year: project.year, status: project.status, projects: [] };
    group.projects.push(project);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The archive shows this many issues a page. */
export const ARCHIVE_PAGE_SIZE = 12;

export interface ArchivePage<T> {
  /** 1-based page number. */
  page: number;
  pages: number;
  /** Items on all pages together. */
  total: number;
  items: T[];
}

/** Splits a list into archive pages; an empty list still has one (empty) page. */
export function archivePages<T>(items: readonly T[], size = ARCHIVE_PAGE_SIZE): ArchivePage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    page: index + 1,
    pages,
    total: items.length,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
