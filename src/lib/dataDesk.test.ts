import { describe, expect, test } from 'vitest';
import { HANTING, KUIWEN, QINGZHOU, totalsOf } from '../../test/fixtures/unit';
import {
  batchText,
  chartSources,
  investmentBars,
  investmentSources,
  investmentSentence,
  namedNote,
  notYetReported,
  ofDistricts,
  placesBars,
  placesSentence,
  stagesText,
  targetBars,
  targetSentence,
} from './dataDesk';
import type { DistrictFigures, MilestoneRow, TargetProgress } from './progress';

const DISTRICTS = [HANTING, KUIWEN, QINGZHOU];

const schools: TargetProgress = {
  id: 'compulsorySchools',
  target: 134,
  reported: { planned: { value: 9 }, completed: { value: 2 } },
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

describe('stagesText', () => {
  test('returns the stages reported as parts of the plan, leaving out the others', () => {
    const counts = { planned: { value: 9 }, completed: { value: 2 } };
    expect(stagesText(counts, 'en')).toBe('9 planned, of which 2 completed');
    expect(stagesText(counts, 'zh-CN')).toBe('计划9所，其中竣工2所');
  });

  test('returns a qualified count with its qualifier', () => {
    const counts = {
      planned: { value: 9, qualifier: 'more-than' },
      completed: { value: 2 },
    } as const;
    expect(stagesText(counts, 'en')).toBe('more than 9 planned, of which 2 completed');
    expect(stagesText(counts, 'zh-CN')).toBe('计划9所以上，其中竣工2所');
  });

  test('returns undefined when no count is reported', () => {
    expect(stagesText({}, 'en')).toBeUndefined();
  });
});

describe('targetBars', () => {
  test('draws the target and each stage as part of the plan, not reported where no district counts one', () => {
    expect(targetBars(schools, 'en')).toEqual([
      { label: 'Target', value: 134, text: '134', tone: 'muted' },
      { label: 'Planned', value: 9, text: '9', tone: 'ink' },
      {
        label: 'of which under construction',
        value: undefined,
        text: 'not reported',
        tone: 'ink',
      },
      { label: 'of which completed', value: 2, text: '2', tone: 'accent' },
    ]);
    expect(targetBars(schools, 'zh-CN').map((bar) => [bar.label, bar.text])).toEqual([
      ['目标', '134所'],
      ['计划', '9所'],
      ['其中在建', '未报道'],
      ['其中竣工', '2所'],
    ]);
  });

  test('returns a qualified count’s bar at its value, the qualifier in its text', () => {
    const above = {
      ...schools,
      reported: { completed: { value: 20, qualifier: 'more-than' } },
    } as const;
    expect(targetBars(above, 'en')[3]).toEqual({
      label: 'of which completed',
      value: 20,
      text: 'more than 20',
      tone: 'accent',
    });
  });

  test('returns no bars when no district reports a count toward the target', () => {
    expect(targetBars(kindergartens, 'en')).toEqual([]);
  });
});

describe('targetSentence', () => {
  test('states the target, how many districts report toward it and what', () => {
    expect(targetSentence(schools, 12, 'en')).toBe(
      'Target: 134 compulsory-education schools. Reported by 1 of 12 districts: 9 planned, of which 2 completed.',
    );
    expect(targetSentence(schools, 12, 'zh-CN')).toBe(
      '目标：134所义务教育学校。12个县市区中的1个已报告：计划9所，其中竣工2所。',
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
    // A project is at one status: these are not stages of one plan.
    expect(namedNote(schools, 'en')).toContain(
      '7 not yet started, 0 under construction, 1 completed',
    );
    expect(namedNote(schools, 'zh-CN')).toContain('未开工7所、在建0所、已竣工1所');
    expect(namedNote(schools, 'en')).toContain('not district counts');
  });

  test('says why named kindergartens do not count toward public kindergartens', () => {
    expect(namedNote(kindergartens, 'en')).toContain('not whether a kindergarten is public');
  });
});

const figures: DistrictFigures[] = [
  {
    district: 'hanting',
    totals: totalsOf({ investmentYuan: { value: 3_076_000_000 }, sources: [4] }),
    latestIssue: { issue: 4, published: new Date('2022-08-15') },
  },
  {
    district: 'kuiwen',
    totals: totalsOf({ investmentYuan: { value: 1_200_000_000 }, sources: [5] }),
    latestIssue: { issue: 5, published: new Date('2022-09-01') },
  },
  { district: 'qingzhou', totals: totalsOf({}), latestIssue: undefined },
];

describe('notYetReported', () => {
  test('returns the districts that report nothing at all, by name, in one line', () => {
    expect(notYetReported(figures, DISTRICTS, 'en')).toBe('Not yet reported: Qingzhou City.');
    expect(notYetReported(figures, DISTRICTS, 'zh-CN')).toBe('尚未报道：青州市。');
    const silent = { district: 'kuiwen', totals: totalsOf({}), latestIssue: undefined };
    expect(notYetReported([...figures, silent], DISTRICTS, 'en')).toBe(
      'Not yet reported: Qingzhou City, Kuiwen District.',
    );
  });

  test('returns undefined when every district reports something', () => {
    expect(notYetReported(figures.slice(0, 2), DISTRICTS, 'en')).toBeUndefined();
  });
});

describe('investmentBars', () => {
  test('gives each district that states an investment a bar, and none to a silent one', () => {
    expect(investmentBars(figures, DISTRICTS, 'en')).toEqual([
      {
        label: 'Hanting District',
        value: 3_076_000_000,
        text: '3.076\u00a0billion yuan',
        tone: 'ink',
      },
      {
        label: 'Kuiwen District',
        value: 1_200_000_000,
        text: '1.2\u00a0billion yuan',
        tone: 'ink',
      },
    ]);
    expect(investmentBars(figures, DISTRICTS, 'zh-CN')[0]?.text).toBe('30.76亿元');
  });

  test('returns a qualified investment with its qualifier', () => {
    const above: DistrictFigures = {
      district: 'hanting',
      totals: totalsOf({
        investmentYuan: { value: 6_300_000, qualifier: 'more-than' },
        sources: [4],
      }),
      latestIssue: { issue: 4, published: new Date('2022-08-15') },
    };
    expect(investmentBars([above], DISTRICTS, 'en')[0]?.text).toBe(
      'more than 6.3\u00a0million yuan',
    );
    expect(investmentBars([above], DISTRICTS, 'zh-CN')[0]?.text).toBe('630万元以上');
  });

  test('returns no bars when no district states an investment', () => {
    expect(investmentBars(figures.slice(2), DISTRICTS, 'en')).toEqual([]);
  });
});

describe('investmentSentence', () => {
  test('states how many districts give one, the sum and the largest', () => {
    expect(investmentSentence(figures, DISTRICTS, 'en')).toBe(
      'Planned investment stated by 2 of 3 districts: 4.276\u00a0billion yuan in all, the largest 3.076\u00a0billion yuan in Hanting District.',
    );
    expect(investmentSentence(figures, DISTRICTS, 'zh-CN')).toBe(
      '3个县市区中的2个公布了计划投资，合计42.76亿元，其中寒亭区最多，为30.76亿元。',
    );
  });

  test('gives the one amount when one district states one', () => {
    expect(investmentSentence(figures.slice(1), DISTRICTS, 'en')).toBe(
      'Planned investment stated by 1 of 2 districts: 1.2\u00a0billion yuan, in Kuiwen District.',
    );
    expect(investmentSentence(figures.slice(1), DISTRICTS, 'zh-CN')).toBe(
      '2个县市区中的1个公布了计划投资：奎文区12亿元。',
    );
  });

  test('gives a sum qualified as its parts make it', () => {
    const [hanting, ...others] = figures;
    const above = hanting && {
      ...hanting,
      totals: totalsOf({
        investmentYuan: { value: 3_076_000_000, qualifier: 'more-than' },
        sources: [4],
      }),
    };
    expect(investmentSentence([...(above ? [above] : []), ...others], DISTRICTS, 'en')).toBe(
      'Planned investment stated by 2 of 3 districts: more than 4.276\u00a0billion yuan in all, the largest more than 3.076\u00a0billion yuan in Hanting District.',
    );
  });

  test('says none is stated when no district gives one', () => {
    expect(investmentSentence(figures.slice(2), DISTRICTS, 'en')).toBe(
      'No district has stated a planned investment yet.',
    );
  });
});

/** Issue 4's plan as the desk reads it (2023's schools with no places stated), and Kuiwen's. */
const rows: MilestoneRow[] = [
  {
    district: 'hanting',
    issue: 4,
    row: 1,
    year: 2022,
    schools: { value: 5 },
    places: { value: 6684 },
  },
  { district: 'kuiwen', issue: 5, row: 1, year: 2022, places: { value: 316 }, note: 'new seats' },
  { district: 'hanting', issue: 4, row: 2, year: 2023, schools: { value: 4 } },
  {
    district: 'hanting',
    issue: 4,
    row: 3,
    year: 2023,
    kindergartens: { value: 5 },
    places: { value: 1560 },
  },
  { district: 'hanting', issue: 4, row: 4, year: 2024, schools: { value: 4 } },
];

describe('batchText', () => {
  test('returns what a milestone is a batch of, in each language', () => {
    expect(batchText(rows[0] as MilestoneRow, 'en')).toBe('schools: 5');
    expect(batchText(rows[0] as MilestoneRow, 'zh-CN')).toBe('学校5所');
    const both: MilestoneRow = {
      district: 'hanting',
      issue: 4,
      row: 1,
      year: 2022,
      schools: { value: 5 },
      kindergartens: { value: 2, qualifier: 'about' },
    };
    expect(batchText(both, 'en')).toBe('schools: 5, kindergartens: about 2');
    expect(batchText(both, 'zh-CN')).toBe('学校5所、幼儿园约2所');
  });

  test('returns undefined for a milestone with no buildings', () => {
    expect(batchText(rows[1] as MilestoneRow, 'en')).toBeUndefined();
  });
});

describe('placesBars', () => {
  test('gives each milestone its bar, labelled with its year, district and batch', () => {
    expect(
      placesBars(rows, DISTRICTS, 'en').map((bar) => [bar.label, bar.value, bar.text]),
    ).toEqual([
      ['2022, Hanting District: schools: 5', 6684, '6,684'],
      ['2022, Kuiwen District: new seats', 316, '316'],
      ['2023, Hanting District: schools: 4', undefined, 'places not stated'],
      ['2023, Hanting District: kindergartens: 5', 1560, '1,560'],
      ['2024, Hanting District: schools: 4', undefined, 'places not stated'],
    ]);
    expect(placesBars(rows, DISTRICTS, 'zh-CN').map((bar) => [bar.label, bar.text])).toEqual([
      ['2022年 寒亭区：学校5所', '6684个'],
      ['2022年 奎文区：new seats', '316个'],
      ['2023年 寒亭区：学校4所', '学位数未说明'],
      ['2023年 寒亭区：幼儿园5所', '1560个'],
      ['2024年 寒亭区：学校4所', '学位数未说明'],
    ]);
  });

  test('labels a milestone with neither buildings nor a note by its year and district alone', () => {
    const placesOnly: MilestoneRow = {
      district: 'kuiwen',
      issue: 5,
      row: 1,
      year: 2022,
      places: { value: 316 },
    };
    expect(placesBars([placesOnly], DISTRICTS, 'en')[0]?.label).toBe('2022, Kuiwen District');
    expect(placesBars([placesOnly], DISTRICTS, 'zh-CN')[0]?.label).toBe('2022年 奎文区');
  });

  test('returns qualified places with their qualifier', () => {
    const above: MilestoneRow = {
      district: 'hanting',
      issue: 4,
      row: 1,
      year: 2022,
      schools: { value: 5 },
      places: { value: 6000, qualifier: 'more-than' },
    };
    expect(placesBars([above], DISTRICTS, 'en')[0]?.text).toBe('more than 6,000');
    expect(placesBars([above], DISTRICTS, 'zh-CN')[0]?.text).toBe('6000个以上');
  });
});

describe('placesSentence', () => {
  test('adds up the places of each year over the districts, a year with unstated places as a lower bound', () => {
    expect(placesSentence(rows, 12, 'en')).toBe(
      'New places planned by year, from the milestones of 2 of 12 districts: 7,000 in 2022, at least 1,560 in 2023.',
    );
    expect(placesSentence(rows, 12, 'zh-CN')).toBe(
      '各年计划新增学位（据12个县市区中的2个公布的逐年安排）：2022年7000个、2023年至少1560个。',
    );
  });

  test('gives an exact year when every batch of it states its places', () => {
    const stated = rows.filter((row) => row.year === 2022);
    expect(placesSentence(stated, 12, 'en')).toBe(
      'New places planned by year, from the milestones of 2 of 12 districts: 7,000 in 2022.',
    );
  });

  test('says none is listed when no milestone gives places', () => {
    expect(placesSentence([], 12, 'en')).toBe('No district has listed new places by year yet.');
    const unstated = rows.filter((row) => !row.places);
    expect(placesSentence(unstated, 12, 'en')).toBe(
      'No district has listed new places by year yet.',
    );
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
