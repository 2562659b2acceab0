import { describe, expect, test } from 'vitest';
import {
  ARCHIVE_PAGE_SIZE,
  archivePages,
  byIssueNumberDesc,
  groupProjects,
  isVisible,
  neighbours,
  publicationState,
} from './issues';
import type { Project } from './schema';

const NOW = new Date('2023-06-01T12:00:00Z');
const PAST = new Date('2022-08-15T00:00:00Z');
const FUTURE = new Date('2023-07-01T00:00:00Z');

function entry(issue: number) {
  return { id: `issue-${issue}`, data: { issue } };
}

function numbers(list: readonly { data: { issue: number } }[]): number[] {
  return list.map((item) => item.data.issue);
}

describe('publicationState', () => {
  test('returns published when the date has passed', () => {
    expect(publicationState({ draft: false, published: PAST }, NOW)).toBe('published');
  });

  test('returns published on the exact moment of publication', () => {
    expect(publicationState({ draft: false, published: NOW }, NOW)).toBe('published');
  });

  test('returns scheduled when the date is in the future', () => {
    expect(publicationState({ draft: false, published: FUTURE }, NOW)).toBe('scheduled');
  });

  test('returns draft for a draft whatever its date', () => {
    expect(publicationState({ draft: true, published: PAST }, NOW)).toBe('draft');
    expect(publicationState({ draft: true, published: FUTURE }, NOW)).toBe('draft');
  });
});

describe('isVisible', () => {
  const build = { now: NOW, preview: false };
  const dev = { now: NOW, preview: true };

  test('returns true in a build only for published issues', () => {
    expect(isVisible({ draft: false, published: PAST }, build)).toBe(true);
    expect(isVisible({ draft: true, published: PAST }, build)).toBe(false);
    expect(isVisible({ draft: false, published: FUTURE }, build)).toBe(false);
  });

  test('returns true in preview for drafts and scheduled issues too', () => {
    expect(isVisible({ draft: false, published: PAST }, dev)).toBe(true);
    expect(isVisible({ draft: true, published: PAST }, dev)).toBe(true);
    expect(isVisible({ draft: false, published: FUTURE }, dev)).toBe(true);
  });
});

describe('byIssueNumberDesc', () => {
  test('returns the highest issue number first', () => {
    expect(numbers(byIssueNumberDesc([entry(4), entry(12), entry(1), entry(7)]))).toEqual([
      12, 7, 4, 1,
    ]);
  });

  test('does not mutate its input', () => {
    const input = [entry(1), entry(3), entry(2)];
    const output = byIssueNumberDesc(input);
    expect(numbers(input)).toEqual([1, 3, 2]);
    expect(output).not.toBe(input);
  });

  test('returns an empty list for no issues', () => {
    expect(byIssueNumberDesc([])).toEqual([]);
  });
});

describe('neighbours', () => {
  const issues = [entry(7), entry(2), entry(4), entry(1)];

  test('returns the nearest lower and higher numbers', () => {
    const { previous, next } = neighbours(issues, 4);
    expect(previous?.data.issue).toBe(2);
    expect(next?.data.issue).toBe(7);
  });

  test('leaves out previous for the first issue', () => {
    const result = neighbours(issues, 1);
    expect('previous' in result).toBe(false);
    expect(result.next?.data.issue).toBe(2);
  });

  test('leaves out next for the latest issue', () => {
    const result = neighbours(issues, 7);
    expect(result.previous?.data.issue).toBe(4);
    expect('next' in result).toBe(false);
  });

  test('returns neither for a lone issue', () => {
    expect(neighbours([entry(4)], 4)).toEqual({});
  });

  test('returns the same objects it was given', () => {
    expect(neighbours(issues, 4).previous).toBe(issues[1]);
  });

  test('does not mutate its input', () => {
    neighbours(issues, 4);
    expect(numbers(issues)).toEqual([7, 2, 4, 1]);
  });
});

describe('groupProjects', () => {
  const project = (name: string, year: number | undefined, status: Project['status']): Project => ({
    id: name.toLowerCase(),
    name,
    kind: 'primary',
    ...(year === undefined ? {} : { year }),
    status,
  });

  test('returns groups by year, then completed → under-construction → planned', () => {
    const groups = groupProjects([
      project('A', 2023, 'planned'),
      project('B', 2022, 'under-construction'),
      project('C', 2023, 'completed'),
      project('D', 2022, 'completed'),
      project('E', 2024, 'planned'),
      project('F', 2023, 'under-construction'),
    ]);
    expect(groups.map(({ year, status }) => `${year} ${status}`)).toEqual([
      '2022 completed',
      '2022 under-construction',
      '2023 completed',
      '2023 under-construction',
      '2023 planned',
      '2024 planned',
    ]);
  });

  test('keeps the projects of a group in the order they were written', () => {
    const groups = groupProjects([
      project('Xingfu Road', 2023, 'planned'),
      project('Seed Valley', 2022, 'under-construction'),
      project('Baiyun Road', 2023, 'planned'),
      project('Central Business District', 2023, 'planned'),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[1]?.projects.map((item) => item.name)).toEqual([
      'Xingfu Road',
      'Baiyun Road',
      'Central Business District',
    ]);
  });

  test('returns the projects the source gives no year for last, grouped by status', () => {
    const groups = groupProjects([
      project('A', undefined, 'planned'),
      project('B', 2023, 'planned'),
      project('C', undefined, 'completed'),
      project('D', undefined, 'planned'),
      project('E', 2022, 'completed'),
    ]);
    expect(
      groups.map(({ year, status, projects }) => [year, status, projects.map((item) => item.name)]),
    ).toEqual([
      [2022, 'completed', ['E']],
      [2023, 'planned', ['B']],
      [undefined, 'completed', ['C']],
      [undefined, 'planned', ['A', 'D']],
    ]);
  });

  test('returns no groups for no projects', () => {
    expect(groupProjects([])).toEqual([]);
  });

  test('does not mutate its input', () => {
    const input = [project('A', 2024, 'planned'), project('B', 2022, 'completed')];
    groupProjects(input);
    expect(input.map((item) => item.name)).toEqual(['A', 'B']);
  });
});

describe('archivePages', () => {
  const items = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

  test('returns one empty page for an empty list', () => {
    expect(archivePages([])).toEqual([{ page: 1, pages: 1, total: 0, items: [] }]);
  });

  test('returns one page when the list fits', () => {
    const pages = archivePages(items(ARCHIVE_PAGE_SIZE));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items).toHaveLength(ARCHIVE_PAGE_SIZE);
  });

  test('returns full pages and a shorter last page', () => {
    const pages = archivePages(items(25));
    expect(pages.map((page) => page.items.length)).toEqual([12, 12, 1]);
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.pages === 3 && page.total === 25)).toBe(true);
    expect(pages[2]?.items).toEqual([25]);
  });

  test('keeps every item exactly once in order', () => {
    const list = items(30);
    expect(archivePages(list, 7).flatMap((page) => page.items)).toEqual(list);
  });

  test('uses a custom page size', () => {
    const pages = archivePages(items(5), 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
  });

  test('uses twelve issues a page by default', () => {
    expect(ARCHIVE_PAGE_SIZE).toBe(12);
  });
});
