/**
 * What the data desk's charts draw and what their captions say, from the progress functions'
 * figures: the bars for `charts.ts` and the sentence that states each chart's key numbers, in
 * the page's language. A figure that is not reported is said to be, never drawn as 0.
 */
import { t, type UiKey } from '../i18n';
import { nameKey, type Lang } from '../i18n/langs';
import { countForm } from '../i18n/plural';
import type { Bar } from './charts.ts';
import { formatNumber, formatYuan } from './format.ts';
import {
  districtFigures,
  type DistrictFigures,
  type ProgressIssue,
  type TargetProgress,
  type YearFigures,
} from './progress.ts';
import type { BuildingCounts, DistrictData } from './schema.ts';
import { COUNT_KEYS } from './stats.ts';
import { TARGET_LABELS } from './targets.ts';

/** The label of each count's bar and table column: "Planned", "Under construction"… */
export const STATUS_LABELS: Record<(typeof COUNT_KEYS)[number], UiKey> = {
  planned: 'data.bar.planned',
  underConstruction: 'data.bar.underConstruction',
  completed: 'data.bar.completed',
};

/** "1 of 12 districts", "no district": how many districts a figure comes from. */
export function ofDistricts(count: number, total: number, lang: Lang): string {
  return t(lang, `data.ofDistricts.${countForm(lang, count)}`, { count, total });
}

/** "5 planned, 1 under construction, 4 completed", leaving out counts not reported. */
export function countsPhrase(counts: Partial<BuildingCounts>, lang: Lang): string | undefined {
  const parts = COUNT_KEYS.flatMap((key) => {
    const count = counts[key];
    return count === undefined
      ? []
      : [
          t(lang, 'data.count', {
            count: formatNumber(count, lang),
            status: t(lang, `stats.${key}`),
          }),
        ];
  });
  return parts.length ? parts.join(t(lang, 'data.listSeparator')) : undefined;
}

function reportedBar(label: string, value: number | undefined, lang: Lang, tone: Bar['tone']): Bar {
  return {
    label,
    value,
    text: value === undefined ? t(lang, 'stats.notReported') : formatNumber(value, lang),
    tone,
  };
}

/** A target's bars: the target itself, then what the districts report, by status. */
export function targetBars(progress: TargetProgress, lang: Lang): Bar[] {
  return [
    reportedBar(t(lang, 'data.bar.target'), progress.target, lang, 'muted'),
    ...COUNT_KEYS.map((key) =>
      reportedBar(
        t(lang, STATUS_LABELS[key]),
        progress.reported[key],
        lang,
        key === 'completed' ? 'accent' : 'ink',
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
  const target = formatNumber(progress.target, lang);
  const label = t(lang, TARGET_LABELS[progress.id]);
  const counts = countsPhrase(progress.reported, lang);
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
 * say whether a kindergarten is public.
 */
export function namedNote(progress: TargetProgress, lang: Lang): string {
  if (!progress.named) return t(lang, 'data.targets.namedNone');
  const counts = countsPhrase(
    {
      planned: progress.named.planned,
      underConstruction: progress.named['under-construction'],
      completed: progress.named.completed,
    },
    lang,
  );
  return t(lang, 'data.targets.named', { counts: counts ?? '' });
}

function districtName(districts: readonly DistrictData[], id: string, lang: Lang): string {
  return districts.find((district) => district.id === id)?.name[nameKey(lang)] ?? id;
}

/** Each district's planned investment, "not reported" where it states none. */
export function investmentBars(
  figures: readonly DistrictFigures[],
  districts: readonly DistrictData[],
  lang: Lang,
): Bar[] {
  return figures.map(({ district, totals }) => ({
    label: districtName(districts, district, lang),
    value: totals.investmentYuan,
    text:
      totals.investmentYuan === undefined
        ? t(lang, 'stats.notReported')
        : formatYuan(totals.investmentYuan, lang),
    tone: 'ink',
  }));
}

/** The investment chart's caption: how many districts state one, the sum, and the largest. */
export function investmentSentence(
  figures: readonly DistrictFigures[],
  districts: readonly DistrictData[],
  lang: Lang,
): string {
  const stated = figures.filter((figure) => figure.totals.investmentYuan !== undefined);
  const largest = stated.toSorted(
    (a, b) => (b.totals.investmentYuan ?? 0) - (a.totals.investmentYuan ?? 0),
  )[0];
  if (!largest) return t(lang, 'data.districts.sentenceNone');
  const total = stated.reduce((sum, figure) => sum + (figure.totals.investmentYuan ?? 0), 0);
  return t(lang, stated.length === 1 ? 'data.districts.sentenceOne' : 'data.districts.sentence', {
    reporting: ofDistricts(stated.length, figures.length, lang),
    total: formatYuan(total, lang),
    district: districtName(districts, largest.district, lang),
    amount: formatYuan(largest.totals.investmentYuan ?? 0, lang),
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

/** New places per year and district, from the milestones; "not reported" where a year has none. */
export function placesBars(
  years: readonly YearFigures[],
  districts: readonly DistrictData[],
  lang: Lang,
): Bar[] {
  return years.map((row) =>
    reportedBar(
      t(lang, 'data.years.barLabel', {
        year: row.year,
        district: districtName(districts, row.district, lang),
      }),
      row.places,
      lang,
      'ink',
    ),
  );
}

/** The year chart's caption: new places planned each year, over the districts that list any. */
export function placesSentence(
  years: readonly YearFigures[],
  districtCount: number,
  lang: Lang,
): string {
  const perYear = new Map<number, number>();
  for (const row of years) {
    if (row.places !== undefined) perYear.set(row.year, (perYear.get(row.year) ?? 0) + row.places);
  }
  if (!perYear.size) return t(lang, 'data.years.sentenceNone');
  const reporting = new Set(
    years.filter((row) => row.places !== undefined).map((row) => row.district),
  ).size;
  return t(lang, 'data.years.sentence', {
    reporting: ofDistricts(reporting, districtCount, lang),
    years: [...perYear]
      .toSorted(([a], [b]) => a - b)
      .map(([year, places]) =>
        t(lang, 'data.years.inYear', { year, places: formatNumber(places, lang) }),
      )
      .join(t(lang, 'data.listSeparator')),
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
