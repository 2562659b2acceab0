/**
 * What a social card says: pure functions from the column, the district and an issue's
 * frontmatter to the words and figures on the card, tested without drawing anything. The
 * issue page's share-image text comes from the same card, so the two always agree.
 */
import { t } from '../../i18n';
import { nameKey, otherNameKey, type Lang } from '../../i18n/langs';
import {
  COUNT_GROUPS,
  formatQuantity,
  formatValue,
  STAGE_IDS,
  STAGES,
  STAT_FIGURES,
} from '../figures';
import type { ColumnData, DistrictData, Stats } from '../schema';
import { districtTotals, type Totals } from '../stats';
import { cityTargets } from '../targets';

export interface Figure {
  /** The number with its unit, formatted for the card's language: "3.076 billion yuan". */
  value: string;
  /** What the number counts: "Planned investment, 2022–2024". */
  label: string;
}

interface CardHead {
  lang: Lang;
  /** The column's name in the card's language, then in the other one. */
  column: { primary: string; secondary: string };
  publisher: string;
}

export interface IssueCard extends CardHead {
  kind: 'issue';
  /** "No. 4" / "第4期". */
  number: string;
  district: string;
  title: string;
  /** Left out when the issue reports no figure: a card never shows 0 for "not reported". */
  figure?: Figure;
}

export interface DefaultCard extends CardHead {
  kind: 'default';
  /** "City-wide targets, 2022–2024". */
  heading: string;
  targets: Figure[];
}

export type Card = IssueCard | DefaultCard;

/** What an issue card needs of an issue's frontmatter. */
export interface CardIssue {
  issue: number;
  title: string;
  published: Date;
  stats?: Stats | undefined;
}

function cardHead(column: ColumnData, lang: Lang): CardHead {
  const key = nameKey(lang);
  return {
    lang,
    column: { primary: column.title[key], secondary: column.title[otherNameKey(lang)] },
    publisher: column.publisher[key],
  };
}

/**
 * How a figure's label takes its period or stage. The words come from the site's dictionary
 * (src/i18n); only their order differs between the languages.
 */
const PHRASES: Record<
  Lang,
  {
    period: (label: string, start: number, end: number) => string;
    count: (kind: string, stage: string) => string;
  }
> = {
  en: {
    period: (label, start, end) => `${label}, ${start}–${end}`,
    count: (kind, stage) => `${kind} ${stage}`,
  },
  'zh-CN': {
    period: (label, start, end) => `${start}—${end}年${label}`,
    count: (kind, stage) => `${stage}${kind}`,
  },
};

/**
 * The one figure a card leads with: the planned investment, else the new school places, else
 * a kindergarten or school count (planned before under construction before completed).
 * `undefined` when the issue reports none of them.
 */
export function headlineFigure(
  totals: Totals,
  lang: Lang,
  period?: { start: number; end: number },
): Figure | undefined {
  const phrase = PHRASES[lang];
  if (totals.investmentYuan !== undefined) {
    const label = t(lang, STAT_FIGURES.investmentYuan.label);
    return {
      value: formatQuantity(totals.investmentYuan, 'yuan', lang),
      label: period ? phrase.period(label, period.start, period.end) : label,
    };
  }
  // The places the issue states, as a whole or, failing that, year by year (a lower bound
  // where a year's are not all stated), as its figures box shows them.
  const places = totals.newPlaces ?? totals.byYear?.places;
  if (places !== undefined) {
    return {
      value: formatQuantity(places, 'places', lang),
      label: t(lang, STAT_FIGURES.newPlaces.label),
    };
  }
  for (const kind of ['kindergartens', 'schools'] as const) {
    for (const stage of STAGE_IDS) {
      const count = totals[kind][stage];
      if (count !== undefined) {
        return {
          value: formatQuantity(count, 'buildings', lang),
          label: phrase.count(t(lang, COUNT_GROUPS[kind].label), t(lang, STAGES[stage].label)),
        };
      }
    }
  }
  return undefined;
}

export function issueCard(input: {
  lang: Lang;
  column: ColumnData;
  district: DistrictData;
  issue: CardIssue;
}): IssueCard {
  const { lang, column, district, issue } = input;
  // The same function as the issue page's stats box, so the card and the page agree.
  const totals = districtTotals([issue]);
  const figure = headlineFigure(totals, lang, issue.stats?.period);
  return {
    kind: 'issue',
    ...cardHead(column, lang),
    number: t(lang, 'issue.number', { number: issue.issue }),
    district: district.name[nameKey(lang)],
    title: issue.title,
    ...(figure && { figure }),
  };
}

/** The card for every page without its own: the column and the city-wide targets. */
export function defaultCard(column: ColumnData): DefaultCard {
  const lang = column.defaultLang;
  const { targets } = column;
  return {
    kind: 'default',
    ...cardHead(column, lang),
    heading: t(lang, 'home.targets.heading', {
      start: targets.period.start,
      end: targets.period.end,
    }),
    targets: cityTargets(targets).map(({ value, label }) => ({
      value: formatValue(value, 'plain', lang),
      label: t(lang, label),
    })),
  };
}

/** The card's text for readers who cannot see it: `og:image:alt` on the issue page. */
export function issueCardAlt(card: IssueCard): string {
  const { number, district, title } = card;
  return t(card.lang, 'card.alt', { number, district, title });
}
