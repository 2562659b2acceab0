import { describe, expect, test } from 'vitest';
import { HANTING, KUIWEN, QINGZHOU, totalsOf } from '../../test/fixtures/unit';
import {
  chartSources,
  countsPhrase,
  investmentBars,
  investmentSources,
  investmentSentence,
  namedNote,
  ofDistricts,
  placesBars,
  placesSentence,
  targetBars,
  targetSentence,
} from './dataDesk';
import type { DistrictFigures, TargetProgress, YearFigures } from './progress';

const DISTRICTS = [HANTING, KUIWEN, QINGZHOU];

const schools: TargetProgress = {
  id: 'compulsorySchools',
  target: 134,
  reported: { planned: 9, completed: 2 },
  reportingDistricts: ['hanting'],
  sources: [4],
  named: { planned: 7, 'under-construction': 0, completed: 1 },
};
const kindergartens: TargetProgress = {
  id: 'publicKindergartens',
  target: 360,
  reported: {},
  reportingDistricts: [],
  sources: [],
  named: undefined,
};

describe('ofDistricts', () => {
  test('says how many of the districts, and "no district" for none', () => {
    expect(ofDistricts(1, 12, 'en')).toBe('1 of 12 districts');
    expect(ofDistricts(0, 12, 'en')).toBe('no district');
    expect(ofDistricts(3, 12, 'zh-CN')).toBe('12个县市区中的3个');
  });
});

describe('countsPhrase', () => {
  test('lists the counts reported and leaves out the others', () => {
    expect(countsPhrase({ planned: 9, completed: 2 }, 'en')).toBe('9 planned, 2 completed');
    expect(countsPhrase({ planned: 9, completed: 2 }, 'zh-CN')).toBe('计划9所、竣工2所');
    expect(countsPhrase({}, 'en')).toBeUndefined();
  });
});

describe('targetBars', () => {
  test('draws the target and each status, not reported where no district counts one', () => {
    expect(targetBars(schools, 'en')).toEqual([
      { label: 'Target', value: 134, text: '134', tone: 'muted' },
      { label: 'Planned', value: 9, text: '9', tone: 'ink' },
      { label: 'Under construction', value: undefined, text: 'not reported', tone: 'ink' },
      { label: 'Completed', value: 2, text: '2', tone: 'accent' },
    ]);
  });
});

describe('targetSentence', () => {
  test('states the target, how many districts report toward it and what', () => {
    expect(targetSentence(schools, 12, 'en')).toBe(
      'Target: 134 compulsory-education schools. Reported by 1 of 12 districts: 9 planned, 2 completed.',
    );
    expect(targetSentence(schools, 12, 'zh-CN')).toBe(
      '目标：134所义务教育学校。12个县市区中的1个已报告：计划9所、竣工2所。',
    );
  });

  test('says no district has reported instead of giving 0', () => {
    const sentence = targetSentence(kindergartens, 12, 'en');
    expect(sentence).toBe(
      'Target: 360 public kindergartens. No district has reported a count toward it yet.',
    );
    expect(sentence).not.toMatch(/\b0\b/);
  });
});

describe('namedNote', () => {
  test('counts named projects apart from the district counts', () => {
    expect(namedNote(schools, 'en')).toContain('7 planned, 0 under construction, 1 completed');
    expect(namedNote(schools, 'en')).toContain('not district counts');
  });

  test('says why named kindergartens do not count toward public kindergartens', () => {
    expect(namedNote(kindergartens, 'en')).toContain('not whether a kindergarten is public');
  });
});

const figures: DistrictFigures[] = [
  {
    district: 'hanting',
    totals: totalsOf({ investmentYuan: 3_076_000_000, sources: [4] }),
    latestIssue: { issue: 4, published: new Date('2022-08-15') },
  },
  {
    district: 'kuiwen',
    totals: totalsOf({ investmentYuan: 1_200_000_000, sources: [5] }),
    latestIssue: { issue: 5, published: new Date('2022-09-01') },
  },
  { district: 'qingzhou', totals: totalsOf({}), latestIssue: undefined },
];

