import { describe, expect, test } from 'vitest';
import { oneEditionPerIssue } from './editions';

const en4 = { issue: 4, lang: 'en' as const };
const zh4 = { issue: 4, lang: 'zh-CN' as const };
const zh5 = { issue: 5, lang: 'zh-CN' as const };
const en6 = { issue: 6, lang: 'en' as const };

describe('oneEditionPerIssue', () => {
  test('keeps the edition in the page’s language when an issue has two', () => {
    expect(oneEditionPerIssue([en4, zh4, zh5, en6], 'zh-CN', 'en')).toEqual([zh4, zh5, en6]);
    expect(oneEditionPerIssue([en4, zh4, zh5, en6], 'en', 'en')).toEqual([en4, zh5, en6]);
  });

  test('keeps an issue that exists in one language only, in either', () => {
    expect(oneEditionPerIssue([zh5], 'en', 'en')).toEqual([zh5]);
    expect(oneEditionPerIssue([en6], 'zh-CN', 'en')).toEqual([en6]);
  });

  test('returns each issue once', () => {
    const numbers = oneEditionPerIssue([zh4, en4, en4], 'en', 'en').map(({ issue }) => issue);
    expect(numbers).toEqual([4]);
  });
});
