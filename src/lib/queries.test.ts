/**
 * Runs against the real content in `content/` through `astro:content`, which the unit project
 * resolves with Astro's Vite config after `astro sync`.
 */
import { describe, expect, test } from 'vitest';
import {
  activeLangs,
  archivePagesInEveryLang,
  columnTotals,
  districtSummaries,
  getColumn,
  getDistricts,
  issuesInEveryLang,
  searchFacets,
  visibleIssues,
} from './queries';

const KIND_ORDER = ['district', 'county-level-city', 'county'];

describe('visibleIssues', () => {
  test('returns issue 4 in English', async () => {
    const issues = await visibleIssues('en');
    const hanting = issues.find((entry) => entry.data.issue === 4);
    expect(hanting?.data.district.id).toBe('hanting');
    expect(hanting?.data.lang).toBe('en');
  });

  test('returns issues sorted by issue number, highest first', async () => {
    const numbers = (await visibleIssues('en')).map((entry) => entry.data.issue);
    expect(numbers).toEqual(numbers.toSorted((a, b) => b - a));
  });

  test('returns only issues in the requested language', async () => {
    const issues = await visibleIssues('zh-CN');
    expect(issues.every((entry) => entry.data.lang === 'zh-CN')).toBe(true);
  });

  test('returns every language when none is given', async () => {
    const all = await visibleIssues();
    const english = await visibleIssues('en');
    expect(all.length).toBeGreaterThanOrEqual(english.length);
  });
});

describe('getColumn', () => {
  test('returns the column with its targets', async () => {
    const column = await getColumn();
    expect(column.defaultLang).toBe('en');
    expect(column.targets).toEqual({
      period: { start: 2022, end: 2024 },
      publicKindergartens: 360,
      compulsorySchools: 134,
      highSchools: 10,
    });
  });
});

describe('getDistricts', () => {
  test('returns the 12 divisions of Weifang', async () => {
    const ids = (await getDistricts()).map((district) => district.id);
    expect(ids.toSorted()).toEqual(
      [
        'anqiu',
        'changle',
        'changyi',
        'fangzi',
        'gaomi',
        'hanting',
        'kuiwen',
        'linqu',
        'qingzhou',
        'shouguang',
        'weicheng',
        'zhucheng',
      ].toSorted(),
    );
  });

  test('returns districts, then county-level cities, then counties', async () => {
    const kinds = (await getDistricts()).map((district) => district.kind);
    expect(kinds.map((kind) => KIND_ORDER.indexOf(kind))).toEqual(
      kinds.map((kind) => KIND_ORDER.indexOf(kind)).toSorted((a, b) => a - b),
    );
    expect(kinds.filter((kind) => kind === 'district')).toHaveLength(4);
    expect(kinds.filter((kind) => kind === 'county-level-city')).toHaveLength(6);
    expect(kinds.filter((kind) => kind === 'county')).toHaveLength(2);
  });
});

describe('districtSummaries', () => {
  test('returns every district once, in getDistricts order', async () => {
    const summaries = await districtSummaries('en');
    expect(summaries.map((summary) => summary.district.id)).toEqual(
      (await getDistricts()).map((district) => district.id),
    );
  });

  test('gives Hanting its one issue and its figures, and the others none', async () => {
    const summaries = await districtSummaries('en');
    const hanting = summaries.find((summary) => summary.district.id === 'hanting');
    expect(hanting?.issues.map((entry) => entry.data.issue)).toEqual([4]);
    expect(hanting?.totals.investmentYuan).toBe(3_076_000_000);
    expect(hanting?.totals.kindergartens).toEqual({
      planned: 34,
      underConstruction: 12,
      completed: 17,
    });
    const others = summaries.filter((summary) => summary.district.id !== 'hanting');
    expect(others).toHaveLength(11);
    for (const summary of others) {
      expect(summary.issues).toEqual([]);
      expect(summary.totals).toEqual({ schools: {}, kindergartens: {} });
    }
  });

  test('leaves figures the issue does not state undefined', async () => {
    const hanting = (await districtSummaries('en')).find(
      (summary) => summary.district.id === 'hanting',
    );
    expect(hanting?.totals.newPlaces).toBeUndefined();
    expect(hanting?.totals.schools).toEqual({});
  });
});

describe('columnTotals', () => {
  test('returns Hanting’s investment and one reporting district', async () => {
    const totals = await columnTotals('en');
    expect(totals.investmentYuan).toBe(3_076_000_000);
    expect(totals.reportingDistricts).toBe(1);
    expect(totals.kindergartens.planned).toBe(34);
  });

  test('returns no figures and no reporting districts in a language without issues', async () => {
    const totals = await columnTotals('zh-CN');
    expect(totals).toEqual({ schools: {}, kindergartens: {}, reportingDistricts: 0 });
  });
});

describe('activeLangs', () => {
  test('returns only English while no Chinese issue exists', async () => {
    expect(await activeLangs()).toEqual(['en']);
  });
});

describe('archivePagesInEveryLang', () => {
  test('returns one English archive page holding issue 4 with its district', async () => {
    const routes = await archivePagesInEveryLang();
    expect(routes).toHaveLength(1);
    const [route] = routes;
    expect(route?.lang).toBe('en');
    expect(route?.archive.page).toBe(1);
    expect(route?.archive.total).toBe(1);
    expect(
      route?.archive.items.map(({ entry, district }) => [entry.data.issue, district.id]),
    ).toEqual([[4, 'hanting']]);
  });
});

describe('issuesInEveryLang', () => {
  test('returns a published route for issue 4 without neighbours', async () => {
    const routes = await issuesInEveryLang();
    const route = routes.find((item) => item.entry.data.issue === 4);
    expect(route?.lang).toBe('en');
    expect(route?.district.id).toBe('hanting');
    expect(route?.state).toBe('published');
    expect(route?.previous).toBeUndefined();
    expect(route?.next).toBeUndefined();
  });
});

describe('searchFacets', () => {
  test('returns every district, so a linked filter always shows, and the years published', async () => {
    const facets = await searchFacets('en');
    expect(facets.districts).toHaveLength(12);
    expect(facets.districts.map((district) => district.id)).toContain('hanting');
    expect(facets.years).toEqual([2022]);
  });
});
