/**
 * What the data desk's charts draw and what their captions say, from the progress functions'
 * figures: the bars for `charts.ts` and the sentence that states each chart's key numbers, in
 * the page's language. A figure that is not reported is said to be, never drawn as 0.
 */
import { t } from '../i18n';
import { nameKey, type Lang } from '../i18n/langs';
import { countForm } from '../i18n/plural';
import type { Bar } from './charts.ts';
import {
  formatQuantity,
  formatValue,
  STAGE_IDS,
  STAGES,
  sumQuantities,
  type Quantity,
  type Unit,
} from './figures.ts';
import { segmentsText, stagePhrase } from './figureText.ts';
import {
  districtFigures,
  type DistrictFigures,
  type MilestoneRow,
  type ProgressIssue,
  type TargetProgress,
} from './progress.ts';
import type { BuildingCounts, DistrictData } from './schema.ts';
import { hasCounts, sumPlans, yearPlan } from './stats.ts';
import { TARGET_LABELS } from './targets.ts';

/** "1 of 12 districts", "no district": how many districts a figure comes from. */
export function ofDistricts(count: number, total: number, lang: Lang): string {
  return t(lang, `data.ofDistricts.${countForm(lang, count)}`, { count, total });
}

/** The stages of `counts` as one sentence's phrase, or undefined when none is reported. */
export function stagesText(counts: BuildingCounts, lang: Lang): string | undefined {
  const phrase = stagePhrase(counts, lang);
  return phrase && segmentsText(phrase, lang);
}

function reportedBar(
  label: string,
  figure: Quantity | undefined,
  unit: Unit,
  lang: Lang,
  tone: Bar['tone'],
): Bar {
  return {
    label,
    value: figure?.value,
    text: figure === undefined ? t(lang, 'stats.notReported') : formatQuantity(figure, unit, lang),
    tone,
  };
}

/**
 * A target's bars: the target itself, then what the districts report, the stages under way as
 * parts of the plan. None when no district reports a count toward it: a sentence says so.
 */
export function targetBars(progress: TargetProgress, lang: Lang): Bar[] {
  if (!hasCounts(progress.reported)) return [];
  return [
    reportedBar(t(lang, 'data.bar.target'), { value: progress.target }, 'buildings', lang, 'muted'),
    ...STAGE_IDS.map((stage) =>
      reportedBar(
        t(lang, STAGES[stage].bar),
        progress.reported[stage],
        'buildings',
        lang,
        stage === 'completed' ? 'accent' : 'ink',
      ),
    ),
  ];
}

/** The target chart's caption: the target, how many districts report toward it, and what. */
export function targetSentence(
  progress: TargetProgress,
  districtCount: number,
  lang: Lang,
): string {
  // The label carries the measure word ("360所公办幼儿园").
  const target = formatValue(progress.target, 'plain', lang);
  const label = t(lang, TARGET_LABELS[progress.id]);
  const counts = stagesText(progress.reported, lang);
  if (!counts) return t(lang, 'data.targets.sentenceNone', { target, label });
  return t(lang, 'data.targets.sentence', {
    target,
    label,
    reporting: ofDistricts(progress.reportingDistricts.length, districtCount, lang),
    counts,
  });
}

/**
 * What the column's named projects add beside a target: they are single schools, not district
 * counts, and for public kindergartens they cannot count, because a project's kind does not
 * say whether a kindergarten is public. A project is at one status, so these are not stages of
 * one plan: each is said on its own.
 */
export function namedNote(progress: TargetProgress, lang: Lang): string {
  if (!progress.named) return t(lang, 'data.targets.namedNone');
  const { named } = progress;
  const counts = STAGE_IDS.map((stage) =>
    t(lang, `data.named.${stage}`, {
      count: formatValue(named[STAGES[stage].status], 'buildings', lang),
    }),
  ).join(t(lang, 'data.listSeparator'));
  return t(lang, 'data.targets.named', { counts });
}

function districtName(districts: readonly DistrictData[], id: string, lang: Lang): string {
  return districts.find((district) => district.id === id)?.name[nameKey(lang)] ?? id;
}

/** The districts of `figures` that report nothing at all, by name, in one line. */
export function notYetReported(
  figures: readonly DistrictFigures[],
  districts: readonly DistrictData[],
  lang: Lang,
): string | undefined {
  const silent = figures.filter((figure) => figure.totals.sources.length === 0);
  if (!silent.length) return undefined;
  return t(lang, 'data.notYetReported', {
    districts: silent
      .map((figure) => districtName(districts, figure.district, lang))
      .join(t(lang, 'data.listSeparator')),
  });
}

/** Each district's planned investment, for the districts that state one. */
export function investmentBars(
  figures: readonly DistrictFigures[],
  districts: readonly DistrictData[],
  lang: Lang,
): Bar[] {
  return figures.flatMap(({ district, totals }) =>
    totals.investmentYuan
      ? [
          reportedBar(
            districtName(districts, district, lang),
            totals.investmentYuan,
            'yuan',
            lang,
            'ink',
          ),
        ]
      : [],
  );
}

