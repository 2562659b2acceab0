/**
 * The editors' contract: schemas for everything under `content/`.
 *
 * The schemas are built from factories so that the same rules run in two places: Astro's
 * content layer (`src/content.config.ts`, where cover images go through `image()` and the
 * district is a `reference()`) and the stand-alone content check (`src/lib/contentCheck.ts`),
 * which runs before Astro and reports every problem at once.
 */
import { z } from 'astro/zod';
import { msg, renderMessage, type CheckMessage } from '../i18n/checks.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import {
  COUNT_GROUP_IDS,
  COUNT_GROUPS,
  MILESTONE_FIGURES,
  PART_STAGES,
  PROJECT_PLACES,
  PROJECT_STATUSES,
  QUALIFIERS,
  quantity,
  STAGE_IDS,
  STAGES,
  STAT_FIGURES,
  type CountGroup,
  type FigureDefinition,
  type Quantity,
} from './figures.ts';

// The values an issue's `lang` may take, for the scripts that read the contract from here.
export { LANGS, type Lang } from '../i18n/langs.ts';

export const DISTRICT_KINDS = ['district', 'county-level-city', 'county'] as const;
export const PROJECT_KINDS = [
  'kindergarten',
  'primary',
  'middle',
  'nine-year',
  'high',
  'other',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export {
  PROJECT_STATUSES,
  QUALIFIERS,
  TARGET_IDS,
  type ProjectStatus,
  type Qualifier,
  type Quantity,
  type TargetId,
} from './figures.ts';

/**
 * A rule of the contract's own, broken: the content check reads the message and its fix from
 * `params` to show them in the editor's language; Astro, which reports a schema error only when
 * the check has let it through, shows the English `message`.
 */
function broken(problem: CheckMessage, fix?: CheckMessage) {
  return { message: renderMessage('en', problem), params: fix ? { problem, fix } : { problem } };
}

const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

const year = z.int().min(MIN_YEAR).max(MAX_YEAR);
const count = z.int().min(0);
const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = (max: number) =>
  z.strictObject({
    en: text(max).meta({ description: 'In English.' }),
    zh: text(max).meta({ description: 'In Chinese (简体中文).' }),
  });

/**
 * What VS Code says about a wrong date (the YAML language server reads `errorMessage` in a JSON
 * Schema) instead of its own "String is not a RFC3339 date-time.".
 */
const dateInEditor = { errorMessage: 'Write the date as YYYY-MM-DD, e.g. 2022-08-15.' };

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers disagree on whether that is a Date
 * (js-yaml, used by Astro) or a string (the `yaml` package), so both are accepted. The error
 * is Astro's to show; the content check words a wrong date itself, in the editor's language.
 */
export const calendarDate = z
  .union(
    [
      z.date().meta(dateInEditor),
      z.iso.date({ error: 'expected a date written YYYY-MM-DD' }).meta(dateInEditor),
    ],
    { error: 'expected a date written YYYY-MM-DD' },
  )
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

/**
 * A list an editor may leave empty: `projects:` with every item commented out is `null` in
 * YAML, and means the same as `[]`.
 */
const list = <Item extends z.ZodType>(item: Item) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? []);

/**
 * A figure of the registry (./figures.ts): a number written plain (`0.9`), or with the source's
 * qualifier (`{ value: 0.9, qualifier: more-than }` for "above 90%"); read as a `Quantity`
 * either way.
 */
export function figure(definition: Pick<FigureDefinition, 'type' | 'maximum'>) {
  const number = definition.type === 'integer' ? z.int().min(0) : z.number().min(0);
  const value = definition.maximum === undefined ? number : number.max(definition.maximum);
  return z
    .union([
      value,
      z
        .strictObject({
          value: value.meta({ description: 'The figure.' }),
          qualifier: z.enum(QUALIFIERS).meta({
            description:
              'How the source qualifies it: more-than ("above 90%"), at-least, about or up-to.',
          }),
        })
        .meta({
          description: 'A figure the source qualifies, e.g. { value: 0.9, qualifier: more-than }.',
        }),
    ])
    .transform((written): Quantity => quantity(written));
}

