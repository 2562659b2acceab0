/**
 * The editors' contract: schemas for everything under `content/`.
 *
 * The schemas are built from factories so that the same rules run in two places: Astro's
 * content layer (`src/content.config.ts`, where cover images go through `image()` and the
 * district is a `reference()`) and the stand-alone content check (`src/lib/contentCheck.ts`),
 * which runs before Astro and reports every problem at once.
 */
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/langs.ts';

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
export const PROJECT_STATUSES = ['planned', 'under-construction', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

const year = z.int().min(MIN_YEAR).max(MAX_YEAR);
const count = z.int().min(0);
const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = (max: number) => z.strictObject({ en: text(max), zh: text(max) });

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers disagree on whether that is a Date
 * (js-yaml, used by Astro) or a string (the `yaml` package), so both are accepted.
 */
export const calendarDate = z
  .union([z.date(), z.iso.date({ error: 'expected a date written YYYY-MM-DD' })], {
    error: 'expected a date written YYYY-MM-DD',
  })
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

/** Counts for one kind of building: how many are planned, being built, finished. */
export const buildingCounts = z.strictObject({
  /** Planned over the period, including those already started. */
  planned: count.optional(),
  /** Started and not yet finished. */
  underConstruction: count.optional(),
  /** Finished. */
  completed: count.optional(),
});

/** One year's step in the plan. Every figure is optional: only what the source states. */
export const milestone = z.strictObject({
  /** The year the figures are for. */
  year,
  /** Schools built or planned that year. */
  schools: count.optional(),
  /** Kindergartens built or planned that year. */
  kindergartens: count.optional(),
  /** New school or kindergarten places that year. */
  places: count.optional(),
  /** What the figures refer to, in a few words. */
  note: text(200).optional(),
});

/**
 * The figures an issue reports. The unit is fixed by the field name; absent means not
 * reported. `stats:` with every line commented out is `null` in YAML: no figures.
 */
export const stats = z
  .strictObject({
    /** Planned investment over `period`, in yuan (not ten-thousands, not billions). */
    investmentYuan: z.number().min(0).optional(),
    /** The years the plan covers, inclusive. */
    period: z
      .strictObject({
        /** First year of the plan. */
        start: year,
        /** Last year of the plan, not before `start`. */
        end: year,
      })
      .refine((period) => period.start <= period.end, {
        message: 'the start year is after the end year',
        path: ['end'],
      })
      .optional(),
    /** New school places (seats for pupils) created over the period. */
    newPlaces: count.optional(),
    /** Primary, middle and high schools. */
    schools: buildingCounts.optional(),
    /** Kindergartens. */
    kindergartens: buildingCounts.optional(),
    /** Share of kindergarten places that should be public, as a fraction from 0 to 1. */
    publicKindergartenShareTarget: z.number().min(0).max(1).optional(),
    /** The plan year by year. */
    milestones: z.array(milestone).optional(),
  })
  .nullish()
  .transform((value) => value ?? undefined);

/** One named building project. */
export const project = z.strictObject({
  /** The school's or kindergarten's name as the source gives it. */
  name: text(160),
  /** kindergarten, primary, middle, nine-year, high, or other when the source does not say. */
  kind: z.enum(PROJECT_KINDS),
  /** The year the source places the project in (start, construction or completion). */
  year,
  /** planned, under-construction or completed, as of the issue's date. */
  status: z.enum(PROJECT_STATUSES),
  /** Places the project adds, when the source gives them. */
  places: count.optional(),
});

/** A correction to a published issue. */
export const correction = z.strictObject({
  /** The day the correction was made. */
  date: calendarDate,
  /** What was wrong and what it now says. */
  note: text(500),
});

interface IssueSchemaParts<Cover extends z.ZodType, District extends z.ZodType> {
  /** Schema for `cover.src`: Astro's `image()` in a build, a file check outside it. */
  coverImage: Cover;
  /** Schema for `district`: a `reference('districts')` in a build, a string outside it. */
  district: District;
  /** The column's language, used when an issue does not set `lang`. */
  defaultLang: Lang;
}

/** Frontmatter of one issue (`content/issues/NNN-slug.mdx`). */
export function issueSchema<Cover extends z.ZodType, District extends z.ZodType>(
  parts: IssueSchemaParts<Cover, District>,
) {
  return z
    .strictObject({
      /** Headline, at most 120 characters. */
      title: text(120),
      /** One or two sentences for cards, feeds and the meta description; at most 300 characters. */
      summary: text(300),
      /** Issue number, unique per language across the column. */
      issue: z.int().min(1),
      /** The district the issue reports on: an `id` from `content/districts.yaml`. */
      district: parts.district,
      /** Publication date. An issue dated in the future stays unpublished until that day. */
      published: calendarDate,
      /** Date of the last substantive update; not before `published`. */
      updated: calendarDate.optional(),
      /** Language of the issue; the column's language when absent. */
      lang: z.enum(LANGS).default(parts.defaultLang),
      /** Byline. */
      author: text(120),
      /** The office that supplied the report. */
      source: text(200),
      /** Optional cover picture; the alt text describes it for readers who cannot see it. */
      cover: z
        .strictObject({
          /** The picture, written from the issue file: `../images/school.jpg`. */
          src: parts.coverImage,
          /** What the picture shows, for readers who cannot see it. */
          alt: text(300),
        })
        .optional(),
      stats,
      /** Named projects in the issue. */
      projects: list(project),
      /** Topics; normalised to lower case without duplicates. */
      tags: list(text(40)).transform((tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))]),
      /** A draft shows in `npm run dev` and never in a build. */
      draft: z.boolean().default(false),
      /** Corrections, shown on the page newest first. */
      corrections: list(correction).transform((items) =>
        items.toSorted((a, b) => b.date.getTime() - a.date.getTime()),
      ),
    })
    .refine((issue) => !issue.updated || issue.updated >= issue.published, {
      message: 'the update date is before the publication date',
      path: ['updated'],
    });
}

/** One county-level division (`content/districts.yaml`). */
export const districtSchema = z.strictObject({
  /** Lower-case slug used in URLs and in an issue's `district` field. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: bilingual(60),
  kind: z.enum(DISTRICT_KINDS),
  /** One line about the place. */
  blurb: bilingual(160),
});

/** The column itself (`content/column.yaml`). */
export const columnSchema = z.strictObject({
  /** The column's name in English and Chinese, shown in the masthead. */
  title: bilingual(80),
  /** Who publishes the column. */
  publisher: bilingual(80),
  /** A sentence or two about the column, for the home page, feeds and search engines. */
  description: bilingual(400),
  /** The language of the site's root; issues without `lang` are in it. */
  defaultLang: z.enum(LANGS),
  /** The city-wide targets of the operation. */
  targets: z.strictObject({
    /** The years the targets cover, inclusive. */
    period: z.strictObject({ start: year, end: year }),
    /** Public kindergartens to build. */
    publicKindergartens: count,
    /** Primary, middle and nine-year schools to build. */
    compulsorySchools: count,
    /** High schools to build. */
    highSchools: count,
  }),
});

export type ColumnData = z.output<typeof columnSchema>;
export type DistrictData = z.output<typeof districtSchema>;
export type Stats = NonNullable<z.output<typeof stats>>;
export type BuildingCounts = z.output<typeof buildingCounts>;
export type Milestone = z.output<typeof milestone>;
export type Project = z.output<typeof project>;
