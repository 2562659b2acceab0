import { describe, expect, test } from 'vitest';
import {
  countColumn,
  figureKey,
  formatQuantity,
  formatValue,
  qualifierColumn,
  quantity,
  QUALIFIERS,
  sumQualifier,
  sumQuantities,
  type Qualifier,
  type Unit,
} from './figures';

/** A figure of each unit, and how each language writes it plain. */
const PLAIN: { unit: Unit; value: number; en: string; zh: string }[] = [
  { unit: 'yuan', value: 6_300_000, en: '6.3\u00a0million yuan', zh: '630万元' },
  { unit: 'share', value: 0.9, en: '90%', zh: '90%' },
  { unit: 'buildings', value: 34, en: '34', zh: '34所' },
  { unit: 'places', value: 14_454, en: '14,454', zh: '14454个' },
  { unit: 'plain', value: 1360, en: '1,360', zh: '1360' },
];

/** How each language puts each qualifier around a figure already written. */
const AROUND: Record<
  Qualifier,
  { en: (figure: string) => string; zh: (figure: string) => string }
> = {
  'more-than': { en: (figure) => `more than ${figure}`, zh: (figure) => `${figure}以上` },
  'at-least': { en: (figure) => `at least ${figure}`, zh: (figure) => `至少${figure}` },
  about: { en: (figure) => `about ${figure}`, zh: (figure) => `约${figure}` },
  'up-to': { en: (figure) => `up to ${figure}`, zh: (figure) => `最多${figure}` },
};

describe('countColumn', () => {
  test('returns the group’s and the stage’s columns joined, as the downloads name a count', () => {
    expect(countColumn('compulsorySchools', 'underConstruction')).toBe(
      'compulsory_schools_under_construction',
    );
    expect(countColumn('kindergartens', 'planned')).toBe('kindergartens_planned');
    expect(countColumn('highSchools', 'completed')).toBe('high_schools_completed');
  });
});

describe('qualifierColumn', () => {
  test('returns the column beside a figure’s column that holds its qualifier', () => {
    expect(qualifierColumn('new_places')).toBe('new_places_qualifier');
    expect(qualifierColumn(countColumn('schools', 'completed'))).toBe(
      'schools_completed_qualifier',
    );
  });
});

describe('figureKey', () => {
  test('returns table, row and column joined by slashes', () => {
    expect(figureKey('districts', 'hanting', 'new_places')).toBe('districts/hanting/new_places');
    expect(figureKey('milestones', 3, 'places_qualifier')).toBe('milestones/3/places_qualifier');
  });
});

describe('quantity', () => {
  test('returns a plain number as a figure stated exactly', () => {
    expect(quantity(0.9)).toEqual({ value: 0.9 });
    expect('qualifier' in quantity(0)).toBe(false);
  });

  test('returns a qualified figure as it is', () => {
    expect(quantity({ value: 0.9, qualifier: 'more-than' })).toEqual({
      value: 0.9,
      qualifier: 'more-than',
    });
  });
});

describe('formatValue', () => {
  test.each(PLAIN)('returns a figure in $unit with its unit in each language', (figure) => {
    expect(formatValue(figure.value, figure.unit, 'en')).toBe(figure.en);
    expect(formatValue(figure.value, figure.unit, 'zh-CN')).toBe(figure.zh);
  });

  test('keeps an English magnitude with its number by a no-break space', () => {
    expect(formatValue(3_076_000_000, 'yuan', 'en')).toBe('3.076\u00a0billion yuan');
    expect(formatValue(3_076_000_000, 'yuan', 'zh-CN')).toBe('30.76亿元');
  });
});

describe('formatQuantity', () => {
  test.each(PLAIN)('returns a $unit figure stated exactly with its unit alone', (figure) => {
    expect(formatQuantity({ value: figure.value }, figure.unit, 'en')).toBe(figure.en);
    expect(formatQuantity({ value: figure.value }, figure.unit, 'zh-CN')).toBe(figure.zh);
  });

  test.each(PLAIN.flatMap((figure) => QUALIFIERS.map((qualifier) => ({ ...figure, qualifier }))))(
    'returns a $unit figure qualified $qualifier with the qualifier around figure and unit',
    (figure) => {
      const qualified = { value: figure.value, qualifier: figure.qualifier };
      expect(formatQuantity(qualified, figure.unit, 'en')).toBe(
        AROUND[figure.qualifier].en(figure.en),
      );
      expect(formatQuantity(qualified, figure.unit, 'zh-CN')).toBe(
        AROUND[figure.qualifier].zh(figure.zh),
      );
    },
  );

  test('returns the press’s wording for the figures the sources qualify', () => {
    const aboveNinety = { value: 0.9, qualifier: 'more-than' } as const;
    expect(formatQuantity(aboveNinety, 'share', 'en')).toBe('more than 90%');
    expect(formatQuantity(aboveNinety, 'share', 'zh-CN')).toBe('90%以上');
    const investment = { value: 6_300_000, qualifier: 'more-than' } as const;
    expect(formatQuantity(investment, 'yuan', 'en')).toBe('more than 6.3\u00a0million yuan');
    expect(formatQuantity(investment, 'yuan', 'zh-CN')).toBe('630万元以上');
    const places = { value: 14_454, qualifier: 'at-least' } as const;
    expect(formatQuantity(places, 'places', 'en')).toBe('at least 14,454');
    expect(formatQuantity(places, 'places', 'zh-CN')).toBe('至少14454个');
    const schools = { value: 20, qualifier: 'about' } as const;
    expect(formatQuantity(schools, 'buildings', 'en')).toBe('about 20');
    expect(formatQuantity(schools, 'buildings', 'zh-CN')).toBe('约20所');
  });

  test('returns 0 as 0, never as not reported', () => {
    expect(formatQuantity({ value: 0 }, 'buildings', 'en')).toBe('0');
    expect(formatQuantity({ value: 0 }, 'places', 'zh-CN')).toBe('0个');
  });
});

