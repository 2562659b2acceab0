import { describe, expect, test } from 'vitest';
import { PARTLY_STATED_PLAN, statsOf, totalsOf, type WrittenStats } from '../../test/fixtures/unit';
import type { Milestone } from './schema';
import { districtTotals, placesUnstated, sumTotals, yearPlan, type ReportingIssue } from './stats';

/** Milestones as an editor writes them, read through the schema. */
function milestones(written: NonNullable<WrittenStats['milestones']>): Milestone[] {
  return statsOf({ milestones: written }).milestones ?? [];
}

/**
 * Issue 4's plan: 2023's schools on a line of their own with no places stated, beside a line of
 * kindergartens that states theirs.
 */
const ISSUE_4_MILESTONES = [
  { year: 2022, schools: 5, places: 6684 },
  { year: 2023, schools: 4 },
  { year: 2023, kindergartens: 5, places: 1560 },
  { year: 2024, schools: 4, places: 6210 },
];

/** An issue with `stats` as an editor writes them, read through the schema. */
function reporting(issue: number, published: string, stats?: WrittenStats): ReportingIssue {
  return {
    issue,
    published: new Date(`${published}T00:00:00Z`),
    stats: stats && statsOf(stats),
  };
}

describe('districtTotals', () => {
  test('returns the figures of the only issue', () => {
    const totals = districtTotals([
      reporting(4, '2022-08-15', {
        investmentYuan: 3_076_000_000,
        newPlaces: 6684,
        kindergartens: { planned: 34, underConstruction: 12, completed: 17 },
      }),
    ]);
    expect(totals).toEqual(
      totalsOf({
        investmentYuan: { value: 3_076_000_000 },
        newPlaces: { value: 6684 },
        kindergartens: {
          planned: { value: 34 },
          underConstruction: { value: 12 },
          completed: { value: 17 },
        },
        sources: [4],
      }),
    );
  });

  test('returns the latest issue’s figure rather than a sum when two issues report it', () => {
    const totals = districtTotals([
      reporting(4, '2022-08-15', { investmentYuan: 3_000_000_000, newPlaces: 6000 }),
      reporting(9, '2023-03-01', { investmentYuan: 3_076_000_000, newPlaces: 6684 }),
    ]);
    expect(totals.investmentYuan).toEqual({ value: 3_076_000_000 });
    expect(totals.newPlaces).toEqual({ value: 6684 });
  });

  test('takes the latest issue by date whatever the input order', () => {
    const older = reporting(9, '2022-08-15', { newPlaces: 100 });
    const newer = reporting(4, '2023-08-15', { newPlaces: 200 });
    expect(districtTotals([newer, older]).newPlaces).toEqual({ value: 200 });
    expect(districtTotals([older, newer]).newPlaces).toEqual({ value: 200 });
  });

  test('picks each field from the latest issue that reports that field', () => {
    const totals = districtTotals([
      reporting(4, '2022-08-15', {
        investmentYuan: 3_076_000_000,
        newPlaces: 6684,
        schools: { planned: 13, completed: 5 },
      }),
      reporting(9, '2023-03-01', { newPlaces: 7000, schools: { completed: 9 } }),
      reporting(12, '2023-09-01', {}),
      reporting(13, '2023-10-01'),
    ]);
    expect(totals).toEqual(
      totalsOf({
        investmentYuan: { value: 3_076_000_000 },
        newPlaces: { value: 7000 },
        schools: { planned: { value: 13 }, completed: { value: 9 } },
        sources: [4, 9],
      }),
    );
  });

  test('breaks a tie on date with the higher issue number', () => {
    const totals = districtTotals([
      reporting(7, '2023-03-01', { newPlaces: 700 }),
      reporting(8, '2023-03-01', { newPlaces: 800 }),
      reporting(6, '2023-03-01', { newPlaces: 600 }),
    ]);
    expect(totals.newPlaces).toEqual({ value: 800 });
  });

  test('leaves a figure no issue reports undefined, never 0', () => {
    const totals = districtTotals([reporting(4, '2022-08-15', { kindergartens: { planned: 34 } })]);
    expect(totals.investmentYuan).toBeUndefined();
    expect(totals.newPlaces).toBeUndefined();
    expect(totals.schools.planned).toBeUndefined();
    expect(totals.kindergartens.completed).toBeUndefined();
    expect('investmentYuan' in totals).toBe(false);
    expect('completed' in totals.kindergartens).toBe(false);
  });

  test('keeps a reported 0 as 0', () => {
    const totals = districtTotals([
      reporting(4, '2022-08-15', { newPlaces: 500, schools: { completed: 3 } }),
      reporting(9, '2023-03-01', { newPlaces: 0, schools: { completed: 0 } }),
    ]);
    expect(totals.newPlaces).toEqual({ value: 0 });
    expect(totals.schools.completed).toEqual({ value: 0 });
  });

  test('names the issues its figures come from, and only those', () => {
    const totals = districtTotals([
      reporting(2, '2022-03-01', { newPlaces: 100, investmentYuan: 5 }),
      reporting(4, '2022-08-15', { newPlaces: 200 }),
      reporting(6, '2022-09-01', {}),
    ]);
    expect(totals.sources).toEqual([2, 4]);
  });

  test('takes a district’s own kindergarten share target from its latest issue that sets one', () => {
    const totals = districtTotals([
      reporting(2, '2022-03-01', { publicKindergartenShareTarget: 0.8 }),
      reporting(4, '2022-08-15', { publicKindergartenShareTarget: 0.9 }),
    ]);
    expect(totals.publicKindergartenShareTarget).toEqual({ value: 0.9 });
  });

  test('returns a qualified figure with the source’s qualifier', () => {
    const totals = districtTotals([
      reporting(4, '2022-08-15', {
        publicKindergartenShareTarget: { value: 0.9, qualifier: 'more-than' },
        schools: { planned: { value: 20, qualifier: 'about' } },
      }),
    ]);
    expect(totals.publicKindergartenShareTarget).toEqual({ value: 0.9, qualifier: 'more-than' });
    expect(totals.schools).toEqual({ planned: { value: 20, qualifier: 'about' } });
  });

  test('returns the plan year by year from the newest issue that lists milestones', () => {
    const totals = districtTotals([
      reporting(2, '2022-03-01', { milestones: [{ year: 2022, places: 100 }] }),
      reporting(4, '2022-08-15', { milestones: ISSUE_4_MILESTONES }),
      reporting(6, '2022-09-01', { newPlaces: 7000, milestones: [] }),
    ]);
    expect(totals.byYear).toEqual(PARTLY_STATED_PLAN);
    expect(totals.newPlaces).toEqual({ value: 7000 });
    expect(totals.sources).toEqual([4, 6]);
  });

  test('leaves byYear out when no issue lists milestones', () => {
    const totals = districtTotals([reporting(4, '2022-08-15', { newPlaces: 6684 })]);
    expect('byYear' in totals).toBe(false);
  });

  test('returns empty totals when there are no issues', () => {
    expect(districtTotals([])).toEqual(totalsOf({}));
  });

  test('does not reorder its input', () => {
    const issues = [reporting(1, '2022-01-01'), reporting(2, '2023-01-01')];
    districtTotals(issues);
    expect(issues.map((issue) => issue.issue)).toEqual([1, 2]);
  });
});

