/**
 * Runs on fixture content served by a mocked `astro:content` (test/fixtures/unit.ts), never on
 * the real column, so every expected list below is exact. The unit project builds the way
 * `astro build` does (`__COLUMN_PREVIEW__` is false, see vitest.config.ts): drafts and
 * scheduled issues stay hidden, and each list is computed once per module load.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import {
  COLUMN,
  HANTING,
  issueEntry,
  KUIWEN,
  LINQU,
  mockedAstroContent,
  QINGZHOU,
  totalsOf,
  type FixtureContent,
} from '../../test/fixtures/unit';

/**
 * A fresh copy of queries.ts over its own mocked `astro:content` serving `content`: a copy
 * shares its lists for its whole life, so each content gets its own.
 */
async function queriesOn(content: FixtureContent) {
  vi.resetModules();
  vi.doMock('astro:content', () => mockedAstroContent(content));
  return import('./queries');
}

const SCHEDULED = '2999-01-01';

/**
 * Four districts in file order unlike the sorted one; English and Chinese issues over three of
 * them, listed out of number order, with a draft and a scheduled issue in each language that
 * must never show (their years, 2021 and 2999, would give them away in the search facets).
 */
const CONTENT: FixtureContent = {
  districts: [QINGZHOU, LINQU, KUIWEN, HANTING],
  issues: [
    issueEntry(
      {
        issue: 2,
        district: QINGZHOU,
        stats: { newPlaces: 900, schools: { planned: 3, completed: 1 } },
      },
      '2022-06-01',
    ),
    issueEntry(
      {
        issue: 4,
        district: HANTING,
        stats: {
          investmentYuan: 3_076_000_000,
          kindergartens: { planned: 34, underConstruction: 12, completed: 17 },
        },
      },
      '2023-08-15',
    ),
    issueEntry(
      {
        issue: 1,
        district: HANTING,
        stats: { investmentYuan: 1_000_000_000, kindergartens: { planned: 10 } },
      },
      '2022-05-01',
    ),
    issueEntry(
      { issue: 3, district: KUIWEN, draft: true, stats: { investmentYuan: 500_000_000 } },
      '2021-07-01',
    ),
    issueEntry({ issue: 5, district: LINQU, stats: { newPlaces: 100 } }, SCHEDULED),
    issueEntry(
      {
        issue: 1,
        district: HANTING,
        lang: 'zh-CN',
        stats: { investmentYuan: 1_000_000_000, kindergartens: { planned: 10 } },
      },
      '2022-09-01',
    ),
    issueEntry({ issue: 3, district: KUIWEN, lang: 'zh-CN', draft: true }, '2021-07-01'),
    issueEntry(
      {
        issue: 2,
        district: QINGZHOU,
        lang: 'zh-CN',
        stats: { newPlaces: 900, schools: { planned: 3, completed: 1 } },
      },
      '2024-03-01',
    ),
    issueEntry({ issue: 4, district: LINQU, lang: 'zh-CN' }, SCHEDULED),
  ],
};

/** An English column whose only Chinese issues are a draft and a scheduled one. */
const ENGLISH_ONLY: FixtureContent = {
  districts: [HANTING, KUIWEN],
  issues: [
    issueEntry({ issue: 1, district: HANTING, stats: { investmentYuan: 1_000_000_000 } }),
    issueEntry({ issue: 1, district: KUIWEN, lang: 'zh-CN', draft: true }),
    issueEntry({ issue: 2, district: KUIWEN, lang: 'zh-CN' }, SCHEDULED),
  ],
};

let queries: Awaited<ReturnType<typeof queriesOn>>;
beforeAll(async () => {
  queries = await queriesOn(CONTENT);
});

/** Language and number of each issue, the shortest exact picture of a list. */
const numbered = (issues: { data: { lang: string; issue: number } }[]) =>
  issues.map(({ data }) => `${data.lang} ${data.issue}`);

describe('visibleIssues', () => {
  test('returns the published English issues, highest number first, without drafts or scheduled ones', async () => {
    expect(numbered(await queries.visibleIssues('en'))).toEqual(['en 4', 'en 2', 'en 1']);
  });

  test('returns the published Chinese issues only when asked for zh-CN', async () => {
    expect(numbered(await queries.visibleIssues('zh-CN'))).toEqual(['zh-CN 2', 'zh-CN 1']);
  });

  test('returns the published issues of every language when none is given', async () => {
    expect(numbered(await queries.visibleIssues()).toSorted()).toEqual(
      ['en 1', 'en 2', 'en 4', 'zh-CN 1', 'zh-CN 2'].toSorted(),
    );
    expect((await queries.visibleIssues()).map((entry) => entry.data.issue)).toEqual([
      4, 2, 2, 1, 1,
    ]);
  });

  test('returns the same list to every caller in a build, computed once', async () => {
    expect(await queries.visibleIssues('en')).toBe(await queries.visibleIssues('en'));
  });
});

describe('getColumn', () => {
  test('returns the column entry’s data', async () => {
    expect(await queries.getColumn()).toEqual({ id: 'column', ...COLUMN });
  });
});

