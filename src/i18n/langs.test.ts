import { describe, expect, test } from 'vitest';
import { LANGS, nameKey, otherLang, otherNameKey } from './langs';

describe('nameKey', () => {
  test('returns zh for Chinese and en for English', () => {
    expect(nameKey('zh-CN')).toBe('zh');
    expect(nameKey('en')).toBe('en');
  });
});

describe('otherNameKey', () => {
  test('returns en for Chinese and zh for English', () => {
    expect(otherNameKey('zh-CN')).toBe('en');
    expect(otherNameKey('en')).toBe('zh');
  });
});

describe('otherLang', () => {
  test('returns the other language of the two, for every language', () => {
    expect(otherLang('zh-CN')).toBe('en');
    expect(otherLang('en')).toBe('zh-CN');
    for (const lang of LANGS) expect(otherLang(otherLang(lang))).toBe(lang);
  });
});
