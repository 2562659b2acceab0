/**
 * Figures in the page's words: the stages of a count as parts of a whole ("34 planned, of which
 * 12 under construction and 17 completed" / "计划34所，其中在建12所、竣工17所"), and the plan
 * year by year. Each phrase comes as segments, text and figures, so a component can write every
 * figure in its checked markup, and as plain text for the desk's sentences.
 */
import { around, t } from '../i18n';
import type { Lang } from '../i18n/langs';
import { formatQuantity, PART_STAGES, type Quantity, type Stage, type Unit } from './figures.ts';
import type { BuildingCounts } from './schema.ts';
import type { YearPlan } from './stats.ts';

/** A piece of a phrase: words, or a figure with what a page needs to write it. */
export type Segment = string | { quantity: Quantity; unit: Unit; stage?: Stage };

function joinParts(parts: Segment[][], lang: Lang): Segment[] {
  const and = t(lang, 'stats.stages.and');
  const comma = t(lang, 'data.listSeparator');
  return parts.flatMap((part, index) => {
    if (index === 0) return part;
    return [index === parts.length - 1 ? and : comma, ...part];
  });
}

/** Puts each stage's figure between its words, where the language puts it: "34 planned", "计划34所". */
function worded(segments: Segment[], lang: Lang): Segment[] {
  return segments.flatMap((segment) => {
    if (typeof segment === 'string' || !segment.stage) return [segment];
    const [before, after] = around(lang, `stats.stage.${segment.stage}`, 'count');
    return [before, segment, after].filter((piece) => piece !== '');
  });
}

/**
 * The stages of `counts` as one phrase: the whole plan, then what of it has started; the parts
 * alone when the plan is not stated. Undefined when no stage is.
 */
export function stagePhrase(counts: BuildingCounts, lang: Lang): Segment[] | undefined {
  const parts = PART_STAGES.flatMap((stage) => {
    const count = counts[stage];
    return count ? [[{ quantity: count, unit: 'buildings', stage } satisfies Segment]] : [];
  });
  const planned = counts.planned && [
    { quantity: counts.planned, unit: 'buildings', stage: 'planned' } satisfies Segment,
  ];
  if (!planned && !parts.length) return undefined;
  const phrase = planned
    ? [
        ...planned,
        ...(parts.length ? [t(lang, 'stats.stages.ofWhich'), ...joinParts(parts, lang)] : []),
      ]
    : joinParts(parts, lang);
  return worded(phrase, lang);
}

/** The plan's figure `key` year by year: "6,684 in 2022, at least 1,560 in 2023". */
export function yearPhrase(
  plan: YearPlan,
  key: 'schools' | 'kindergartens' | 'places',
  unit: Unit,
  lang: Lang,
): Segment[] | undefined {
  const years = plan.years.flatMap((row) => {
    const quantity = row[key];
    if (!quantity) return [];
    const [before, after] = around(lang, 'stats.inYear', 'figure', { year: row.year });
    return [[before, { quantity, unit }, after].filter((piece) => piece !== '')];
  });
  if (!years.length) return undefined;
  const separator = t(lang, 'data.listSeparator');
  return years.flatMap((year, index) => (index ? [separator, ...year] : year));
}

/** Segments as plain text. */
export function segmentsText(segments: readonly Segment[], lang: Lang): string {
  return segments
    .map((segment) =>
      typeof segment === 'string' ? segment : formatQuantity(segment.quantity, segment.unit, lang),
    )
    .join('');
}