describe('getDistricts', () => {
  test('returns districts, then county-level cities, then counties, each by English name', async () => {
    expect(await queries.getDistricts()).toEqual([HANTING, KUIWEN, QINGZHOU, LINQU]);
  });
});

describe('districtSummaries', () => {
  const hanting = totalsOf({
    // Issue 4 supersedes issue 1's investment and kindergartens.
    investmentYuan: { value: 3_076_000_000 },
    kindergartens: {
      planned: { value: 34 },
      underConstruction: { value: 12 },
      completed: { value: 17 },
    },
    sources: [4],
  });
  const qingzhou = totalsOf({
    newPlaces: { value: 900 },
    schools: { planned: { value: 3 }, completed: { value: 1 } },
    sources: [2],
  });

  test('gives each district, in getDistricts order, its English issues and latest figures', async () => {
    const summaries = await queries.districtSummaries('en');
    expect(
      summaries.map(({ district, issues, totals }) => ({
        id: district.id,
        issues: numbered(issues),
        totals,
      })),
    ).toEqual([
      { id: 'hanting', issues: ['en 4', 'en 1'], totals: hanting },
      { id: 'kuiwen', issues: [], totals: totalsOf({}) },
      { id: 'qingzhou', issues: ['en 2'], totals: qingzhou },
      { id: 'linqu', issues: [], totals: totalsOf({}) },
    ]);
  });

  test('lists only the Chinese issues for zh-CN, with the same figures as in English', async () => {
    const summaries = await queries.districtSummaries('zh-CN');
    expect(summaries.map(({ district, issues }) => [district.id, numbered(issues)])).toEqual([
      ['hanting', ['zh-CN 1']],
      ['kuiwen', []],
      ['qingzhou', ['zh-CN 2']],
      ['linqu', []],
    ]);
    expect(summaries.map(({ totals }) => totals)).toEqual([
      hanting,
      totalsOf({}),
      qingzhou,
      totalsOf({}),
    ]);
  });
});

describe('columnTotals', () => {
  test('adds up the districts’ latest figures and counts the districts reporting', async () => {
    expect(await queries.columnTotals('en')).toEqual({
      ...totalsOf({
        investmentYuan: { value: 3_076_000_000 },
        newPlaces: { value: 900 },
        schools: { planned: { value: 3 }, completed: { value: 1 } },
        kindergartens: {
          planned: { value: 34 },
          underConstruction: { value: 12 },
          completed: { value: 17 },
        },
        sources: [2, 4],
      }),
      reportingDistricts: 2,
    });
  });

  test('gives the same figures in every language', async () => {
    expect(await queries.columnTotals('zh-CN')).toEqual(await queries.columnTotals('en'));
  });

  test('counts two editions of one issue once, and an issue in one language in both', async () => {
    const editions = await queriesOn({
      districts: [HANTING, KUIWEN, QINGZHOU],
      issues: [
        issueEntry({ issue: 1, district: HANTING, stats: { investmentYuan: 1_000_000_000 } }),
        issueEntry({
          issue: 1,
          district: HANTING,
          lang: 'zh-CN',
          stats: { investmentYuan: 1_000_000_000 },
        }),
        issueEntry({ issue: 2, district: KUIWEN, lang: 'zh-CN', stats: { newPlaces: 300 } }),
        issueEntry({ issue: 3, district: QINGZHOU, stats: { schools: { planned: 3 } } }),
      ],
    });
    const expected = {
      ...totalsOf({
        investmentYuan: { value: 1_000_000_000 },
        newPlaces: { value: 300 },
        schools: { planned: { value: 3 } },
        sources: [1, 2, 3],
      }),
      reportingDistricts: 3,
    };
    expect(await editions.columnTotals('en')).toEqual(expected);
    expect(await editions.columnTotals('zh-CN')).toEqual(expected);
  });

  test('returns no figures and no reporting districts for a column without figures', async () => {
    const silent = await queriesOn({
      districts: [HANTING],
      issues: [issueEntry({ issue: 1, district: HANTING })],
    });
    expect(await silent.columnTotals('en')).toEqual({ ...totalsOf({}), reportingDistricts: 0 });
  });
});

describe('activeLangs', () => {
  test('returns the column’s language and every language with a published issue', async () => {
    expect(await queries.activeLangs()).toEqual(['en', 'zh-CN']);
  });

  test('leaves out a language whose issues are drafts or scheduled', async () => {
    expect(await (await queriesOn(ENGLISH_ONLY)).activeLangs()).toEqual(['en']);
  });

  test('keeps the column’s own language without an issue in it', async () => {
    const chineseColumn = await queriesOn({
      column: { ...COLUMN, defaultLang: 'zh-CN' },
      districts: [HANTING],
      issues: [],
    });
    expect(await chineseColumn.activeLangs()).toEqual(['zh-CN']);
  });
});

describe('searchFacets', () => {
  test('returns every district, so a linked filter always shows, and the years published in the language', async () => {
    const english = await queries.searchFacets('en');
    expect(english.districts.map((district) => district.id)).toEqual([
      'hanting',
      'kuiwen',
      'qingzhou',
      'linqu',
    ]);
    expect(english.years).toEqual([2023, 2022]);
    expect((await queries.searchFacets('zh-CN')).years).toEqual([2024, 2022]);
  });
});