const stageCount = figure({ type: 'integer' });

/**
 * How far parts of a whole exceed it, when they certainly do: the whole must be stated exactly
 * or as a ceiling ("up to"), and only parts that are at least what they say count. A figure
 * that is itself wrong reaches a refinement unread (a bare number or a raw object) and is left
 * out: it has its own problem line. Undefined when the parts fit.
 */
function excess(
  whole: unknown,
  parts: readonly unknown[],
): { given: number[]; sum: number; whole: number } | undefined {
  const sound = (written: unknown): Quantity | undefined => {
    if (written === undefined || written === null) return undefined;
    const read = quantity(written as number | Quantity);
    return Number.isFinite(read.value) && read.value >= 0 ? read : undefined;
  };
  const total = sound(whole);
  if (!total || !['up-to', undefined].includes(total.qualifier)) return undefined;
  const given = parts.flatMap((written, index) => {
    const part = sound(written);
    return part && ['more-than', 'at-least', undefined].includes(part.qualifier)
      ? [{ index, value: part.value }]
      : [];
  });
  const sum = given.reduce((total, part) => total + part.value, 0);
  if (sum <= total.value) return undefined;
  return { given: given.map((part) => part.index), sum, whole: total.value };
}

/**
 * Counts for one kind of building. `planned` is the whole plan; the buildings under
 * construction and completed are parts of it.
 */
export const buildingCounts = z
  .strictObject(
    Object.fromEntries(
      STAGE_IDS.map((stage) => [
        stage,
        stageCount.optional().meta({ description: STAGES[stage].description }),
      ]),
    ) as Record<(typeof STAGE_IDS)[number], z.ZodOptional<typeof stageCount>>,
  )
  .superRefine((counts, context) => {
    const over = excess(
      counts.planned,
      PART_STAGES.map((stage) => counts[stage]),
    );
    if (!over) return;
    const given = over.given.map((index) => PART_STAGES[index]);
    context.addIssue({
      code: 'custom',
      ...broken(
        msg('schema.stagesOverPlanned', {
          parts: given.join(' + '),
          started: over.sum,
          planned: over.whole,
        }),
        msg('schema.stagesOverPlanned.fix'),
      ),
      path: [given[0] ?? 'planned'],
    });
  });

/** A project's identity across the column: lower-case words joined by hyphens. */
export const PROJECT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const optionalFigure = (definition: FigureDefinition) =>
  figure(definition).optional().meta({ description: definition.description });

export const milestone = z
  .strictObject({
    year: year.meta({ description: 'The year the figures are for.' }),
    schools: optionalFigure(MILESTONE_FIGURES.schools),
    kindergartens: optionalFigure(MILESTONE_FIGURES.kindergartens),
    places: optionalFigure(MILESTONE_FIGURES.places),
    note: text(200).optional().meta({ description: 'What the figures refer to, in a few words.' }),
  })
  .meta({
    description:
      'One year’s step in the plan. Every figure is optional: only what the source states.',
  });