describe('placesUnstated', () => {
  test('returns true when a milestone has buildings but no places', () => {
    const [schools, kindergartens] = milestones([
      { year: 2023, schools: 4 },
      { year: 2023, kindergartens: { value: 5, qualifier: 'more-than' } },
    ]);
    expect(schools && placesUnstated(schools)).toBe(true);
    expect(kindergartens && placesUnstated(kindergartens)).toBe(true);
  });

  test('returns false when the places are stated, even as 0', () => {
    const [stated, zero] = milestones([
      { year: 2022, schools: 5, places: 6684 },
      { year: 2022, schools: 1, places: 0 },
    ]);
    expect(stated && placesUnstated(stated)).toBe(false);
    expect(zero && placesUnstated(zero)).toBe(false);
  });

  test('returns false for a milestone with neither buildings nor places', () => {
    const [note] = milestones([{ year: 2023, note: 'Sites chosen' }]);
    expect(note && placesUnstated(note)).toBe(false);
  });
});

describe('yearPlan', () => {
  test('returns at least the stated places when a batch of one year leaves its places unstated', () => {
    expect(yearPlan(milestones(ISSUE_4_MILESTONES))).toEqual(PARTLY_STATED_PLAN);
  });

  test('returns the years ascending whatever the order of the milestones', () => {
    const plan = yearPlan(milestones(ISSUE_4_MILESTONES.toReversed()));
    expect(plan?.years.map((row) => row.year)).toEqual([2022, 2023, 2024]);
    expect(plan?.places).toEqual({ value: 14_454, qualifier: 'at-least' });
  });

  test('returns exact sums when every batch states its places', () => {
    expect(
      yearPlan(
        milestones([
          { year: 2022, schools: 5, places: 6684 },
          { year: 2022, kindergartens: 2, places: 600 },
          { year: 2023, kindergartens: 5, places: 1560 },
        ]),
      ),
    ).toEqual({
      years: [
        {
          year: 2022,
          schools: { value: 5 },
          kindergartens: { value: 2 },
          places: { value: 7284 },
          placesPartial: false,
        },
        { year: 2023, kindergartens: { value: 5 }, places: { value: 1560 }, placesPartial: false },
      ],
      schools: { value: 5 },
      kindergartens: { value: 7 },
      places: { value: 8844 },
    });
  });

  test('returns no places for a year whose only batch leaves them unstated, and a lower bound over the years', () => {
    const plan = yearPlan(
      milestones([
        { year: 2022, schools: 5, places: 6684 },
        { year: 2023, schools: 4 },
      ]),
    );
    expect(plan?.years[1]).toEqual({ year: 2023, schools: { value: 4 }, placesPartial: true });
    expect(plan?.years[1] && 'places' in plan.years[1]).toBe(false);
    expect(plan?.places).toEqual({ value: 6684, qualifier: 'at-least' });
  });

  test('returns no places at all when no batch states any', () => {
    const plan = yearPlan(milestones([{ year: 2023, schools: 4 }]));
    expect(plan).toEqual({
      years: [{ year: 2023, schools: { value: 4 }, placesPartial: true }],
      schools: { value: 4 },
    });
  });

  test('returns a year with only a note as neither places nor partial', () => {
    const plan = yearPlan(
      milestones([
        { year: 2022, schools: 5, places: 6684 },
        { year: 2023, note: 'Sites chosen' },
      ]),
    );
    expect(plan?.years[1]).toEqual({ year: 2023, placesPartial: false });
    expect(plan?.places).toEqual({ value: 6684 });
  });

  test('returns more than the stated places when a "more than" batch sits beside an unstated one', () => {
    const plan = yearPlan(
      milestones([
        { year: 2023, kindergartens: 5, places: { value: 1500, qualifier: 'more-than' } },
        { year: 2023, schools: 4 },
      ]),
    );
    expect(plan?.years[0]?.places).toEqual({ value: 1500, qualifier: 'more-than' });
    expect(plan?.places).toEqual({ value: 1500, qualifier: 'more-than' });
  });

  test('returns no sum of places when an "up to" batch sits beside an unstated one', () => {
    const plan = yearPlan(
      milestones([
        { year: 2023, kindergartens: 5, places: { value: 1500, qualifier: 'up-to' } },
        { year: 2023, schools: 4 },
      ]),
    );
    expect(plan?.years[0]).toEqual({
      year: 2023,
      schools: { value: 4 },
      kindergartens: { value: 5 },
      placesPartial: true,
    });
    expect(plan?.places).toBeUndefined();
  });

  test('returns undefined for no milestones', () => {
    expect(yearPlan([])).toBeUndefined();
  });
});

