import { describe, expect, test } from 'vitest';
import {
  COLUMN as column,
  HANTING as hanting,
  statsOf,
  type WrittenStats,
} from '../../../test/fixtures/unit';
import { districtTotals } from '../stats';
import { defaultCard, headlineFigure, issueCard, issueCardAlt, type CardIssue } from './card';

/** Issue 4 with `stats` as an editor writes them, read through the schema. */
const issue = (stats?: WrittenStats, title = 'Hanting District sets out its plan'): CardIssue => ({
  issue: 4,
  title,
  published: new Date('2022-08-15T00:00:00Z'),
  stats: stats && statsOf(stats),
});

const figureOf = (stats: WrittenStats, lang: 'en' | 'zh-CN' = 'en') => {
  const card = issue(stats);
  return headlineFigure(districtTotals([card]), lang, card.stats?.period);
};

describe('headlineFigure', () => {
  test('returns the investment in yuan with its period when both are reported', () => {
    const stats = { investmentYuan: 3_076_000_000, period: { start: 2022, end: 2024 } };
    expect(figureOf(stats)).toEqual({
      value: '3.076\u00a0billion yuan',
      label: 'Planned investment, 2022–2024',
    });
    expect(figureOf(stats, 'zh-CN')).toEqual({ value: '30.76亿元', label: '2022—2024年计划投资' });
  });

  test('returns the investment without a period when none is reported', () => {
    expect(figureOf({ investmentYuan: 250_000_000, newPlaces: 900 })).toEqual({
      value: '250\u00a0million yuan',
      label: 'Planned investment',
    });
  });

  test('returns a qualified investment with its qualifier', () => {
    const stats = { investmentYuan: { value: 6_300_000, qualifier: 'more-than' } } as const;
    expect(figureOf(stats)).toEqual({
      value: 'more than 6.3\u00a0million yuan',
      label: 'Planned investment',
    });
    expect(figureOf(stats, 'zh-CN')).toEqual({ value: '630万元以上', label: '计划投资' });
  });

  test('returns the new school places when the investment is not reported', () => {
    expect(figureOf({ newPlaces: 6684, kindergartens: { planned: 34 } })).toEqual({
      value: '6,684',
      label: 'New school places',
    });
    expect(figureOf({ newPlaces: 6684 }, 'zh-CN')).toEqual({ value: '6684个', label: '新增学位' });
  });

  test('returns the places year by year, a lower bound, when the issue states no total', () => {
    const milestones = [
      { year: 2022, schools: 5, places: 6684 },
      { year: 2023, schools: 4 },
      { year: 2023, kindergartens: 5, places: 1560 },
      { year: 2024, schools: 4, places: 6210 },
    ];
    expect(figureOf({ milestones, kindergartens: { planned: 34 } })).toEqual({
      value: 'at least 14,454',
      label: 'New school places',
    });
    expect(figureOf({ milestones }, 'zh-CN')).toEqual({ value: '至少14454个', label: '新增学位' });
    // A total the issue states comes first.
    expect(figureOf({ milestones, newPlaces: 15_000 })).toEqual({
      value: '15,000',
      label: 'New school places',
    });
  });

  test('returns a kindergarten count, planned first, when only counts are reported', () => {
    expect(
      figureOf({ kindergartens: { completed: 17, planned: 34 }, schools: { planned: 5 } }),
    ).toEqual({ value: '34', label: 'Kindergartens planned' });
    expect(figureOf({ kindergartens: { underConstruction: 12 } }, 'zh-CN')).toEqual({
      value: '12所',
      label: '在建幼儿园',
    });
    expect(figureOf({ kindergartens: { planned: { value: 30, qualifier: 'more-than' } } })).toEqual(
      { value: 'more than 30', label: 'Kindergartens planned' },
    );
  });

  test('returns a school count when no kindergarten count is reported', () => {
    expect(figureOf({ schools: { completed: 3 } })).toEqual({
      value: '3',
      label: 'Schools completed',
    });
  });

  test('returns undefined when the issue reports no figure', () => {
    expect(figureOf({ period: { start: 2022, end: 2024 } })).toBeUndefined();
    expect(headlineFigure(districtTotals([issue()]), 'en')).toBeUndefined();
  });
});

describe('issueCard', () => {
  test('returns the number, district and column names in the issue’s language', () => {
    const stats = { investmentYuan: 3_076_000_000 };
    expect(issueCard({ lang: 'en', column, district: hanting, issue: issue(stats) })).toEqual({
      kind: 'issue',
      lang: 'en',
      column: { primary: 'Three-Year Tackling Operation', secondary: '三年攻坚行动' },
      publisher: 'Weifang Education Release',
      number: 'No. 4',
      district: 'Hanting District',
      title: 'Hanting District sets out its plan',
      figure: { value: '3.076\u00a0billion yuan', label: 'Planned investment' },
    });
    const zh = issueCard({
      lang: 'zh-CN',
      column,
      district: hanting,
      issue: issue(stats, '寒亭区计划'),
    });
    expect(zh).toMatchObject({
      column: { primary: '三年攻坚行动', secondary: 'Three-Year Tackling Operation' },
      publisher: '潍坊教育发布',
      number: '第4期',
      district: '寒亭区',
      title: '寒亭区计划',
      figure: { value: '30.76亿元', label: '计划投资' },
    });
  });

  test('leaves the figure out when the issue reports none', () => {
    expect(issueCard({ lang: 'en', column, district: hanting, issue: issue() })).not.toHaveProperty(
      'figure',
    );
  });
});

describe('defaultCard', () => {
  test('returns the city-wide targets in the column’s language', () => {
    expect(defaultCard(column)).toEqual({
      kind: 'default',
      lang: 'en',
      column: { primary: 'Three-Year Tackling Operation', secondary: '三年攻坚行动' },
      publisher: 'Weifang Education Release',
      heading: 'City-wide targets, 2022–2024',
      targets: [
        { value: '360', label: 'public kindergartens' },
        { value: '134', label: 'compulsory-education schools' },
        { value: '10', label: 'high schools' },
      ],
    });
  });
});

describe('issueCardAlt', () => {
  test('returns the number, district and title the card shows', () => {
    const card = issueCard({ lang: 'en', column, district: hanting, issue: issue() });
    expect(issueCardAlt(card)).toBe('No. 4 · Hanting District: Hanting District sets out its plan');
    const zh = issueCard({
      lang: 'zh-CN',
      column,
      district: hanting,
      issue: issue(undefined, '寒亭区计划'),
    });
    expect(issueCardAlt(zh)).toBe('第4期 · 寒亭区：寒亭区计划');
  });
});