/** `stats:` with every line commented out is `null` in YAML: no figures. */
export const stats = z
  .strictObject({
    investmentYuan: optionalFigure(STAT_FIGURES.investmentYuan),
    period: z
      .strictObject({
        start: year.meta({ description: 'First year of the plan.' }),
        end: year.meta({ description: 'Last year of the plan, not before `start`.' }),
      })
      .refine((period) => period.start <= period.end, {
        ...broken(msg('schema.periodOrder')),
        path: ['end'],
      })
      .optional()
      .meta({ description: 'The years the plan covers, inclusive.' }),
    newPlaces: optionalFigure(STAT_FIGURES.newPlaces),
    ...(Object.fromEntries(
      COUNT_GROUP_IDS.map((group) => [
        group,
        buildingCounts.optional().meta({ description: COUNT_GROUPS[group].description }),
      ]),
    ) as Record<CountGroup, z.ZodOptional<typeof buildingCounts>>),
    publicKindergartenShareTarget: optionalFigure(STAT_FIGURES.publicKindergartenShareTarget),
    milestones: z.array(milestone).optional().meta({ description: 'The plan year by year.' }),
  })
  .superRefine((figures, context) => {
    // A part cannot be larger than the whole it is part of.
    const parts = [
      { whole: 'kindergartens', of: ['publicKindergartens'] },
      { whole: 'schools', of: ['compulsorySchools', 'highSchools'] },
    ] as const;
    for (const { whole, of } of parts) {
      for (const key of STAGE_IDS) {
        const over = excess(
          figures[whole]?.[key],
          of.map((field) => figures[field]?.[key]),
        );
        if (!over) continue;
        const given = over.given.map((index) => of[index]);
        context.addIssue({
          code: 'custom',
          ...broken(
            msg('schema.partOverWhole', {
              parts: given.map((field) => `${field}.${key}`).join(' + '),
              part: over.sum,
              whole: `${whole}.${key}`,
              total: over.whole,
            }),
            msg('schema.partOverWhole.fix', { whole }),
          ),
          path: [given[0] ?? of[0], key],
        });
      }
    }
  })
  .nullish()
  .transform((value) => value ?? undefined)
  .meta({
    description:
      'The figures an issue reports. The unit is fixed by the field name; absent means not reported.',
  });

export const project = z
  .strictObject({
    id: z
      .string()
      .regex(PROJECT_ID, {
        error: 'expected lower-case words joined by hyphens, e.g. xingfu-road-primary',
      })
      .max(80)
      .meta({
        description:
          'The project’s identity across the column: the same in every issue and language that names it, e.g. xingfu-road-primary.',
      }),
    name: text(160).meta({
      description: 'The school’s or kindergarten’s name as the source gives it.',
    }),
    kind: z.enum(PROJECT_KINDS).meta({
      description:
        'kindergarten, primary, middle, nine-year, high, or other when the source does not say.',
    }),
    year: year.optional().meta({
      description:
        'The year the source gives for the project (start, construction or completion); leave it out when the source gives none.',
    }),
    status: z.enum(PROJECT_STATUSES).meta({
      description: 'planned, under-construction or completed, as of the issue’s date.',
    }),
    places: optionalFigure(PROJECT_PLACES),
  })
  .meta({ description: 'One named building project.' });

export const correction = z
  .strictObject({
    date: calendarDate.meta({ description: 'The day the correction was made.' }),
    note: text(500).meta({ description: 'What was wrong and what it now says.' }),
  })
  .meta({ description: 'A correction to a published issue.' });

/**
 * The issue's fields that are the same wherever the schema runs. Built once: Astro builds the
 * issue schema afresh for every entry it reads.
 */
const issueFields = {
  title: text(120).meta({ description: 'Headline, at most 120 characters.' }),
  summary: text(300).meta({
    description:
      'One or two sentences for cards, feeds and the meta description; at most 300 characters.',
  }),
  issue: z
    .int()
    .min(1)
    .meta({ description: 'Issue number, unique per language across the column.' }),
  published: calendarDate.meta({
    description: 'Publication date. An issue dated in the future stays unpublished until that day.',
  }),
  updated: calendarDate
    .optional()
    .meta({ description: 'Date of the last substantive update; not before `published`.' }),
  author: text(120).meta({ description: 'Byline.' }),
  source: text(200).meta({ description: 'The office that supplied the report.' }),
  coverAlt: text(300).meta({
    description: 'What the picture shows, for readers who cannot see it.',
  }),
  projects: list(project).meta({ description: 'Named projects in the issue.' }),
  tags: list(text(40))
    .transform((tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))])
    .meta({ description: 'Topics; normalised to lower case without duplicates.' }),
  draft: z
    .boolean()
    .default(false)
    .meta({ description: 'A draft shows in `npm run dev` and never in a build.' }),
  corrections: list(correction)
    .transform((items) => items.toSorted((a, b) => b.date.getTime() - a.date.getTime()))
    .meta({ description: 'Corrections, shown on the page newest first.' }),
};

