/**
 * The one module that reads the content collections. It applies the publication rule once
 * (drafts and future-dated issues only in `astro dev`) and hands pages ready-made lists.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { type Lang, LANGS } from '../i18n/langs';
import { pageKey } from './cacheKeys';
import { oneEditionPerIssue } from './editions';
import { archivePages, byIssueNumberDesc, isVisible, neighbours, publicationState } from './issues';
import { districtFigures, targetProgress, yearByYear } from './progress';
import { projectHistories } from './projects';
import { DISTRICT_KINDS } from './schema';
import { openDataTables, type OpenDataSource } from './openData';
import { districtTotals, sumTotals, type Totals } from './stats';
import { urls } from './urls';

export type IssueEntry = CollectionEntry<'issues'>;
export type District = CollectionEntry<'districts'>['data'];
export type Column = CollectionEntry<'column'>['data'];

/** Builds are pinned to the moment they start, so every page agrees on what is published. */
const buildTime = new Date();
/**
 * Drafts and scheduled issues show only under `astro dev`. The flag comes from the command
 * Astro runs (see src/integrations/previewMode.ts), because `import.meta.env.DEV` can be
 * switched on by a stray `DEV=1` in a build's environment.
 */
const preview = __COLUMN_PREVIEW__;

/**
 * In a build the content cannot change, so each list is worked out once and shared by every
 * page (a thousand pages would otherwise filter and sort the whole collection a thousand
 * times). The dev server recomputes on every request, so edits show at once. Shared lists
 * must never be mutated: callers use `toSorted` and friends.
 */
function shared<Args extends unknown[], Result>(
  compute: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  if (preview) return compute;
  const results = new Map<string, Promise<Result>>();
  return (...args) => {
    const key = JSON.stringify(args);
    let result = results.get(key);
    if (!result) {
      result = compute(...args);
      results.set(key, result);
    }
    return result;
  };
}

/** Published issues (plus drafts and scheduled ones in dev), newest number first. */
export const visibleIssues = shared(async (lang?: Lang): Promise<IssueEntry[]> => {
  const issues = await getCollection(
    'issues',
    ({ data }) => isVisible(data, { now: buildTime, preview }) && (!lang || data.lang === lang),
  );
  return byIssueNumberDesc(issues);
});

/** The banner an issue needs in preview: drafts and scheduled issues are marked. */
function issueState(entry: IssueEntry) {
  return publicationState(entry.data, buildTime);
}

export async function getColumn(): Promise<Column> {
  const entry = await getEntry('column', 'column');
  if (!entry) throw new Error('content/column.yaml did not load');
  return entry.data;
}

/**
 * Districts, then county-level cities, then counties (the order of `DISTRICT_KINDS`), each
 * alphabetically by English name.
 */
export async function getDistricts(): Promise<District[]> {
  return (await getCollection('districts'))
    .map((entry) => entry.data)
    .toSorted(
      (a, b) =>
        DISTRICT_KINDS.indexOf(a.kind) - DISTRICT_KINDS.indexOf(b.kind) ||
        a.name.en.localeCompare(b.name.en),
    );
}

/**
 * Languages the site is built in: the column's own, plus any language with a visible issue.
 * A Chinese locale appears under /zh/ as soon as the first Chinese issue is published.
 */
export const activeLangs = shared(async (): Promise<Lang[]> => {
  const column = await getColumn();
  const used = new Set((await visibleIssues()).map((entry) => entry.data.lang));
  return LANGS.filter((lang) => lang === column.defaultLang || used.has(lang));
});

/**
 * One edition of every visible issue, the one in `lang` where there is one: the reports that
 * figures are added up from, the same set whichever language a page is in.
 */
export const reports = shared(async (lang: Lang) => {
  const [column, issues] = await Promise.all([getColumn(), visibleIssues()]);
  return oneEditionPerIssue(
    issues.map((entry) => ({
      entry,
      issue: entry.data.issue,
      lang: entry.data.lang,
      published: entry.data.published,
      district: entry.data.district.id,
      stats: entry.data.stats,
      projects: entry.data.projects,
    })),
    lang,
    column.defaultLang,
  );
});

export interface DistrictSummary {
  district: District;
  /** Its visible issues in the page's language, newest number first. */
  issues: IssueEntry[];
  /** Its latest figures, from its reports in either language. */
  totals: Totals;
}

/** Every district with its visible issues in `lang` (newest first) and its latest figures. */
export const districtSummaries = shared(async (lang: Lang): Promise<DistrictSummary[]> => {
  const [districts, issues, all] = await Promise.all([
    getDistricts(),
    visibleIssues(lang),
    reports(lang),
  ]);
  return districts.map((district) => ({
    district,
    issues: issues.filter((entry) => entry.data.district.id === district.id),
    totals: districtTotals(all.filter((report) => report.district === district.id)),
  }));
});

/** The column's figures: each district's latest figures, added up; the same in every language. */
export async function columnTotals(lang: Lang): Promise<Totals & { reportingDistricts: number }> {
  const summaries = await districtSummaries(lang);
  return {
    ...sumTotals(summaries.map((summary) => summary.totals)),
    reportingDistricts: summaries.filter((summary) => summary.totals.sources.length > 0).length,
  };
}

