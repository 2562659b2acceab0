import { describe, expect, test } from 'vitest';
import { formatProblem } from './contentProblem';

describe('formatProblem', () => {
  test('returns file:line field: problem — fix', () => {
    expect(
      formatProblem({
        file: 'content/x.mdx',
        line: 3,
        field: 'title',
        problem: 'is empty',
        fix: 'write one',
      }),
    ).toBe('content/x.mdx:3 title: is empty — write one');
  });

  test('leaves the line out when there is none', () => {
    expect(
      formatProblem({
        file: 'content/column.yaml',
        field: 'file',
        problem: 'is missing',
        fix: 'restore it',
      }),
    ).toBe('content/column.yaml file: is missing — restore it');
  });
});
