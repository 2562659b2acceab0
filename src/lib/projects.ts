/**
 * Each named project's history: every issue that reports it, oldest first, with what that
 * issue says of it, so a page can follow one school from planned to completed. A project is
 * known by its `id` (the content check keeps one id to one district and one kind).
 */
import type { Lang } from '../i18n/langs.ts';
import { oneEditionPerIssue } from './editions.ts';
import { compareNames } from './format.ts';
import type { Quantity } from './figures.ts';
import type { Project, ProjectKind, ProjectStatus } from './schema.ts';

/** What `projectHistories` needs of an issue. */
export interface IssueWithProjects {
  issue: number;
  published: Date;
  lang: Lang;
  district: string;
  projects: readonly Project[];
}

/** One issue's word on a project. */
export interface ProjectReport {
  issue: number;
  published: Date;
  /** The edition the report is read from. */
  lang: Lang;
  name: string;
  /** Absent when the source gives no year. */
  year?: number;
  status: ProjectStatus;
  places?: Quantity;
}

export interface ProjectHistory {
  id: string;
  district: string;
  kind: ProjectKind;
  /** Every report, oldest first. */
  reports: ProjectReport[];
  /** The newest report: the project's name, status and figures as last reported. */
  latest: ProjectReport;
  /**
   * Names the project went by before its latest one, oldest first, in the latest report's
   * language: a name from another language's edition is a translation, not a rename.
   */
  formerNames: string[];
  /** The reports whose status differs from the report before (the first report is not one). */
  statusChanges: { issue: number; from: ProjectStatus; to: ProjectStatus }[];
}

const oldestFirst = (a: ProjectReport, b: ProjectReport) =>
  a.published.getTime() - b.published.getTime() || a.issue - b.issue;

/**
 * Every project named in `issues`, read from one edition per issue (the one in `lang`, else
 * the column's `fallback` language), by district and then latest name, in `lang`'s order.
 */
export function projectHistories(
  issues: readonly IssueWithProjects[],
  lang: Lang,
  fallback: Lang,
): ProjectHistory[] {
  const byId = new Map<string, { district: string; kind: ProjectKind; reports: ProjectReport[] }>();
  for (const issue of oneEditionPerIssue(issues, lang, fallback)) {
    for (const project of issue.projects) {
      const report: ProjectReport = {
        issue: issue.issue,
        published: issue.published,
        lang: issue.lang,
        name: project.name,
        ...(project.year === undefined ? {} : { year: project.year }),
        status: project.status,
        ...(project.places === undefined ? {} : { places: project.places }),
      };
      const known = byId.get(project.id);
      if (known) known.reports.push(report);
      else
        byId.set(project.id, { district: issue.district, kind: project.kind, reports: [report] });
    }
  }
  const histories = [...byId].map(([id, { district, kind, reports }]): ProjectHistory => {
    const ordered = reports.toSorted(oldestFirst);
    const latest = ordered.at(-1) as ProjectReport;
    const names = [
      ...new Set(
        ordered.filter((report) => report.lang === latest.lang).map((report) => report.name),
      ),
    ];
    return {
      id,
      district,
      kind,
      reports: ordered,
      latest,
      formerNames: names.filter((name) => name !== latest.name),
      statusChanges: ordered.slice(1).flatMap((report, index) => {
        const from = (ordered[index] as ProjectReport).status;
        return from === report.status ? [] : [{ issue: report.issue, from, to: report.status }];
      }),
    };
  });
  const byName = compareNames(lang);
  return histories.toSorted(
    (a, b) => a.district.localeCompare(b.district) || byName(a.latest.name, b.latest.name),
  );
}

/** Words that name what a project is rather than which one it is. */
const GENERIC_WORDS = new Set(['school', 'the', 'of']);

/**
 * An id for a new project, from its name: `Xingfu Road Primary School` → `xingfu-road-primary`.
 * Undefined for a Chinese name, which needs its romanisation chosen by the editor, and for a
 * name with nothing to make an id from.
 */
export function suggestProjectId(name: string): string | undefined {
  if (/\p{Script=Han}/u.test(name)) return undefined;
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept = words.filter((word) => !GENERIC_WORDS.has(word));
  const id = (kept.length ? kept : words).join('-').slice(0, 80).replace(/-+$/, '');
  return id || undefined;
}