describe('investmentBars', () => {
  test('gives each district a bar, not reported for a silent one', () => {
    expect(investmentBars(figures, DISTRICTS, 'en').map((bar) => [bar.label, bar.text])).toEqual([
      ['Hanting District', '3.076 billion yuan'],
      ['Kuiwen District', '1.2 billion yuan'],
      ['Qingzhou City', 'not reported'],
    ]);
    expect(investmentBars(figures, DISTRICTS, 'zh-CN')[0]?.text).toBe('30.76亿元');
  });
});

describe('investmentSentence', () => {
  test('states how many districts give one, the sum and the largest', () => {
    expect(investmentSentence(figures, DISTRICTS, 'en')).toBe(
      'Planned investment stated by 2 of 3 districts: 4.276 billion yuan in all, the largest 3.076 billion yuan in Hanting District.',
    );
    expect(investmentSentence(figures, DISTRICTS, 'zh-CN')).toBe(
      '3个县市区中的2个公布了计划投资，合计42.76亿元，其中寒亭区最多，为30.76亿元。',
    );
  });

  test('gives the one amount when one district states one', () => {
    expect(investmentSentence(figures.slice(1), DISTRICTS, 'en')).toBe(
      'Planned investment stated by 1 of 2 districts: 1.2 billion yuan, in Kuiwen District.',
    );
    expect(investmentSentence(figures.slice(1), DISTRICTS, 'zh-CN')).toBe(
      '2个县市区中的1个公布了计划投资：奎文区12亿元。',
    );
  });

  test('says none is stated when no district gives one', () => {
    expect(investmentSentence(figures.slice(2), DISTRICTS, 'en')).toBe(
      'No district has stated a planned investment yet.',
    );
  });
});

const years: YearFigures[] = [
  { year: 2022, district: 'hanting', issue: 4, schools: 5, places: 6684 },
  { year: 2022, district: 'kuiwen', issue: 5, places: 316 },
  { year: 2023, district: 'hanting', issue: 4, schools: 4, kindergartens: 5, places: 1560 },
  { year: 2024, district: 'hanting', issue: 4, schools: 4 },
];

describe('placesBars', () => {
  test('labels each bar with its year and district, not reported where places are not given', () => {
    expect(placesBars(years, DISTRICTS, 'en').map((bar) => [bar.label, bar.text])).toEqual([
      ['2022, Hanting District', '6,684'],
      ['2022, Kuiwen District', '316'],
      ['2023, Hanting District', '1,560'],
      ['2024, Hanting District', 'not reported'],
    ]);
  });
});

describe('placesSentence', () => {
  test('adds up the places of each year over the districts', () => {
    expect(placesSentence(years, 12, 'en')).toBe(
      'New places planned by year, from the milestones of 2 of 12 districts: 7,000 in 2022, 1,560 in 2023.',
    );
    expect(placesSentence(years, 12, 'zh-CN')).toBe(
      '各年计划新增学位（据12个县市区中的2个公布的逐年安排）：2022年7000个、2023年1560个。',
    );
  });

  test('says none is listed when no milestone gives places', () => {
    expect(placesSentence([], 12, 'en')).toBe('No district has listed new places by year yet.');
  });
});

describe('chartSources', () => {
  const issues = [
    { issue: 5, published: new Date('2022-09-01'), lang: 'en' as const },
    { issue: 4, published: new Date('2022-08-15'), lang: 'zh-CN' as const },
    { issue: 6, published: new Date('2023-01-01'), lang: 'en' as const },
  ];

  test('lists the source issues in order, as of the newest one’s date', () => {
    expect(chartSources([5, 4], issues)).toEqual({
      sources: [issues[1], issues[0]],
      asOf: new Date('2022-09-01'),
    });
  });

  test('has no date when nothing is reported', () => {
    expect(chartSources([], issues)).toEqual({ sources: [], asOf: undefined });
  });
});

describe('investmentSources', () => {
  test('names the issue each district’s investment comes from, not its other figures’', () => {
    const at = (number: number, published: string, district: string, stats: object) => ({
      issue: number,
      published: new Date(published),
      district,
      stats,
    });
    expect(
      investmentSources(
        [
          at(1, '2022-03-01', 'hanting', { investmentYuan: 5 }),
          at(3, '2023-01-15', 'hanting', { newPlaces: 10 }),
          at(2, '2022-06-01', 'kuiwen', { newPlaces: 900 }),
        ],
        ['hanting', 'kuiwen', 'qingzhou'],
      ),
    ).toEqual([1]);
  });
});