/**
 * The data desk in `lang`: each district's figures, the targets beside what is reported toward
 * them, the plan year by year, and every named project's history (names from `lang`'s
 * editions where they exist).
 */
export const dataDesk = shared(async (lang: Lang) => {
  const [column, districts, all] = await Promise.all([getColumn(), getDistricts(), reports(lang)]);
  const districtIds = districts.map((district) => district.id);
  const projects = projectHistories(all, lang, column.defaultLang);
  const figures = districtFigures(all, districtIds);
  return {
    districts,
    figures,
    progress: targetProgress(column.targets, all, districtIds, projects),
    years: yearByYear(all, districtIds),
    projects,
  };
});

/**
 * What the open-data files are made from: every visible edition in every language, and the
 * data desk in each language (figures from the column's, names from each).
 */
export const openDataSource = shared(async (): Promise<OpenDataSource> => {
  const [column, issues] = await Promise.all([getColumn(), visibleIssues()]);
  const [en, zh] = await Promise.all([dataDesk('en'), dataDesk('zh-CN')]);
  const desks: OpenDataSource['desks'] = { en, 'zh-CN': zh };
  const editions = issues.map(({ data }) => ({
    issue: data.issue,
    lang: data.lang,
    district: data.district.id,
    title: data.title,
    summary: data.summary,
    published: data.published,
    updated: data.updated,
    author: data.author,
    source: data.source,
    tags: data.tags,
    stats: data.stats,
    projects: data.projects,
  }));
  return { editions, desks, defaultLang: column.defaultLang };
});

/** The downloads' tables, made once per build: seven files are written from them. */
export const openDataTablesOnce = shared(async () => openDataTables(await openDataSource(), urls));

/** The archive's pages in every active language, each item with its district, newest number first. */
export async function archivePagesInEveryLang() {
  const perLang = await Promise.all(
    (await activeLangs()).map(async (lang) =>
      archivePages(await issuesWithDistricts(lang)).map((archive) => ({ lang, archive })),
    ),
  );
  return perLang.flat();
}

function districtOf(byId: Map<string, District>, entry: IssueEntry): District {
  const district = byId.get(entry.data.district.id);
  // The content check stops the build before this can happen; this guards against a bypass.
  if (!district)
    throw new Error(`${entry.filePath}: district "${entry.data.district.id}" is unknown`);
  return district;
}

/**
 * What every page shows besides its own content — the column, the districts, the languages in
 * the header's switch — as one digest, part of each page's incremental-build key.
 */
export const siteKey = shared(async () =>
  pageKey(await getColumn(), await getDistricts(), await activeLangs()),
);

/**
 * Every visible issue in every active language, with its district, its publication state, its
 * neighbours by number and the languages it has an edition in (its own included).
 */
export async function issuesInEveryLang() {
  const [langs, all] = await Promise.all([activeLangs(), visibleIssues()]);
  const editionsOf = (issue: number) =>
    langs.filter((lang) => all.some(({ data }) => data.issue === issue && data.lang === lang));
  const perLang = await Promise.all(
    langs.map(async (lang) => {
      const issues = await issuesWithDistricts(lang);
      const entries = issues.map(({ entry }) => entry);
      return issues.map(({ entry, district }) => ({
        lang,
        entry,
        district,
        state: issueState(entry),
        editions: editionsOf(entry.data.issue),
        ...neighbours(entries, entry.data.issue),
      }));
    }),
  );
  return perLang.flat();
}

/** Every district in every active language, with its issues and latest figures. */
export async function districtsInEveryLang() {
  const perLang = await Promise.all(
    (await activeLangs()).map(async (lang) =>
      (await districtSummaries(lang)).map((summary) => ({ lang, summary })),
    ),
  );
  return perLang.flat();
}

/**
 * Every named project in every active language, with its district: one project page each.
 * Every project has a page in every language, its names from that language's editions where
 * there are some.
 */
export async function projectsInEveryLang() {
  const perLang = await Promise.all(
    (await activeLangs()).map(async (lang) => {
      const { districts, projects } = await dataDesk(lang);
      const byId = new Map(districts.map((district) => [district.id, district]));
      return projects.map((project) => {
        const district = byId.get(project.district);
        // The content check stops the build before this can happen; this guards against a bypass.
        if (!district)
          throw new Error(`project "${project.id}": district "${project.district}" is unknown`);
        return { lang, project, district };
      });
    }),
  );
  return perLang.flat();
}

/** The choices the search page offers: every district, and the years with an issue in `lang`. */
export async function searchFacets(lang: Lang) {
  const [districts, issues] = await Promise.all([getDistricts(), visibleIssues(lang)]);
  return {
    districts,
    years: [...new Set(issues.map((entry) => entry.data.published.getUTCFullYear()))].toSorted(
      (a, b) => b - a,
    ),
  };
}

/** Visible issues in `lang` with their districts, newest number first: what lists and feeds show. */
export const issuesWithDistricts = shared(async (lang: Lang) => {
  const [districts, issues] = await Promise.all([getDistricts(), visibleIssues(lang)]);
  const byId = new Map(districts.map((district) => [district.id, district]));
  return issues.map((entry) => ({ entry, district: districtOf(byId, entry) }));
});
