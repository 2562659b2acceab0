/**
 * The column as open data: the rows of every download under `/data/`, from the same data desk
 * (`dataDesk`) that the pages show, so a number in a file is the number on the page. Both
 * languages' names are columns of one file (`name_en`, `name_zh`); a figure no issue reports
 * is an empty cell, never 0.
 */
import { LANGS, nameKey, type Lang } from '../i18n/langs.ts';
import { toCsv, type Cell } from './csv.ts';
import {
  COUNT_GROUP_IDS,
  countColumn,
  MILESTONE_FIGURE_IDS,
  MILESTONE_FIGURES,
  PLAN_SUMS,
  qualifierColumn,
  STAGE_IDS,
  STAGES,
  STAT_FIGURE_IDS,
  STAT_FIGURES,
  type CountGroup,
  type Quantity,
} from './figures.ts';
import { isoDate } from './format.ts';
import type { DistrictFigures, MilestoneRow, TargetProgress } from './progress.ts';
import type { ProjectHistory } from './projects.ts';
import type { BuildingCounts, DistrictData, Project, Stats } from './schema.ts';
import type { YearPlan } from './stats.ts';
import { TABLE_NAMES, tableSchemas, type TableName, type TableSchema } from './tableSchemas.ts';
import type { Urls } from './urls.ts';

export type Row = Record<string, Cell>;

/** One edition of an issue, as the downloads give it. */
export interface Edition {
  issue: number;
  lang: Lang;
  district: string;
  title: string;
  summary: string;
  published: Date;
  updated?: Date | undefined;
  author: string;
  source: string;
  tags: readonly string[];
  stats?: Stats | undefined;
  projects: readonly Project[];
}

/** What `dataDesk(lang)` returns, as far as the downloads read it. */
export interface Desk {
  districts: readonly DistrictData[];
  figures: readonly DistrictFigures[];
  progress: readonly TargetProgress[];
  years: readonly MilestoneRow[];
  projects: readonly ProjectHistory[];
}

export interface OpenDataSource {
  /** Every visible edition, in every language. */
  editions: readonly Edition[];
  /** The data desk in each language: figures from the column's language, names from each. */
  desks: Record<Lang, Desk>;
  /** The column's language, whose desk the figures are read from. */
  defaultLang: Lang;
}

type Figures = { [group in CountGroup]?: BuildingCounts | undefined } & {
  [id in (typeof STAT_FIGURE_IDS)[number]]?: Quantity | undefined;
};

/** A figure's two cells: its value, and its qualifier beside it. */
export function figureCells(column: string, figure: Quantity | undefined): Row {
  return { [column]: figure?.value, [qualifierColumn(column)]: figure?.qualifier };
}

function statsCells(figures: Figures | undefined): Row {
  const single = (id: (typeof STAT_FIGURE_IDS)[number]) =>
    figureCells(STAT_FIGURES[id].column, figures?.[id]);
  return {
    ...single('investmentYuan'),
    ...single('newPlaces'),
    ...Object.assign(
      {},
      ...COUNT_GROUP_IDS.flatMap((group) =>
        STAGE_IDS.map((stage) => figureCells(countColumn(group, stage), figures?.[group]?.[stage])),
      ),
    ),
    ...single('publicKindergartenShareTarget'),
  };
}

function planCells(plan: YearPlan | undefined): Row {
  return Object.assign(
    {},
    ...MILESTONE_FIGURE_IDS.map((key) => figureCells(PLAN_SUMS[key].column, plan?.[key])),
  );
}

const list = (numbers: readonly number[]) => numbers.join(',');
const date = (value: Date | undefined) => value && isoDate(value);

function issueRows(editions: readonly Edition[], urls: Urls): Row[] {
  return editions
    .toSorted((a, b) => a.issue - b.issue || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang))
    .map((edition) => ({
      issue: edition.issue,
      lang: edition.lang,
      district: edition.district,
      title: edition.title,
      summary: edition.summary,
      published: date(edition.published),
      updated: date(edition.updated),
      url: urls.absolute(urls.issue(edition.lang, edition.issue)),
      period_start: edition.stats?.period?.start,
      period_end: edition.stats?.period?.end,
      ...statsCells(edition.stats),
    }));
}