describe('sumQualifier', () => {
  test('returns undefined when every part is stated exactly, or there are none', () => {
    expect(sumQualifier([])).toBeUndefined();
    expect(sumQualifier([undefined, undefined])).toBeUndefined();
  });

  test('returns a part’s own qualifier beside exact parts', () => {
    for (const qualifier of QUALIFIERS)
      expect(sumQualifier([undefined, qualifier, undefined])).toBe(qualifier);
  });

  test('returns more-than when lower bounds include a more-than', () => {
    expect(sumQualifier(['more-than', 'at-least'])).toBe('more-than');
    expect(sumQualifier(['at-least', undefined, 'more-than'])).toBe('more-than');
  });

  test('returns at-least when every lower bound is at-least', () => {
    expect(sumQualifier(['at-least', 'at-least', undefined])).toBe('at-least');
  });

  test('returns up-to when every qualified part is up-to', () => {
    expect(sumQualifier(['up-to', undefined, 'up-to'])).toBe('up-to');
  });

  test('returns about when bounds pull both ways', () => {
    expect(sumQualifier(['more-than', 'up-to'])).toBe('about');
    expect(sumQualifier(['at-least', undefined, 'up-to'])).toBe('about');
  });

  test('returns about when any part is about', () => {
    expect(sumQualifier(['about', 'more-than'])).toBe('about');
    expect(sumQualifier(['up-to', 'about'])).toBe('about');
  });
});

describe('sumQuantities', () => {
  test('returns an exact sum when every part is known and exact', () => {
    const sum = sumQuantities([{ value: 6684 }, { value: 1560 }, { value: 6210 }]);
    expect(sum).toEqual({ value: 14_454 });
    expect(sum && 'qualifier' in sum).toBe(false);
  });

  test('returns a known 0 as a part of the sum', () => {
    expect(sumQuantities([{ value: 0 }])).toEqual({ value: 0 });
    expect(sumQuantities([{ value: 0 }, { value: 5 }])).toEqual({ value: 5 });
  });

  test('returns at least the known parts when one part is unknown, never counting it as 0', () => {
    expect(sumQuantities([{ value: 6684 }, undefined, { value: 6210 }])).toEqual({
      value: 12_894,
      qualifier: 'at-least',
    });
  });

  test('returns the known parts’ qualifier when it is a lower bound beside an unknown part', () => {
    expect(sumQuantities([{ value: 1500, qualifier: 'more-than' }, undefined])).toEqual({
      value: 1500,
      qualifier: 'more-than',
    });
    expect(
      sumQuantities([{ value: 1500, qualifier: 'at-least' }, { value: 100 }, undefined]),
    ).toEqual({ value: 1600, qualifier: 'at-least' });
  });

  test('returns undefined when an up-to or about part sits beside an unknown one', () => {
    expect(sumQuantities([{ value: 1500, qualifier: 'up-to' }, undefined])).toBeUndefined();
    expect(sumQuantities([{ value: 1500, qualifier: 'about' }, undefined])).toBeUndefined();
  });

  test('returns undefined when no part is known', () => {
    expect(sumQuantities([])).toBeUndefined();
    expect(sumQuantities([undefined, undefined])).toBeUndefined();
  });

  test('returns the sum qualified as sumQualifier says when every part is known', () => {
    expect(sumQuantities([{ value: 10, qualifier: 'more-than' }, { value: 5 }])).toEqual({
      value: 15,
      qualifier: 'more-than',
    });
    expect(
      sumQuantities([
        { value: 10, qualifier: 'up-to' },
        { value: 5, qualifier: 'at-least' },
      ]),
    ).toEqual({ value: 15, qualifier: 'about' });
  });
});
