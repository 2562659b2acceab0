import { describe, expect, test } from 'vitest';
import { COLUMN, statsOf, type WrittenStats } from '../../test/fixtures/unit';
import { districtFigures, targetProgress, yearByYear, type ProgressIssue } from './progress';
import { projectHistories } from './projects';
import type { Project } from './schema';

const DISTRICTS = ['hanting', 'kuiwen', 'anqiu'];

/** An issue with `stats` as an editor writes them, read through the schema. */
function issue(
  number: number,
  published: string,
  district: string,
  stats?: WrittenStats,
): ProgressIssue {
  return {
    issue: number,
    published: new Date(`${published}T00:00:00Z`),
    district,
    stats: stats && statsOf(stats),
  };
}

describe('districtFigures', () => {
  test('gives every district its latest figures and newest issue, a silent one none', () => {
    const figures = districtFigures(
      [
        issue(4, '2022-08-15', 'hanting', { newPlaces: 6684 }),
        issue(9, '2023-01-10', 'hanting', { newPlaces: 7000 }),
        issue(5, '2022-09-01', 'kuiwen'),
      ],
      DISTRICTS,
    );
    expect(
      figures.map(({ district, totals, latestIssue }) => [
        district,
        totals.newPlaces,
        latestIssue?.issue,
      ]),
    ).toEqual([
      ['hanting', { value: 7000 }, 9],
      ['kuiwen', undefined, 5],
      ['anqiu', undefined, undefined],
    ]);
  });
});

describe('targetProgress', () => {
  const project = (id: string, kind: Project['kind'], status: Project['status']): Project => ({
    id,
    name: id,
    kind,
    year: 2023,
    status,
  });
  const issues = [
    issue(4, '2022-08-15', 'hanting', {
      compulsorySchools: { planned: 9, completed: 2 },
      kindergartens: { planned: 34 },
    }),
    issue(7, '2023-02-01', 'hanting', { compulsorySchools: { planned: 10 } }),
    issue(5, '2022-09-01', 'kuiwen', {
      compulsorySchools: { planned: 4 },
      publicKindergartens: { completed: 3 },
    }),
    issue(6, '2022-10-01', 'anqiu', { schools: { planned: 12 } }),
  ];
  const projects = projectHistories(
    [
      {
        issue: 4,
        published: new Date('2022-08-15'),
        lang: 'en',
        district: 'hanting',
        projects: [
          project('a', 'primary', 'planned'),
          project('b', 'nine-year', 'completed'),
          project('c', 'high', 'under-construction'),
          project('d', 'kindergarten', 'completed'),
        ],
      },
    ],
    'en',
    'en',
  );
  const progress = targetProgress(COLUMN.targets, issues, DISTRICTS, projects);
  const byId = Object.fromEntries(progress.map((target) => [target.id, target]));

  test('sets each target beside the districts’ latest counts toward it, added up', () => {
    expect(byId['compulsorySchools']).toMatchObject({
      target: 134,
      // Hanting's latest planned count (issue 7) and its completed count from issue 4.
      reported: { planned: { value: 14 }, completed: { value: 2 } },
      reportingDistricts: ['hanting', 'kuiwen'],
      sources: [4, 5, 7],
    });
  });

  test('never counts all schools or all kindergartens toward a target', () => {
    expect(byId['highSchools']).toMatchObject({ target: 10, reported: {}, reportingDistricts: [] });
    expect(byId['publicKindergartens']).toMatchObject({
      reported: { completed: { value: 3 } },
      reportingDistricts: ['kuiwen'],
      sources: [5],
    });
  });

  test('counts named projects of the target’s kinds by latest status, never kindergartens', () => {
    expect(byId['compulsorySchools']?.named).toEqual({
      planned: 1,
      'under-construction': 0,
      completed: 1,
    });
    expect(byId['highSchools']?.named).toEqual({
      planned: 0,
      'under-construction': 1,
      completed: 0,
    });
    expect(byId['publicKindergartens']?.named).toBeUndefined();
  });

  test('lists the targets in the column’s order', () => {
    expect(progress.map((target) => target.id)).toEqual([
      'publicKindergartens',
      'compulsorySchools',
      'highSchools',
    ]);
  });
});

describe('yearByYear', () => {
  test('reads each district’s plan from its newest issue with milestones, one row per milestone', () => {
    const rows = yearByYear(
      [
        issue(4, '2022-08-15', 'hanting', {
          milestones: [
            { year: 2022, schools: 5, places: 6684 },
            { year: 2023, schools: 4 },
            { year: 2023, kindergartens: 5, places: 1560 },
          ],
        }),
        issue(2, '2022-03-01', 'hanting', { milestones: [{ year: 2022, schools: 1 }] }),
        issue(8, '2023-01-01', 'hanting', { newPlaces: 9000 }),
        issue(5, '2022-09-01', 'kuiwen', { milestones: [{ year: 2022, places: 800 }] }),
      ],
      DISTRICTS,
    );
    expect(rows).toEqual([
      {
        district: 'hanting',
        issue: 4,
        row: 1,
        year: 2022,
        schools: { value: 5 },
        places: { value: 6684 },
      },
      { district: 'kuiwen', issue: 5, row: 1, year: 2022, places: { value: 800 } },
      { district: 'hanting', issue: 4, row: 2, year: 2023, schools: { value: 4 } },
      {
        district: 'hanting',
        issue: 4,
        row: 3,
        year: 2023,
        kindergartens: { value: 5 },
        places: { value: 1560 },
      },
    ]);
  });

  test('keeps two milestones of one year as two rows, the unstated places never added in as 0', () => {
    const rows = yearByYear(
      [
        issue(4, '2022-08-15', 'hanting', {
          milestones: [
            { year: 2023, schools: 4, note: 'schools' },
            { year: 2023, kindergartens: 5, places: { value: 1560, qualifier: 'more-than' } },
          ],
        }),
      ],
      DISTRICTS,
    );
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => [row.row, row.year, row.places])).toEqual([
      [1, 2023, undefined],
      [2, 2023, { value: 1560, qualifier: 'more-than' }],
    ]);
    expect(rows[0]).toEqual({
      district: 'hanting',
      issue: 4,
      row: 1,
      year: 2023,
      schools: { value: 4 },
      note: 'schools',
    });
    expect(rows[0] && 'places' in rows[0]).toBe(false);
  });

  test('numbers the rows by their place in the issue’s list, whatever order the years come in', () => {
    const rows = yearByYear(
      [
        issue(4, '2022-08-15', 'hanting', {
          milestones: [
            { year: 2024, schools: 4 },
            { year: 2022, schools: 5 },
            { year: 2022, kindergartens: 2 },
          ],
        }),
      ],
      DISTRICTS,
    );
    expect(rows.map((row) => [row.year, row.row])).toEqual([
      [2022, 2],
      [2022, 3],
      [2024, 1],
    ]);
  });

  test('returns no rows when no issue has milestones', () => {
    expect(yearByYear([issue(4, '2022-08-15', 'hanting', { newPlaces: 1 })], DISTRICTS)).toEqual(
      [],
    );
  });
});
