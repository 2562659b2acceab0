import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareNames, formatDate, formatNumber, formatShare, formatYuan, isoDate } from './format';

/** Calendar dates are stored as UTC midnight (see `calendarDate` in schema.ts). */
const AUGUST_15 = new Date(Date.UTC(2022, 7, 15));

describe('formatNumber', () => {
  test('groups thousands with commas in English and writes plain digits in Chinese', () => {
    expect(formatNumber(6684, 'en')).toBe('6,684');
    expect(formatNumber(6684, 'zh-CN')).toBe('6684');
    expect(formatNumber(1_234_567, 'zh-CN')).toBe('1234567');
  });

  test('keeps small whole numbers as they are', () => {
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(34, 'zh-CN')).toBe('34');
  });

  test('keeps at most three decimal places, dropping the rest rather than rounding up', () => {
    expect(formatNumber(1.23456, 'en')).toBe('1.234');
    expect(formatNumber(1.9999, 'zh-CN')).toBe('1.999');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
  });

  test('does not lose a digit to floating point on the way', () => {
    // 0.1 + 0.2 is 0.30000000000000004 and 1.005 is stored as 1.00499999…
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatNumber(1.005, 'en')).toBe('1.005');
  });
});

describe('formatYuan', () => {
  test('keeps the English magnitude with its number by a no-break space', () => {
    expect(formatYuan(3_076_000_000, 'en')).not.toContain(' billion');
    expect(formatYuan(6_300_000, 'en')).toMatch(/^6\.3\u00a0million yuan$/);
  });

  test('returns billions in English and 亿 in Chinese when the sum reaches those units', () => {
    expect(formatYuan(3_076_000_000, 'en')).toBe('3.076\u00a0billion yuan');
    expect(formatYuan(3_076_000_000, 'zh-CN')).toBe('30.76亿元');
  });

  test('returns millions in English and 万 in Chinese for mid-sized sums', () => {
    expect(formatYuan(6_300_000, 'en')).toBe('6.3\u00a0million yuan');
    expect(formatYuan(6_300_000, 'zh-CN')).toBe('630万元');
  });

  test('uses 亿 from one hundred million, below the English billion', () => {
    expect(formatYuan(100_000_000, 'zh-CN')).toBe('1亿元');
    expect(formatYuan(100_000_000, 'en')).toBe('100\u00a0million yuan');
  });

  test('switches unit exactly at the unit boundary', () => {
    expect(formatYuan(1_000_000_000, 'en')).toBe('1\u00a0billion yuan');
    expect(formatYuan(1_000_000, 'en')).toBe('1\u00a0million yuan');
    expect(formatYuan(10_000, 'zh-CN')).toBe('1万元');
    expect(formatYuan(1_000_000_000_000, 'zh-CN')).toBe('10000亿元');
  });

  test('never rounds a sum up into the next unit', () => {
    expect(formatYuan(99_999_999, 'zh-CN')).toBe('9999.99万元');
    expect(formatYuan(9_999, 'zh-CN')).toBe('9999元');
    expect(formatYuan(999_999_999, 'en')).toBe('999.999\u00a0million yuan');
    expect(formatYuan(999_999, 'en')).toBe('999,999 yuan');
  });

  test('keeps two decimals of 亿 and 万 and three of billion and million, dropping the rest', () => {
    expect(formatYuan(3_076_990_000, 'zh-CN')).toBe('30.76亿元');
    expect(formatYuan(12_345, 'zh-CN')).toBe('1.23万元');
    expect(formatYuan(1_234_560_000, 'en')).toBe('1.234\u00a0billion yuan');
    expect(formatYuan(6_399_999, 'en')).toBe('6.399\u00a0million yuan');
  });

  test('writes small sums in full digits, whole yuan only', () => {
    expect(formatYuan(5_000, 'en')).toBe('5,000 yuan');
    expect(formatYuan(0, 'en')).toBe('0 yuan');
    expect(formatYuan(0, 'zh-CN')).toBe('0元');
    expect(formatYuan(99.9, 'zh-CN')).toBe('99元');
  });
});

describe('formatShare', () => {
  test('returns a whole percentage when the fraction is exact', () => {
    expect(formatShare(0.9, 'en')).toBe('90%');
    expect(formatShare(0.9, 'zh-CN')).toBe('90%');
    expect(formatShare(0.29, 'en')).toBe('29%');
  });

  test('keeps one decimal place when the share needs it', () => {
    expect(formatShare(0.125, 'en')).toBe('12.5%');
  });

  test('never rounds a share up, so nearly all never reads as all', () => {
    expect(formatShare(0.9999, 'zh-CN')).toBe('99.9%');
    expect(formatShare(0.1239, 'en')).toBe('12.3%');
  });

  test('returns 0% and 100% at the ends of the range', () => {
    expect(formatShare(0, 'en')).toBe('0%');
    expect(formatShare(1, 'en')).toBe('100%');
  });
});

describe('formatDate', () => {
  test('returns day, month name and year in English', () => {
    expect(formatDate(AUGUST_15, 'en')).toBe('15 August 2022');
  });

  test('returns 年月日 in Chinese', () => {
    expect(formatDate(AUGUST_15, 'zh-CN')).toBe('2022年8月15日');
  });

  test('returns the UTC calendar day late in the UTC day', () => {
    const lateEvening = new Date(Date.UTC(2022, 7, 15, 23, 59, 59));
    expect(formatDate(lateEvening, 'en')).toBe('15 August 2022');
  });

  describe('when the machine runs west of UTC', () => {
    const originalTz = process.env['TZ'];
    beforeAll(() => {
      process.env['TZ'] = 'America/Los_Angeles';
    });
    afterAll(() => {
      if (originalTz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = originalTz;
    });

    test('still returns the stored calendar day, not the day before', () => {
      // Guard: local time really is the 14th here, so a local-time formatter would drift.
      expect(AUGUST_15.getDate()).toBe(14);
      expect(formatDate(AUGUST_15, 'en')).toBe('15 August 2022');
      expect(formatDate(AUGUST_15, 'zh-CN')).toBe('2022年8月15日');
      expect(isoDate(AUGUST_15)).toBe('2022-08-15');
    });
  });
});

describe('isoDate', () => {
  test('returns YYYY-MM-DD with zero padding', () => {
    expect(isoDate(new Date(Date.UTC(2023, 0, 5)))).toBe('2023-01-05');
  });

  test('drops the time of day', () => {
    expect(isoDate(new Date(Date.UTC(2022, 7, 15, 23, 59, 59)))).toBe('2022-08-15');
  });
});

describe('compareNames', () => {
  test('orders Chinese names by pinyin, not by code point', () => {
    const names = ['中央商务区学校', '云翔街小学', '吉祥东街小学', '白云路小学'];
    expect(names.toSorted(compareNames('zh-CN'))).toEqual([
      '白云路小学',
      '吉祥东街小学',
      '云翔街小学',
      '中央商务区学校',
    ]);
  });

  test('orders English names alphabetically, ignoring case', () => {
    expect(['alder', 'Birch', 'Ash'].toSorted(compareNames('en'))).toEqual([
      'alder',
      'Ash',
      'Birch',
    ]);
  });
});