describe('issuesWithDistricts', () => {
  test('pairs each visible issue in the language with its district, newest number first', async () => {
    expect(
      (await queries.issuesWithDistricts('zh-CN')).map(({ entry, district }) => [
        entry.data.issue,
        district,
      ]),
    ).toEqual([
      [2, QINGZHOU],
      [1, HANTING],
    ]);
  });

  test('throws naming the file when an issue’s district is unknown', async () => {
    const atlantis = { ...HANTING, id: 'atlantis' };
    const broken = await queriesOn({
      districts: [HANTING],
      issues: [issueEntry({ issue: 1, district: atlantis })],
    });
    await expect(broken.issuesWithDistricts('en')).rejects.toThrow(
      'content/issues/001-atlantis.mdx: district "atlantis" is unknown',
    );
  });
});

describe('archivePagesInEveryLang', () => {
  test('returns one archive page per language holding its issues with their districts', async () => {
    const routes = await queries.archivePagesInEveryLang();
    expect(
      routes.map(({ lang, archive }) => ({
        lang,
        page: archive.page,
        pages: archive.pages,
        total: archive.total,
        items: archive.items.map(({ entry, district }) => [entry.data.issue, district.id]),
      })),
    ).toEqual([
      {
        lang: 'en',
        page: 1,
        pages: 1,
        total: 3,
        items: [
          [4, 'hanting'],
          [2, 'qingzhou'],
          [1, 'hanting'],
        ],
      },
      {
        lang: 'zh-CN',
        page: 1,
        pages: 1,
        total: 2,
        items: [
          [2, 'qingzhou'],
          [1, 'hanting'],
        ],
      },
    ]);
  });
});

describe('issuesInEveryLang', () => {
  test('returns one published route per visible issue with its district and neighbours in its language', async () => {
    const routes = await queries.issuesInEveryLang();
    expect(
      routes.map(({ lang, entry, district, state, previous, next }) => ({
        route: `${lang} ${entry.data.issue}`,
        district: district.id,
        state,
        previous: previous?.data.issue,
        next: next?.data.issue,
      })),
    ).toEqual([
      { route: 'en 4', district: 'hanting', state: 'published', previous: 2, next: undefined },
      { route: 'en 2', district: 'qingzhou', state: 'published', previous: 1, next: 4 },
      { route: 'en 1', district: 'hanting', state: 'published', previous: undefined, next: 2 },
      { route: 'zh-CN 2', district: 'qingzhou', state: 'published', previous: 1, next: undefined },
      { route: 'zh-CN 1', district: 'hanting', state: 'published', previous: undefined, next: 2 },
    ]);
  });
});

describe('districtsInEveryLang', () => {
  test('returns one route per district and language with that language’s issues', async () => {
    const routes = await queries.districtsInEveryLang();
    expect(
      routes.map(({ lang, summary }) => [lang, summary.district.id, numbered(summary.issues)]),
    ).toEqual([
      ['en', 'hanting', ['en 4', 'en 1']],
      ['en', 'kuiwen', []],
      ['en', 'qingzhou', ['en 2']],
      ['en', 'linqu', []],
      ['zh-CN', 'hanting', ['zh-CN 1']],
      ['zh-CN', 'kuiwen', []],
      ['zh-CN', 'qingzhou', ['zh-CN 2']],
      ['zh-CN', 'linqu', []],
    ]);
  });
});

describe('projectsInEveryLang', () => {
  test('returns one route per project and active language, with its district and that language’s names', async () => {
    const school = {
      id: 'xingfu-road-primary',
      kind: 'primary',
      year: 2023,
      status: 'planned',
    } as const;
    const onProjects = await queriesOn({
      districts: [QINGZHOU, HANTING],
      issues: [
        issueEntry({
          issue: 4,
          district: HANTING,
          projects: [{ ...school, name: 'Xingfu Road Primary School' }],
        }),
        issueEntry({
          issue: 4,
          district: HANTING,
          lang: 'zh-CN',
          projects: [{ ...school, name: '幸福路小学' }],
        }),
        issueEntry({
          issue: 5,
          district: QINGZHOU,
          projects: [
            { ...school, id: 'qingzhou-high', kind: 'high', name: 'Qingzhou High School' },
          ],
        }),
      ],
    });
    const routes = await onProjects.projectsInEveryLang();
    expect(
      routes.map(({ lang, project, district }) => [
        lang,
        project.id,
        district.id,
        project.latest.name,
      ]),
    ).toEqual([
      ['en', 'xingfu-road-primary', 'hanting', 'Xingfu Road Primary School'],
      ['en', 'qingzhou-high', 'qingzhou', 'Qingzhou High School'],
      ['zh-CN', 'xingfu-road-primary', 'hanting', '幸福路小学'],
      ['zh-CN', 'qingzhou-high', 'qingzhou', 'Qingzhou High School'],
    ]);
  });
});
