import { describe, expect, test } from 'vitest';
import { segmentsText, stagePhrase, yearPhrase, type Segment } from './figureText';
import { PARTLY_STATED_PLAN as PLAN } from '../../test/fixtures/unit';
import type { YearPlan } from './stats';

const figures = (segments: readonly Segment[] | undefined) =>
  (segments ?? []).filter((segment) => typeof segment !== 'string');

describe('stagePhrase', () => {
  const counts = {
    planned: { value: 34 },
    underConstruction: { value: 12 },
    completed: { value: 17 },
  };

  test('returns the plan, then the stages under way as parts of it, in each language', () => {
    expect(segmentsText(stagePhrase(counts, 'en') ?? [], 'en')).toBe(
      '34 planned, of which 12 under construction and 17 completed',
    );
    expect(segmentsText(stagePhrase(counts, 'zh-CN') ?? [], 'zh-CN')).toBe(
      '计划34所，其中在建12所、竣工17所',
    );
  });

  test('returns each figure as a segment with its unit and stage, for the page’s markup', () => {
    expect(figures(stagePhrase(counts, 'en'))).toEqual([
      { quantity: { value: 34 }, unit: 'buildings', stage: 'planned' },
      { quantity: { value: 12 }, unit: 'buildings', stage: 'underConstruction' },
      { quantity: { value: 17 }, unit: 'buildings', stage: 'completed' },
    ]);
  });

  test('returns only the parts given when the plan is not stated', () => {
    const parts = { underConstruction: { value: 12 }, completed: { value: 17 } };
    expect(segmentsText(stagePhrase(parts, 'en') ?? [], 'en')).toBe(
      '12 under construction and 17 completed',
    );
    expect(segmentsText(stagePhrase(parts, 'zh-CN') ?? [], 'zh-CN')).toBe('在建12所、竣工17所');
    const completed = { completed: { value: 17 } };
    expect(segmentsText(stagePhrase(completed, 'en') ?? [], 'en')).toBe('17 completed');
    expect(segmentsText(stagePhrase(completed, 'zh-CN') ?? [], 'zh-CN')).toBe('竣工17所');
  });

  test('returns the plan alone when no part is stated', () => {
    const planned = { planned: { value: 34 } };
    expect(segmentsText(stagePhrase(planned, 'en') ?? [], 'en')).toBe('34 planned');
    expect(segmentsText(stagePhrase(planned, 'zh-CN') ?? [], 'zh-CN')).toBe('计划34所');
  });

  test('returns the plan with one part when only one is stated', () => {
    const some = { planned: { value: 34 }, completed: { value: 17 } };
    expect(segmentsText(stagePhrase(some, 'en') ?? [], 'en')).toBe(
      '34 planned, of which 17 completed',
    );
    expect(segmentsText(stagePhrase(some, 'zh-CN') ?? [], 'zh-CN')).toBe('计划34所，其中竣工17所');
  });

  test('returns a qualified stage with its qualifier', () => {
    const about = { planned: { value: 34, qualifier: 'about' }, completed: { value: 17 } } as const;
    expect(segmentsText(stagePhrase(about, 'en') ?? [], 'en')).toBe(
      'about 34 planned, of which 17 completed',
    );
    expect(segmentsText(stagePhrase(about, 'zh-CN') ?? [], 'zh-CN')).toBe(
      '计划约34所，其中竣工17所',
    );
    const above = { completed: { value: 20, qualifier: 'more-than' } } as const;
    expect(segmentsText(stagePhrase(above, 'en') ?? [], 'en')).toBe('more than 20 completed');
    expect(segmentsText(stagePhrase(above, 'zh-CN') ?? [], 'zh-CN')).toBe('竣工20所以上');
  });

  test('returns a stage of 0 as 0', () => {
    const none = { planned: { value: 3 }, completed: { value: 0 } };
    expect(segmentsText(stagePhrase(none, 'en') ?? [], 'en')).toBe(
      '3 planned, of which 0 completed',
    );
  });

  test('returns undefined when no stage is stated', () => {
    expect(stagePhrase({}, 'en')).toBeUndefined();
    expect(stagePhrase({}, 'zh-CN')).toBeUndefined();
  });
});

describe('yearPhrase', () => {
  test('returns each year’s figure in its words, a partial year as a lower bound', () => {
    expect(segmentsText(yearPhrase(PLAN, 'places', 'places', 'en') ?? [], 'en')).toBe(
      '6,684 in 2022, at least 1,560 in 2023, 6,210 in 2024',
    );
    expect(segmentsText(yearPhrase(PLAN, 'places', 'places', 'zh-CN') ?? [], 'zh-CN')).toBe(
      '2022年6684个、2023年至少1560个、2024年6210个',
    );
  });

  test('returns each figure as a segment with its unit, in the order of the years', () => {
    expect(figures(yearPhrase(PLAN, 'places', 'places', 'en'))).toEqual([
      { quantity: { value: 6684 }, unit: 'places' },
      { quantity: { value: 1560, qualifier: 'at-least' }, unit: 'places' },
      { quantity: { value: 6210 }, unit: 'places' },
    ]);
  });

  test('returns only the years that state the figure', () => {
    expect(segmentsText(yearPhrase(PLAN, 'kindergartens', 'buildings', 'en') ?? [], 'en')).toBe(
      '5 in 2023',
    );
    expect(
      segmentsText(yearPhrase(PLAN, 'kindergartens', 'buildings', 'zh-CN') ?? [], 'zh-CN'),
    ).toBe('2023年5所');
  });

  test('returns undefined when no year states the figure', () => {
    const schoolsOnly: YearPlan = {
      years: [{ year: 2023, schools: { value: 4 }, placesPartial: true }],
      schools: { value: 4 },
    };
    expect(yearPhrase(schoolsOnly, 'places', 'places', 'en')).toBeUndefined();
  });
});

describe('segmentsText', () => {
  test('returns words as they are and figures as readers read them', () => {
    const segments: Segment[] = [
      'Places: ',
      { quantity: { value: 14_454, qualifier: 'at-least' }, unit: 'places' },
      '.',
    ];
    expect(segmentsText(segments, 'en')).toBe('Places: at least 14,454.');
    expect(segmentsText(segments, 'zh-CN')).toBe('Places: 至少14454个.');
  });
});