interface IssueSchemaParts<Cover extends z.ZodType, District extends z.ZodType> {
  /** Schema for `cover.src`: Astro's `image()` in a build, a file check outside it. */
  coverImage: Cover;
  /**
   * Schema for `district`: in a build, the district ids piped into a `reference('districts')`;
   * a string outside it.
   */
  district: District;
  /** The column's language, used when an issue does not set `lang`. */
  defaultLang: Lang;
}

export function issueSchema<Cover extends z.ZodType, District extends z.ZodType>(
  parts: IssueSchemaParts<Cover, District>,
) {
  const { title, summary, issue, published, updated, author, source, coverAlt } = issueFields;
  const { projects, tags, draft, corrections } = issueFields;
  return z
    .strictObject({
      title,
      summary,
      issue,
      district: parts.district.meta({
        description: 'The district the issue reports on: an `id` from `content/districts.yaml`.',
      }),
      published,
      updated,
      lang: z
        .enum(LANGS)
        .default(parts.defaultLang)
        .meta({ description: 'Language of the issue; the column’s language when absent.' }),
      author,
      source,
      cover: z
        .strictObject({
          src: parts.coverImage.meta({
            description: 'The picture, written from the issue file: `../images/school.jpg`.',
          }),
          alt: coverAlt,
        })
        .optional()
        .meta({
          description:
            'Optional cover picture; the alt text describes it for readers who cannot see it.',
        }),
      stats,
      projects,
      tags,
      draft,
      corrections,
    })
    .refine((data) => !data.updated || data.updated >= data.published, {
      ...broken(msg('schema.updatedOrder')),
      path: ['updated'],
    })
    .meta({ description: 'Frontmatter of one issue (`content/issues/NNN-slug.mdx`).' });
}

export const districtSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .meta({ description: 'Lower-case slug used in URLs and in an issue’s `district` field.' }),
    name: bilingual(60).meta({ description: 'The division’s name.' }),
    kind: z.enum(DISTRICT_KINDS).meta({
      description: 'district, county-level-city or county: the kind of county-level division.',
    }),
    blurb: bilingual(160).meta({ description: 'One line about the place.' }),
  })
  .meta({ description: 'One county-level division (`content/districts.yaml`).' });

export const columnSchema = z
  .strictObject({
    title: bilingual(80).meta({
      description: 'The column’s name in English and Chinese, shown in the masthead.',
    }),
    publisher: bilingual(80).meta({ description: 'Who publishes the column.' }),
    description: bilingual(400).meta({
      description:
        'A sentence or two about the column, for the home page, feeds and search engines.',
    }),
    defaultLang: z.enum(LANGS).meta({
      description: 'The language of the site’s root; issues without `lang` are in it.',
    }),
    targets: z
      .strictObject({
        period: z
          .strictObject({
            start: year.meta({ description: 'First year of the targets.' }),
            end: year.meta({ description: 'Last year of the targets.' }),
          })
          .meta({ description: 'The years the targets cover, inclusive.' }),
        publicKindergartens: count.meta({ description: 'Public kindergartens to build.' }),
        compulsorySchools: count.meta({
          description: 'Primary, middle and nine-year schools to build.',
        }),
        highSchools: count.meta({ description: 'High schools to build.' }),
      })
      .meta({ description: 'The city-wide targets of the operation.' }),
  })
  .meta({ description: 'The column itself (`content/column.yaml`).' });

export type ColumnData = z.output<typeof columnSchema>;
export type DistrictData = z.output<typeof districtSchema>;
export type Stats = NonNullable<z.output<typeof stats>>;
export type BuildingCounts = z.output<typeof buildingCounts>;
export type Milestone = z.output<typeof milestone>;
export type Project = z.output<typeof project>;
