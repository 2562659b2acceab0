import { describe, expect, test } from 'vitest';
import { interpolate } from './interpolate';

describe('interpolate', () => {
  test('returns the template unchanged when it has no placeholders', () => {
    expect(interpolate('Search the column')).toBe('Search the column');
  });

  test('returns the template with each placeholder filled by string and number values', () => {
    expect(interpolate('No. {number}, {district}', { number: 4, district: 'Hanting' })).toBe(
      'No. 4, Hanting',
    );
  });

  test('returns every occurrence of a repeated placeholder filled', () => {
    expect(interpolate('{n} of {n}', { n: 3 })).toBe('3 of 3');
  });

  test('returns zero and an empty string as values, not as missing', () => {
    expect(interpolate('{count} results{suffix}', { count: 0, suffix: '' })).toBe('0 results');
  });

  test('returns Chinese text around placeholders intact', () => {
    expect(interpolate('第{number}期', { number: 4 })).toBe('第4期');
  });

  test('ignores values the template does not use', () => {
    expect(interpolate('{a}', { a: 'x', b: 'y' })).toBe('x');
  });

  test('leaves text that is not a placeholder alone', () => {
    expect(interpolate('{ not one } and {}', {})).toBe('{ not one } and {}');
  });

  test('throws naming the label and the placeholder when a value is missing', () => {
    expect(() => interpolate('No. {number}', {}, 'issue.number')).toThrow(
      'issue.number needs a value for {number}',
    );
  });

  test('throws naming the template when a value is missing and no label is given', () => {
    expect(() => interpolate('Page {page} of {pages}', { page: 1 })).toThrow(
      '"Page {page} of {pages}" needs a value for {pages}',
    );
  });
});