function districtRows(desk: Desk): Row[] {
  return desk.districts.map((district) => {
    const figures = desk.figures.find((entry) => entry.district === district.id);
    return {
      district_id: district.id,
      ...Object.fromEntries(
        LANGS.map((lang) => [`name_${nameKey(lang)}`, district.name[nameKey(lang)]]),
      ),
      kind: district.kind,
      ...statsCells(figures?.totals),
      ...planCells(figures?.totals.byYear),
      latest_issue: figures?.latestIssue?.issue,
      latest_published: date(figures?.latestIssue?.published),
      sources: list(figures?.totals.sources ?? []),
    };
  });
}

function progressRows(desk: Desk): Row[] {
  return desk.progress.map((target) => ({
    target_id: target.id,
    target: target.target,
    ...Object.assign(
      {},
      ...STAGE_IDS.map((stage) => figureCells(STAGES[stage].column, target.reported[stage])),
    ),
    reporting_districts: target.reportingDistricts.length,
    districts_total: desk.districts.length,
    sources: list(target.sources),
  }));
}

/**
 * A project's name in each language, from that language's desk: the name of its newest report
 * read from an edition in that language (`issue` narrows it to one issue's report).
 */
function names(source: OpenDataSource, id: string, issue?: number): Row {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const history = source.desks[lang].projects.find((project) => project.id === id);
      const report = history?.reports.findLast(
        (entry) => entry.lang === lang && (issue === undefined || entry.issue === issue),
      );
      return [`name_${nameKey(lang)}`, report?.name];
    }),
  );
}

function projectRows(source: OpenDataSource, desk: Desk): Row[] {
  return desk.projects.map((project) => ({
    id: project.id,
    district: project.district,
    kind: project.kind,
    ...names(source, project.id),
    latest_status: project.latest.status,
    latest_year: project.latest.year,
    ...figureCells('latest_places', project.latest.places),
    latest_issue: project.latest.issue,
    first_issue: project.reports[0]?.issue,
  }));
}

function projectReportRows(source: OpenDataSource, desk: Desk): Row[] {
  return desk.projects.flatMap((project) =>
    project.reports.map((report) => ({
      project_id: project.id,
      issue: report.issue,
      published: date(report.published),
      status: report.status,
      year: report.year,
      ...figureCells('places', report.places),
      ...names(source, project.id, report.issue),
    })),
  );
}

function milestoneRows(desk: Desk): Row[] {
  return desk.years.map((row) => ({
    district: row.district,
    row: row.row,
    year: row.year,
    ...Object.assign(
      {},
      ...MILESTONE_FIGURE_IDS.map((key) => figureCells(MILESTONE_FIGURES[key].column, row[key])),
    ),
    note: row.note,
    issue: row.issue,
  }));
}

export interface OpenDataTable {
  name: TableName;
  schema: TableSchema;
  rows: Row[];
}

/** Every download's rows and schema, in `TABLE_NAMES` order. */
export function openDataTables(source: OpenDataSource, urls: Urls): OpenDataTable[] {
  const desk = source.desks[source.defaultLang];
  const schemas = tableSchemas(desk.districts.map((district) => district.id));
  const rows: Record<TableName, Row[]> = {
    issues: issueRows(source.editions, urls),
    districts: districtRows(desk),
    progress: progressRows(desk),
    projects: projectRows(source, desk),
    'project-reports': projectReportRows(source, desk),
    milestones: milestoneRows(desk),
  };
  return TABLE_NAMES.map((name) => ({ name, schema: schemas[name], rows: rows[name] }));
}

/** A table as its CSV file, columns in its schema's order. */
export function tableCsv(table: OpenDataTable): string {
  return toCsv(
    table.schema.fields.map((field) => field.name),
    table.rows,
  );
}

/**
 * `/data/issues.json`: every edition with its whole frontmatter as published (figures,
 * milestones, projects), for readers who want more than the flat tables; dates `YYYY-MM-DD`.
 */
export function issuesJson(editions: readonly Edition[], urls: Urls) {
  return {
    issues: editions
      .toSorted((a, b) => a.issue - b.issue || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang))
      .map(({ published, updated, stats, projects, tags, ...edition }) => ({
        ...edition,
        url: urls.absolute(urls.issue(edition.lang, edition.issue)),
        published: isoDate(published),
        ...(updated ? { updated: isoDate(updated) } : {}),
        tags,
        stats: stats ?? {},
        projects,
      })),
  };
}
