import { describe, expect, test } from 'vitest';
import { statsOf, totalsOf } from '../../test/fixtures/unit';
import { districtTotals, sumTotals, type ReportingIssue } from './stats';

/** An issue with `stats` as an editor writes them, read through the schema. */
function reporting(
  issue: number,
  published: string,
  stats?: Parameters<typeof statsOf>[0],
): ReportingIssue {
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

  test('returns empty totals when there are no issues', () => {
    expect(districtTotals([])).toEqual(totalsOf({}));
  });

  test('does not reorder its input', () => {
    const issues = [reporting(1, '2022-01-01'), reporting(2, '2023-01-01')];
    districtTotals(issues);
    expect(issues.map((issue) => issue.issue)).toEqual([1, 2]);
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

  test('returns empty totals for no districts', () => {
    expect(sumTotals([])).toEqual(totalsOf({}));
  });
});
