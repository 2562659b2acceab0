import { describe, expect, test } from 'vitest';
import { cityTargets } from './targets';

describe('cityTargets', () => {
  test('returns kindergartens, compulsory schools and high schools in that order, with their labels', () => {
    const targets = {
      period: { start: 2030, end: 2032 },
      publicKindergartens: 7,
      compulsorySchools: 5,
      highSchools: 3,
    };
    expect(cityTargets(targets)).toEqual([
      { id: 'publicKindergartens', value: 7, label: 'home.targets.kindergartens' },
      { id: 'compulsorySchools', value: 5, label: 'home.targets.schools' },
      { id: 'highSchools', value: 3, label: 'home.targets.highSchools' },
    ]);
  });
});
