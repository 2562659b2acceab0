import { expect, test } from 'vitest';
import { countColumn, figureKey } from './figureKeys';

test('countColumn names a count as the downloads do', () => {
  expect(countColumn('compulsorySchools', 'underConstruction')).toBe(
    'compulsory_schools_under_construction',
  );
  expect(countColumn('kindergartens', 'planned')).toBe('kindergartens_planned');
});

test('figureKey joins table, row and column', () => {
  expect(figureKey('districts', 'hanting', 'new_places')).toBe('districts/hanting/new_places');
});