describe('sumTotals', () => {
  const hanting = totalsOf({
    investmentYuan: { value: 3_076_000_000 },
    kindergartens: {
      planned: { value: 34 },
      underConstruction: { value: 12 },
      completed: { value: 17 },
    },
    publicKindergartenShareTarget: { value: 0.9 },
    sources: [4],
  });
  const kuiwen = totalsOf({
    newPlaces: { value: 5000 },
    schools: { planned: { value: 8 } },
    kindergartens: { planned: { value: 20 } },
    compulsorySchools: { planned: { value: 6 } },
    sources: [2, 7],
  });
  const silent = totalsOf({});

  test('adds each figure over the districts that report it', () => {
    expect(sumTotals([hanting, kuiwen, silent])).toEqual(
      totalsOf({
        investmentYuan: { value: 3_076_000_000 },
        newPlaces: { value: 5000 },
        schools: { planned: { value: 8 } },
        kindergartens: {
          planned: { value: 54 },
          underConstruction: { value: 12 },
          completed: { value: 17 },
        },
        compulsorySchools: { planned: { value: 6 } },
        sources: [2, 4, 7],
      }),
    );
  });

  test('leaves a figure no district reports undefined', () => {
    const totals = sumTotals([hanting, silent]);
    expect(totals.newPlaces).toBeUndefined();
    expect(totals.schools.planned).toBeUndefined();
    expect('newPlaces' in totals).toBe(false);
    expect(totals.schools).toEqual({});
  });

  test('never adds up the districts’ kindergarten share targets', () => {
    expect(sumTotals([hanting, hanting]).publicKindergartenShareTarget).toBeUndefined();
  });

  test('keeps a reported 0 rather than dropping it', () => {
    const zero = totalsOf({ newPlaces: { value: 0 }, schools: { completed: { value: 0 } } });
    const totals = sumTotals([zero, silent]);
    expect(totals.newPlaces).toEqual({ value: 0 });
    expect(totals.schools.completed).toEqual({ value: 0 });
  });

  test('returns a sum qualified as its parts make it', () => {
    const qualified = totalsOf({
      newPlaces: { value: 6684, qualifier: 'more-than' },
      investmentYuan: { value: 3_000_000_000, qualifier: 'about' },
      kindergartens: { planned: { value: 34, qualifier: 'at-least' }, completed: { value: 17 } },
      sources: [4],
    });
    const exact = totalsOf({
      newPlaces: { value: 5000 },
      investmentYuan: { value: 76_000_000 },
      kindergartens: { planned: { value: 20 }, completed: { value: 3, qualifier: 'up-to' } },
      sources: [7],
    });
    const totals = sumTotals([qualified, exact, silent]);
    expect(totals.newPlaces).toEqual({ value: 11_684, qualifier: 'more-than' });
    expect(totals.investmentYuan).toEqual({ value: 3_076_000_000, qualifier: 'about' });
    expect(totals.kindergartens).toEqual({
      planned: { value: 54, qualifier: 'at-least' },
      completed: { value: 20, qualifier: 'up-to' },
    });
  });

  test('adds up the districts’ plans year by year, a year partial when any district’s is', () => {
    const hantingPlan = districtTotals([
      reporting(4, '2022-08-15', { milestones: ISSUE_4_MILESTONES }),
    ]);
    const kuiwenPlan = districtTotals([
      reporting(7, '2022-09-01', {
        milestones: [
          { year: 2023, kindergartens: 2, places: 1000 },
          { year: 2025, schools: 2 },
        ],
      }),
    ]);
    expect(sumTotals([hantingPlan, kuiwenPlan, silent]).byYear).toEqual({
      years: [
        { year: 2022, schools: { value: 5 }, places: { value: 6684 }, placesPartial: false },
        {
          year: 2023,
          schools: { value: 4 },
          kindergartens: { value: 7 },
          places: { value: 2560, qualifier: 'at-least' },
          placesPartial: true,
        },
        { year: 2024, schools: { value: 4 }, places: { value: 6210 }, placesPartial: false },
        { year: 2025, schools: { value: 2 }, placesPartial: true },
      ],
      schools: { value: 15 },
      kindergartens: { value: 7 },
      places: { value: 15_454, qualifier: 'at-least' },
    });
  });

  test('counts a district that states no total by its places year by year, a lower bound', () => {
    const planOnly = districtTotals([
      reporting(4, '2022-08-15', { milestones: ISSUE_4_MILESTONES }),
    ]);
    expect(planOnly.newPlaces).toBeUndefined();
    expect(sumTotals([planOnly, kuiwen, silent]).newPlaces).toEqual({
      value: 19_454,
      qualifier: 'at-least',
    });
    // A total the district states comes before its parts.
    const stated = districtTotals([
      reporting(4, '2022-08-15', { newPlaces: 15_000, milestones: ISSUE_4_MILESTONES }),
    ]);
    expect(sumTotals([stated, kuiwen]).newPlaces).toEqual({ value: 20_000 });
  });

  test('leaves byYear out when no district lists milestones', () => {
    expect('byYear' in sumTotals([hanting, kuiwen])).toBe(false);
  });

  test('returns empty totals for no districts', () => {
    expect(sumTotals([])).toEqual(totalsOf({}));
  });
});
