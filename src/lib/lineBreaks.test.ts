import { describe, expect, test } from 'vitest';
import { COLUMN_WORDS, figureRuns, headlinePhrases, keepSeparatorsBehind } from './lineBreaks';

/** Runs as text with each one-line run in brackets: `投资[30.76亿元]`. */
const bracketed = (runs: ReturnType<typeof figureRuns>) =>
  runs.map(({ text, nowrap }) => (nowrap ? `[${text}]` : text)).join('');

describe('figureRuns', () => {
  test.each([
    ['投资30.76亿元建设', '投资[30.76亿元]建设'],
    ['今年新增学位6684个，', '今年新增学位[6684个]，'],
    ['竣工10所。', '竣工[10所]。'],
    ['占比达到90%以上', '占比达到[90%以上]'],
    ['新增1560个学位', '新增[1560个]学位'],
    ['2022—2024年', '[2022—2024年]'],
    ['2022年8月15日发布', '[2022年8月15日]发布'],
    ['新建30余所', '新建[30余所]'],
    ['1万余名学生', '[1万余名]学生'],
    ['新建两所小学', '新建[两所]小学'],
    ['第4期', '[第4期]'],
    ['计划投资3000万元以下', '计划投资[3000万元以下]'],
  ])('returns %s with its figure on one line', (text, expected) => {
    expect(bracketed(figureRuns(text))).toBe(expected);
  });

  test('returns English figures with their scale and unit on one line', () => {
    expect(bracketed(figureRuns('invests 3.076 billion yuan, more than 90% or 90 per cent'))).toBe(
      'invests [3.076 billion yuan], more than [90%] or [90 per cent]',
    );
  });

  test('returns one free run when a number has no unit or belongs to a word', () => {
    expect(figureRuns('G20峰会 and 6684 schools')).toEqual([
      { text: 'G20峰会 and 6684 schools', nowrap: false },
    ]);
  });

  test('returns runs that join back into the text', () => {
    const text = '寒亭区计划投资30.76亿元，新增学位6684个，2024年再增6210个。';
    expect(
      figureRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});

describe('keepSeparatorsBehind', () => {
  test('returns a no-break space before each middle-dot separator', () => {
    expect(keepSeparatorsBehind('计划34所 · 在建12所 · 竣工17所')).toBe(
      '计划34所\u00A0· 在建12所\u00A0· 竣工17所',
    );
  });
});

describe('headlinePhrases', () => {
  const phrases = (headline: string, keepWhole?: readonly string[]) =>
    headlinePhrases(headline, keepWhole).map(bracketed);

  test('returns the phrases of a Chinese headline with each figure inside one phrase', () => {
    expect(
      phrases('寒亭区三年计划投资30.76亿元建设中小学和幼儿园', [...COLUMN_WORDS, '寒亭区']),
    ).toEqual([
      '寒亭区',
      '[三年]',
      '计划',
      '投资',
      '[30.76亿元]',
      '建设',
      '中小学',
      '和',
      '幼儿园',
    ]);
  });

  test('returns no break inside the words it is asked to keep whole when BudouX would cut them', () => {
    expect(phrases('寒亭区新建幼儿园', [])).toContain('寒');
    expect(phrases('寒亭区新建幼儿园', ['寒亭区', '幼儿园'])).toEqual(['寒亭区', '新', '建幼儿园']);
  });

  test('returns no break between the digits of a figure without a unit', () => {
    expect(phrases('新增学位6684').join('|')).toMatch(/6684/);
  });

  test('returns the middle dot at the end of the phrase before it', () => {
    expect(phrases('潍坊教育发布 · 三年攻坚行动').join('|')).toContain('发布\u00A0·');
  });

  test('returns the same phrases when asked again', () => {
    expect(headlinePhrases('港湾区计划新建两所小学')).toBe(
      headlinePhrases('港湾区计划新建两所小学'),
    );
  });
});
