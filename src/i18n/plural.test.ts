import { describe, expect, test } from 'vitest';
import { countForm } from './plural';

describe('countForm', () => {
  test('returns none for zero in every language', () => {
    expect(countForm('en', 0)).toBe('none');
    expect(countForm('zh-CN', 0)).toBe('none');
  });

  test('returns one for exactly one in English, other for every other count', () => {
    expect(countForm('en', 1)).toBe('one');
    expect([2, 11, 21, 101, 1.5].map((count) => countForm('en', count))).toEqual(
      Array(5).fill('other'),
    );
  });

  test('returns other for any count above zero in Chinese, which has no singular', () => {
    expect([1, 2, 21].map((count) => countForm('zh-CN', count))).toEqual([
      'other',
      'other',
      'other',
    ]);
  });
});