/** The investment chart's caption: how many districts state one, the sum, and the largest. */
export function investmentSentence(
  figures: readonly DistrictFigures[],
  districts: readonly DistrictData[],
  lang: Lang,
): string {
  const stated = figures.flatMap((figure) =>
    figure.totals.investmentYuan
      ? [{ district: figure.district, amount: figure.totals.investmentYuan }]
      : [],
  );
  const largest = stated.toSorted((a, b) => b.amount.value - a.amount.value)[0];
  const total = sumQuantities(stated.map((each) => each.amount));
  if (!largest || !total) return t(lang, 'data.districts.sentenceNone');
  return t(lang, stated.length === 1 ? 'data.districts.sentenceOne' : 'data.districts.sentence', {
    reporting: ofDistricts(stated.length, figures.length, lang),
    total: formatQuantity(total, 'yuan', lang),
    district: districtName(districts, largest.district, lang),
    amount: formatQuantity(largest.amount, 'yuan', lang),
  });
}

/**
 * The issues the investment chart's figures come from: each district's newest issue that
 * states an investment, not every issue its other figures come from.
 */
export function investmentSources(
  issues: readonly ProgressIssue[],
  districtIds: readonly string[],
): number[] {
  const investmentOnly = issues.map((issue) => {
    const value = issue.stats?.investmentYuan;
    return { ...issue, stats: value === undefined ? undefined : { investmentYuan: value } };
  });
  return districtFigures(investmentOnly, districtIds).flatMap((figure) => figure.totals.sources);
}

/** What a milestone is a batch of, in words: "4 schools", "5所幼儿园"; undefined for none. */
export function batchText(row: MilestoneRow, lang: Lang): string | undefined {
  const parts = (['schools', 'kindergartens'] as const).flatMap((key) => {
    const count = row[key];
    return count
      ? [t(lang, `data.years.batch.${key}`, { count: formatQuantity(count, 'buildings', lang) })]
      : [];
  });
  return parts.length ? parts.join(t(lang, 'data.listSeparator')) : undefined;
}

/**
 * New places per milestone and district: one bar per batch, so a batch whose places are not
 * stated reads "places not stated" beside the others of its year, never as a smaller year.
 */
export function placesBars(
  rows: readonly MilestoneRow[],
  districts: readonly DistrictData[],
  lang: Lang,
): Bar[] {
  return rows.map((row) => {
    const year = { year: row.year, district: districtName(districts, row.district, lang) };
    const batch = batchText(row, lang) ?? row.note;
    const bar = reportedBar(
      batch
        ? t(lang, 'data.years.barLabel', { ...year, batch })
        : t(lang, 'data.years.barLabelYear', year),
      row.places,
      'places',
      lang,
      'ink',
    );
    return row.places ? bar : { ...bar, text: t(lang, 'data.years.inYearNone') };
  });
}

/**
 * The year chart's caption: new places planned each year, over the districts that list any; a
 * year with a batch whose places are not stated is a lower bound.
 */
export function placesSentence(
  rows: readonly MilestoneRow[],
  districtCount: number,
  lang: Lang,
): string {
  const byDistrict = new Map<string, MilestoneRow[]>();
  for (const row of rows)
    byDistrict.set(row.district, [...(byDistrict.get(row.district) ?? []), row]);
  const plan = sumPlans(
    [...byDistrict.values()].flatMap((own) => {
      const each = yearPlan(own);
      return each ? [each] : [];
    }),
  );
  const years = (plan?.years ?? []).flatMap(({ year, places }) =>
    places
      ? [t(lang, 'data.years.inYear', { year, places: formatQuantity(places, 'places', lang) })]
      : [],
  );
  if (!years.length) return t(lang, 'data.years.sentenceNone');
  const reporting = new Set(rows.filter((row) => row.places).map((row) => row.district)).size;
  return t(lang, 'data.years.sentence', {
    reporting: ofDistricts(reporting, districtCount, lang),
    years: years.join(t(lang, 'data.listSeparator')),
  });
}

/** A report a figure comes from, in the language of the edition the page links to. */
export interface SourceIssue {
  issue: number;
  published: Date;
  lang: Lang;
}

/**
 * The issues a chart's figures come from, ascending, and its "as of" date: the newest of
 * their dates, since each figure is the latest its district reported.
 */
export function chartSources(
  numbers: Iterable<number>,
  issues: readonly SourceIssue[],
): { sources: SourceIssue[]; asOf: Date | undefined } {
  const wanted = new Set(numbers);
  const sources = issues
    .filter((issue) => wanted.has(issue.issue))
    .toSorted((a, b) => a.issue - b.issue);
  const asOf = sources
    .map((issue) => issue.published)
    .toSorted((a, b) => b.getTime() - a.getTime())[0];
  return { sources, asOf };
}
