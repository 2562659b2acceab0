import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate, formatNumber, formatShare, formatYuan, isoDate } from './format';

/** Calendar dates are stored as UTC midnight (see `calendarDate` in schema.ts). */
const AUGUST_15 = new Date(Date.UTC(2022, 7, 15));

describe('formatNumber', () => {
  test('groups thousands with commas in both languages', () => {
    expect(formatNumber(6684, 'en')).toBe('6,684');
    expect(formatNumber(6684, 'zh-CN')).toBe('6,684');
  });

  test('keeps small whole numbers as they are', () => {
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(34, 'zh-CN')).toBe('34');
  });

  test('rounds to at most three decimal places', () => {
    expect(formatNumber(1.23456, 'en')).toBe('1.235');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
  });
});

describe('formatYuan', () => {
  test('returns billions in English and 亿 in Chinese when the sum reaches those units', () => {
    expect(formatYuan(3_076_000_000, 'en')).toBe('3.076 billion yuan');
    expect(formatYuan(3_076_000_000, 'zh-CN')).toBe('30.76亿元');
  });

  test('returns millions in English and 万 in Chinese for mid-sized sums', () => {
    expect(formatYuan(6_300_000, 'en')).toBe('6.3 million yuan');
    expect(formatYuan(6_300_000, 'zh-CN')).toBe('630万元');
  });

  test('uses 亿 from one hundred million, below the English billion', () => {
    expect(formatYuan(100_000_000, 'zh-CN')).toBe('1亿元');
    expect(formatYuan(100_000_000, 'en')).toBe('100 million yuan');
  });

  test('switches unit exactly at the unit boundary', () => {
    expect(formatYuan(1_000_000_000, 'en')).toBe('1 billion yuan');
    expect(formatYuan(1_000_000, 'en')).toBe('1 million yuan');
    expect(formatYuan(10_000, 'zh-CN')).toBe('1万元');
  });

  test('writes small sums in full digits', () => {
    expect(formatYuan(5_000, 'en')).toBe('5,000 yuan');
    expect(formatYuan(9_999, 'zh-CN')).toBe('9,999元');
    expect(formatYuan(0, 'en')).toBe('0 yuan');
  });

  test('keeps up to four decimal places of the scaled amount', () => {
    expect(formatYuan(1_234_560_000, 'en')).toBe('1.2346 billion yuan');
  });
});

describe('formatShare', () => {
  test('returns a whole percentage when the fraction is exact', () => {
    expect(formatShare(0.9, 'en')).toBe('90%');
    expect(formatShare(0.9, 'zh-CN')).toBe('90%');
  });

  test('keeps one decimal place when the share needs it', () => {
    expect(formatShare(0.125, 'en')).toBe('12.5%');
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
