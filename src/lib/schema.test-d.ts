/**
 * Type tests for the editors' contract: a schema change that loosens or renames a field
 * makes `tsc` (and `astro check`) fail here. Nothing in this file runs.
 */
import { z } from 'astro/zod';
import { describe, expectTypeOf, test } from 'vitest';
import {
  columnSchema,
  districtSchema,
  issueSchema,
  type BuildingCounts,
  type Lang,
  type Milestone,
  type Project,
  type ProjectKind,
  type ProjectStatus,
  type Qualifier,
  type Quantity,
  type Stats,
} from './schema';

/** The issue schema as the content check builds it: plain strings for cover and district. */
type IssueSchema = ReturnType<typeof issueSchema<z.ZodString, z.ZodString>>;
type Issue = z.output<IssueSchema>;
type IssueInput = z.input<IssueSchema>;

describe('issueSchema output', () => {
  test('has required text and number fields', () => {
    expectTypeOf<Issue['title']>().toEqualTypeOf<string>();
    expectTypeOf<Issue['summary']>().toEqualTypeOf<string>();
    expectTypeOf<Issue['issue']>().toEqualTypeOf<number>();
    expectTypeOf<Issue['author']>().toEqualTypeOf<string>();
    expectTypeOf<Issue['source']>().toEqualTypeOf<string>();
  });

  test('has lang as a required language, filled by its default', () => {
    expectTypeOf<Issue['lang']>().toEqualTypeOf<'en' | 'zh-CN'>();
    expectTypeOf<Issue['lang']>().toEqualTypeOf<Lang>();
    expectTypeOf<Issue>().toHaveProperty('lang');
    expectTypeOf<Pick<Issue, 'lang'>>().toEqualTypeOf<{ lang: Lang }>();
  });

  test('has dates as Date objects, updated optional', () => {
    expectTypeOf<Issue['published']>().toEqualTypeOf<Date>();
    expectTypeOf<Issue['updated']>().toEqualTypeOf<Date | undefined>();
  });

  test('has defaulted lists and flags that are never undefined', () => {
    expectTypeOf<Issue['tags']>().toEqualTypeOf<string[]>();
    expectTypeOf<Issue['draft']>().toEqualTypeOf<boolean>();
    expectTypeOf<Issue['projects']>().toEqualTypeOf<Project[]>();
    expectTypeOf<Issue['corrections']>().toEqualTypeOf<{ date: Date; note: string }[]>();
  });

  test('has the district and cover source typed by the parts given to the factory', () => {
    expectTypeOf<Issue['district']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Issue['cover']>>().toEqualTypeOf<{ src: string; alt: string }>();
    type Other = z.output<ReturnType<typeof issueSchema<z.ZodNumber, z.ZodLiteral<'hanting'>>>>;
    expectTypeOf<Other['district']>().toEqualTypeOf<'hanting'>();
    expectTypeOf<NonNullable<Other['cover']>['src']>().toEqualTypeOf<number>();
  });

  test('has every stat optional, each figure a quantity', () => {
    expectTypeOf<Issue['stats']>().toEqualTypeOf<Stats | undefined>();
    expectTypeOf<Stats['newPlaces']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<Stats['investmentYuan']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<Stats['publicKindergartenShareTarget']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<Stats['period']>().toEqualTypeOf<{ start: number; end: number } | undefined>();
    expectTypeOf<Stats['schools']>().toEqualTypeOf<BuildingCounts | undefined>();
    expectTypeOf<BuildingCounts['planned']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<BuildingCounts['underConstruction']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<BuildingCounts['completed']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<Milestone['year']>().toEqualTypeOf<number>();
    expectTypeOf<Milestone['places']>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<Milestone['schools']>().toEqualTypeOf<Quantity | undefined>();
  });

  test('has a quantity as a number and the source’s qualifier from a closed union', () => {
    expectTypeOf<Quantity['value']>().toEqualTypeOf<number>();
    expectTypeOf<Quantity['qualifier']>().toEqualTypeOf<Qualifier | undefined>();
    expectTypeOf<Qualifier>().toEqualTypeOf<'more-than' | 'at-least' | 'about' | 'up-to'>();
  });

  test('has projects with closed kind and status unions, year and places optional', () => {
    expectTypeOf<Project['kind']>().toEqualTypeOf<ProjectKind>();
    expectTypeOf<ProjectKind>().toEqualTypeOf<
      'kindergarten' | 'primary' | 'middle' | 'nine-year' | 'high' | 'other'
    >();
    expectTypeOf<ProjectStatus>().toEqualTypeOf<'planned' | 'under-construction' | 'completed'>();
    expectTypeOf<Project['year']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Project['places']>().toEqualTypeOf<Quantity | undefined>();
  });

  test('has no catch-all index signature', () => {
    expectTypeOf<Issue>().not.toHaveProperty('subtitle');
  });
});

describe('issueSchema input', () => {
  test('lets editors leave out defaulted fields and write dates as strings', () => {
    expectTypeOf<{
      title: string;
      summary: string;
      issue: number;
      district: string;
      published: string;
      author: string;
      source: string;
    }>().toExtend<IssueInput>();
    expectTypeOf<IssueInput['published']>().toEqualTypeOf<Date | string>();
  });

  test('lets editors write a figure plain or with the source’s qualifier', () => {
    type StatsInput = NonNullable<IssueInput['stats']>;
    expectTypeOf<NonNullable<StatsInput['newPlaces']>>().toEqualTypeOf<
      number | { value: number; qualifier: Qualifier }
    >();
    expectTypeOf<{ planned: number; completed: { value: number; qualifier: 'about' } }>().toExtend<
      NonNullable<StatsInput['schools']>
    >();
    expectTypeOf<{ value: number; qualifier: 'roughly' }>().not.toExtend<
      NonNullable<StatsInput['newPlaces']>
    >();
  });
});

describe('districtSchema and columnSchema output', () => {
  test('has bilingual names and a closed kind union', () => {
    type District = z.output<typeof districtSchema>;
    expectTypeOf<District['name']>().toEqualTypeOf<{ en: string; zh: string }>();
    expectTypeOf<District['kind']>().toEqualTypeOf<'district' | 'county-level-city' | 'county'>();
  });

  test('has a required default language and numeric targets', () => {
    type Column = z.output<typeof columnSchema>;
    expectTypeOf<Column['defaultLang']>().toEqualTypeOf<Lang>();
    expectTypeOf<Column['targets']['publicKindergartens']>().toEqualTypeOf<number>();
  });
});
