/**
 * The figure registry: every figure of the editors' contract defined once — its field, unit,
 * label, download column and Table Schema type, the content check's advice — with the rules of
 * what a figure means (DESIGN.md): a figure may carry the source's qualifier ("above 90%" is
 * `{ value: 0.9, qualifier: more-than }`), stages are parts of a whole, and a sum with an unknown
 * part is a lower bound, never a total with the unknown counted as 0.
 *
 * The schema, the content check, the totals, the desk, the downloads, the pages and the social
 * card read their figures from here. The editor scripts run this straight in Node, hence the
 * `.ts` in every import.
 */
import type { CheckKey } from '../i18n/checks.en.ts';
import type { UiKey } from '../i18n/en.ts';
import type { Lang } from '../i18n/langs.ts';
import { formatNumber, formatShare, formatYuan } from './format.ts';

/** How the source qualifies a figure: "more than 20 meetings", "above 90%", "about 600". */
export const QUALIFIERS = ['more-than', 'at-least', 'about', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A figure as the source states it: a value, and the qualifier the source puts on it. */
export interface Quantity {
  value: number;
  qualifier?: Qualifier | undefined;
}

/**
 * What a figure counts, which fixes how it is written: yuan in the press's units (30.76亿元),
 * a share as a percentage, buildings with the Chinese measure word 所, places with 个, a plain
 * count with none.
 */
export type Unit = 'yuan' | 'share' | 'buildings' | 'places' | 'plain';

export type FieldType = 'integer' | 'number';

/** One figure of the contract. */
export interface FigureDefinition {
  unit: Unit;
  /** The label pages show it under. */
  label: UiKey;
  /** Its column in the downloads; its qualifier goes in `<column>_qualifier`. */
  column: string;
  type: FieldType;
  /** The largest value it may take, where there is one (a share's 1). */
  maximum?: number;
  /** The content check's advice for a wrong value. */
  fix: CheckKey;
  /**
   * Whether districts' figures add up to the column's: a count or an amount does, a district's
   * own target share does not.
   */
  adds?: boolean;
  /** What the field means, for editors (VS Code), the downloads' schema and the guides. */
  description: string;
}

/** The single figures of `stats`, in the order pages and downloads give them. */
export const STAT_FIGURES = {
  investmentYuan: {
    unit: 'yuan',
    label: 'stats.investment',
    column: 'investment_yuan',
    type: 'number',
    fix: 'fix.investmentYuan',
    adds: true,
    description: 'Planned investment over `period`, in yuan (not ten-thousands, not billions).',
  },
  newPlaces: {
    unit: 'places',
    label: 'stats.newPlaces',
    column: 'new_places',
    type: 'integer',
    fix: 'fix.count',
    adds: true,
    description: 'New school places (seats for pupils) created over the period.',
  },
  publicKindergartenShareTarget: {
    unit: 'share',
    label: 'stats.publicShareTarget',
    column: 'public_kindergarten_share_target',
    type: 'number',
    maximum: 1,
    fix: 'fix.publicKindergartenShareTarget',
    adds: false,
    description:
      'The public share the district aims for in pre-school education, as a fraction from 0 to 1, as the source words it.',
  },
} as const satisfies Record<string, FigureDefinition>;
export type StatFigureId = keyof typeof STAT_FIGURES;
export const STAT_FIGURE_IDS = Object.keys(STAT_FIGURES) as StatFigureId[];

/**
 * The stages of a count of buildings. `planned` is the whole plan, including what has started;
 * the other two are parts of it. Each stage's three spellings live here: its field in `stats`,
 * its project `status`, and its column in the downloads.
 */
export const STAGES = {
  planned: {
    label: 'stats.planned',
    bar: 'data.bar.planned',
    status: 'planned',
    column: 'planned',
    description: 'Planned over the period: the whole plan, including those already started.',
  },
  underConstruction: {
    label: 'stats.underConstruction',
    bar: 'data.bar.underConstruction',
    status: 'under-construction',
    column: 'under_construction',
    description: 'Of those planned, started and not yet finished.',
  },
  completed: {
    label: 'stats.completed',
    bar: 'data.bar.completed',
    status: 'completed',
    column: 'completed',
    description: 'Of those planned, finished.',
  },
} as const satisfies Record<
  string,
  { label: UiKey; bar: UiKey; status: string; column: string; description: string }
>;
export type Stage = keyof typeof STAGES;
export const STAGE_IDS = Object.keys(STAGES) as Stage[];
/** The stages that are parts of `planned`. */
export const PART_STAGES = ['underConstruction', 'completed'] as const satisfies Stage[];

/** Project statuses, from the stages: a project is at exactly one of them. */
export const PROJECT_STATUSES = STAGE_IDS.map((stage) => STAGES[stage].status) as [
  (typeof STAGES)[Stage]['status'],
  ...(typeof STAGES)[Stage]['status'][],
];
export type ProjectStatus = (typeof STAGES)[Stage]['status'];

/**
 * The counts of buildings in `stats`, each with the three stages. The last three count what the
 * city-wide targets count (`content/column.yaml`), which `schools` and `kindergartens` do not
 * separate: an editor gives one only when the source counts it the way the target does.
 */
export const COUNT_GROUPS = {
  schools: {
    label: 'stats.schools',
    column: 'schools',
    description: 'All schools: primary, middle, nine-year and high.',
  },
  kindergartens: {
    label: 'stats.kindergartens',
    column: 'kindergartens',
    description: 'Kindergartens, public and private.',
  },
  publicKindergartens: {
    label: 'stats.publicKindergartens',
    column: 'public_kindergartens',
    description: 'Public kindergartens only, counted as the city-wide target counts them.',
  },
  compulsorySchools: {
    label: 'stats.compulsorySchools',
    column: 'compulsory_schools',
    description:
      'Compulsory-education schools only (primary, middle and nine-year), counted as the city-wide target counts them.',
  },
  highSchools: {
    label: 'stats.highSchools',
    column: 'high_schools',
    description: 'High schools only, counted as the city-wide target counts them.',
  },
} as const satisfies Record<string, { label: UiKey; column: string; description: string }>;
export type CountGroup = keyof typeof COUNT_GROUPS;
export const COUNT_GROUP_IDS = Object.keys(COUNT_GROUPS) as CountGroup[];

/** The groups that count toward a city-wide target. */
export const TARGET_IDS = [
  'publicKindergartens',
  'compulsorySchools',
  'highSchools',
] as const satisfies CountGroup[];
export type TargetId = (typeof TARGET_IDS)[number];

/** A count of buildings at one stage: every stage a figure, with its own check advice. */
export const STAGE_FIGURE = {
  unit: 'buildings',
  type: 'integer',
  fix: 'fix.count',
} as const satisfies Pick<FigureDefinition, 'unit' | 'type' | 'fix'>;

/** The figures of one milestone (one year's step in the plan), and of a named project. */
export const MILESTONE_FIGURES = {
  schools: {
    unit: 'buildings',
    label: 'data.years.buildings',
    column: 'schools',
    type: 'integer',
    fix: 'fix.count',
    description: 'Schools built or planned that year.',
  },
  kindergartens: {
    unit: 'buildings',
    label: 'data.years.kindergartens',
    column: 'kindergartens',
    type: 'integer',
    fix: 'fix.count',
    description: 'Kindergartens built or planned that year.',
  },
  places: {
    unit: 'places',
    label: 'stats.places',
    column: 'places',
    type: 'integer',
    fix: 'fix.count',
    description: 'New school or kindergarten places that year.',
  },
} as const satisfies Record<string, FigureDefinition>;
export type MilestoneFigure = keyof typeof MILESTONE_FIGURES;
export const MILESTONE_FIGURE_IDS = Object.keys(MILESTONE_FIGURES) as MilestoneFigure[];

/**
 * The plan year by year added up, as a district's figures: where an issue gives no total, the
 * parts it states stand in for it (a lower bound when a batch's places are not stated).
 */
export const PLAN_SUMS = {
  places: { unit: 'places', column: 'planned_places_by_year' },
  schools: { unit: 'buildings', column: 'planned_schools_by_year' },
  kindergartens: { unit: 'buildings', column: 'planned_kindergartens_by_year' },
} as const satisfies Record<MilestoneFigure, Pick<FigureDefinition, 'unit' | 'column'>>;

export const PROJECT_PLACES = {
  unit: 'places',
  label: 'stats.places',
  column: 'places',
  type: 'integer',
  fix: 'fix.count',
  description: 'Places the project adds, when the source gives them.',
} as const satisfies FigureDefinition;

/** The column of a count in the downloads: `compulsory_schools_under_construction`. */
export function countColumn(group: CountGroup, stage: Stage): string {
  return `${COUNT_GROUPS[group].column}_${STAGES[stage].column}`;
}

/** The column beside `column` that holds its qualifier. */
export function qualifierColumn(column: string): string {
  return `${column}_qualifier`;
}

/**
 * The key of one cell of a download: `districts/hanting/new_places`. A page writes each figure
 * of the data desk as `<data value="6684" data-figure="districts/hanting/new_places">`, so the
 * build can check it against the download (figureCheck.ts).
 */
export function figureKey(table: string, row: string | number, column: string): string {
  return `${table}/${row}/${column}`;
}

/** A figure as written (`0.9`) or as read (`{ value: 0.9, qualifier: more-than }`), as one shape. */
export function quantity(figure: number | Quantity): Quantity {
  return typeof figure === 'number' ? { value: figure } : figure;
}

/** Lower bounds, upper bounds, and the qualifier that says neither. */
const LOWER: readonly Qualifier[] = ['more-than', 'at-least'];

/**
 * What qualifies a sum of `qualifiers` (undefined for a figure stated exactly): more than a part
 * that is "more than" and at least one that is "at least" makes the sum more than theirs; a part
 * "up to" makes the sum "up to"; "about" anywhere, or bounds pulling both ways, make it "about".
 */
export function sumQualifier(
  qualifiers: readonly (Qualifier | undefined)[],
): Qualifier | undefined {
  const given = qualifiers.filter((qualifier) => qualifier !== undefined);
  if (given.length === 0) return undefined;
  if (given.includes('about')) return 'about';
  const lower = given.filter((qualifier) => LOWER.includes(qualifier));
  if (lower.length && lower.length < given.length) return 'about';
  if (!lower.length) return 'up-to';
  return lower.includes('more-than') ? 'more-than' : 'at-least';
}

/**
 * The sum of figures, `undefined` parts being unknown: with an unknown part the sum is a lower
 * bound ("at least"), never a total that counted the unknown as 0; no sum when nothing is known,
 * or when a part's qualifier leaves no bound to state ("up to" or "about" beside an unknown).
 */
export function sumQuantities(parts: readonly (Quantity | undefined)[]): Quantity | undefined {
  const known = parts.filter((part) => part !== undefined);
  if (known.length === 0) return undefined;
  const value = known.reduce((sum, part) => sum + part.value, 0);
  const qualifier = sumQualifier(known.map((part) => part.qualifier));
  if (known.length === parts.length) return qualifier ? { value, qualifier } : { value };
  if (qualifier === undefined) return { value, qualifier: 'at-least' };
  return LOWER.includes(qualifier) ? { value, qualifier } : undefined;
}

/** Each language's measure word after a count of buildings or places (所, 个); none in English. */
const MEASURE_WORDS: Record<Lang, Partial<Record<Unit, string>>> = {
  en: {},
  'zh-CN': { buildings: '所', places: '个' },
};

/**
 * How each language's press writes a qualifier around a figure with its unit: "more than 90%",
 * "90%以上"; "at least 14,454", "至少14454个".
 */
const QUALIFIED: Record<Lang, Record<Qualifier, (figure: string) => string>> = {
  en: {
    'more-than': (figure) => `more than ${figure}`,
    'at-least': (figure) => `at least ${figure}`,
    about: (figure) => `about ${figure}`,
    'up-to': (figure) => `up to ${figure}`,
  },
  'zh-CN': {
    'more-than': (figure) => `${figure}以上`,
    'at-least': (figure) => `至少${figure}`,
    about: (figure) => `约${figure}`,
    'up-to': (figure) => `最多${figure}`,
  },
};

/** A value in `unit`, without its qualifier: "3.076 billion yuan", "30.76亿元", "6684个". */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  if (unit === 'yuan') return formatYuan(value, lang);
  if (unit === 'share') return formatShare(value, lang);
  return `${formatNumber(value, lang)}${MEASURE_WORDS[lang][unit] ?? ''}`;
}

/** A figure as readers read it, qualifier and unit included: "more than 90%", "90%以上". */
export function formatQuantity(figure: Quantity, unit: Unit, lang: Lang): string {
  const written = formatValue(figure.value, unit, lang);
  return figure.qualifier ? QUALIFIED[lang][figure.qualifier](written) : written;
}
