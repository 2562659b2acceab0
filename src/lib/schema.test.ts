import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { COLUMN, HANTING } from '../../test/fixtures/unit';
import { msg } from '../i18n/checks';
import { calendarDate, columnSchema, districtSchema, issueSchema } from './schema';

const schema = issueSchema({ coverImage: z.string(), district: z.string(), defaultLang: 'en' });

const minimal = {
  title: 'Hanting District sets out 3.076 billion yuan plan',
  summary:
    'Hanting plans to invest 3.076 billion yuan in schools and kindergartens over 2022–2024.',
  issue: 4,
  district: 'hanting',
  published: '2022-08-15',
  author: 'Hanting Rong Media',
  source: 'School Construction Office',
} as const;

/** The minimal issue with some fields replaced or added. */
function issueWith(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...minimal, ...changes };
}

/** A copy of `value` without `key`, as an editor would leave a field out. */
function without(value: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
}

/** Dotted paths of the problems, e.g. `stats.newPlaces`, for a rejected input. */
function problemPaths(result: { success: boolean; error?: z.ZodError | undefined }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

describe('issueSchema', () => {
  test('parses a minimal issue and fills in the defaults', () => {
    const result = schema.safeParse(minimal);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      ...minimal,
      published: utc('2022-08-15'),
      lang: 'en',
      tags: [],
      projects: [],
      draft: false,
      corrections: [],
    });
  });

  test('leaves optional fields absent rather than inventing them', () => {
    const data = schema.parse(minimal);
    expect('stats' in data).toBe(false);
    expect('updated' in data).toBe(false);
    expect('cover' in data).toBe(false);
  });

  test('uses the column language given to the factory as the default lang', () => {
    const chinese = issueSchema({
      coverImage: z.string(),
      district: z.string(),
      defaultLang: 'zh-CN',
    });
    expect(chinese.parse(minimal).lang).toBe('zh-CN');
    expect(chinese.parse(issueWith({ lang: 'en' })).lang).toBe('en');
  });

  test('returns tags lower-cased and without duplicates, in first-seen order', () => {
    const data = schema.parse(
      issueWith({ tags: ['Kindergartens', 'investment', 'KINDERGARTENS', 'Primary Schools'] }),
    );
    expect(data.tags).toEqual(['kindergartens', 'investment', 'primary schools']);
  });

  test('returns corrections newest first', () => {
    const data = schema.parse(
      issueWith({
        corrections: [
          { date: '2022-08-16', note: 'Fixed a district name.' },
          { date: '2022-09-01', note: 'Corrected the number of places.' },
          { date: '2022-08-20', note: 'Added the source office.' },
        ],
      }),
    );
    expect(data.corrections.map((correction) => correction.date)).toEqual([
      utc('2022-09-01'),
      utc('2022-08-20'),
      utc('2022-08-16'),
    ]);
  });

  test('accepts dates as Date objects and as YYYY-MM-DD strings', () => {
    const fromString = schema.parse(issueWith({ published: '2022-08-15', updated: '2022-08-20' }));
    const fromDate = schema.parse(
      issueWith({ published: utc('2022-08-15'), updated: utc('2022-08-20') }),
    );
    expect(fromString.published).toEqual(utc('2022-08-15'));
    expect(fromString.updated).toEqual(utc('2022-08-20'));
    expect(fromDate.published).toEqual(fromString.published);
    expect(fromDate.updated).toEqual(fromString.updated);
  });

  test('accepts an update on the publication day', () => {
    expect(schema.safeParse(issueWith({ updated: '2022-08-15' })).success).toBe(true);
  });

  test('accepts a full issue like the Hanting one', () => {
    const result = schema.safeParse(
      issueWith({
        lang: 'en',
        cover: { src: './images/school.jpg', alt: 'A new primary school in Hanting' },
        stats: {
          investmentYuan: 3_076_000_000,
          period: { start: 2022, end: 2024 },
          newPlaces: 12_894,
          schools: { planned: 13 },
          kindergartens: { planned: 34, underConstruction: 12, completed: 17 },
          publicKindergartenShareTarget: 0.9,
          milestones: [{ year: 2022, schools: 5, places: 6684, note: 'schools built in 2022' }],
        },
        projects: [
          {
            id: 'xingfu-road-primary',
            name: 'Xingfu Road Primary School',
            kind: 'primary',
            year: 2023,
            status: 'planned',
          },
          {
            id: 'seed-valley-kindergarten',
            name: 'Seed Valley Kindergarten',
            kind: 'kindergarten',
            year: 2022,
            status: 'under-construction',
            places: 270,
          },
        ],
        draft: true,
      }),
    );
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.stats?.kindergartens?.planned).toEqual({ value: 34 });
    expect(result.data?.draft).toBe(true);
  });

  test('returns every figure as a quantity, with the qualifier the source puts on it', () => {
    const data = schema.parse(
      issueWith({
        stats: {
          investmentYuan: 6_300_000,
          newPlaces: { value: 6684, qualifier: 'at-least' },
          kindergartens: { planned: { value: 34, qualifier: 'about' }, completed: 17 },
          publicKindergartenShareTarget: { value: 0.9, qualifier: 'more-than' },
          milestones: [{ year: 2023, schools: 4, places: { value: 1500, qualifier: 'up-to' } }],
        },
        projects: [
          {
            id: 'seed-valley-kindergarten',
            name: 'Seed Valley Kindergarten',
            kind: 'kindergarten',
            year: 2022,
            status: 'planned',
            places: { value: 270, qualifier: 'more-than' },
          },
        ],
      }),
    );
    expect(data.stats).toEqual({
      investmentYuan: { value: 6_300_000 },
      newPlaces: { value: 6684, qualifier: 'at-least' },
      kindergartens: { planned: { value: 34, qualifier: 'about' }, completed: { value: 17 } },
      publicKindergartenShareTarget: { value: 0.9, qualifier: 'more-than' },
      milestones: [
        { year: 2023, schools: { value: 4 }, places: { value: 1500, qualifier: 'up-to' } },
      ],
    });
    expect(data.stats?.investmentYuan && 'qualifier' in data.stats.investmentYuan).toBe(false);
    expect(data.projects[0]?.places).toEqual({ value: 270, qualifier: 'more-than' });
  });

  test('returns every qualifier the contract names', () => {
    for (const qualifier of ['more-than', 'at-least', 'about', 'up-to'] as const) {
      const data = schema.parse(issueWith({ stats: { newPlaces: { value: 600, qualifier } } }));
      expect(data.stats?.newPlaces).toEqual({ value: 600, qualifier });
    }
  });

  test('returns a project without a year, the year left absent', () => {
    const data = schema.parse(
      issueWith({
        projects: [
          {
            id: 'xingfu-road-primary',
            name: 'Xingfu Road Primary School',
            kind: 'primary',
            status: 'under-construction',
          },
        ],
      }),
    );
    expect(data.projects).toEqual([
      {
        id: 'xingfu-road-primary',
        name: 'Xingfu Road Primary School',
        kind: 'primary',
        status: 'under-construction',
      },
    ]);
    expect(data.projects[0] && 'year' in data.projects[0]).toBe(false);
  });

  test('accepts stages under way that add up to exactly the plan', () => {
    const result = schema.safeParse(
      issueWith({ stats: { schools: { planned: 29, underConstruction: 12, completed: 17 } } }),
    );
    expect(result.error?.issues).toBeUndefined();
  });

  test('accepts parts larger than a whole the source gives as a lower bound or about', () => {
    // "More than 30 planned" may be 33; the parts cannot refute it, nor an "about".
    const result = schema.safeParse(
      issueWith({
        stats: {
          schools: {
            planned: { value: 30, qualifier: 'more-than' },
            underConstruction: 12,
            completed: 20,
          },
          kindergartens: { planned: { value: 10, qualifier: 'about' } },
          publicKindergartens: { planned: 11 },
        },
      }),
    );
    expect(result.error?.issues).toBeUndefined();
  });

  test('refuses a part whose floor ("at least") is above an exact whole', () => {
    const over = schema.safeParse(
      issueWith({
        stats: {
          kindergartens: { planned: 10 },
          publicKindergartens: { planned: { value: 11, qualifier: 'at-least' } },
        },
      }),
    );
    expect(over.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'stats.publicKindergartens.planned',
    ]);
  });

  test('trims titles', () => {
    expect(schema.parse(issueWith({ title: '  Hanting  ' })).title).toBe('Hanting');
  });

  describe('rejects', () => {
    test('a title longer than 120 characters', () => {
      expect(schema.safeParse(issueWith({ title: 'x'.repeat(120) })).success).toBe(true);
      expect(problemPaths(schema.safeParse(issueWith({ title: 'x'.repeat(121) })))).toEqual([
        'title',
      ]);
    });

    test('a summary longer than 300 characters', () => {
      expect(schema.safeParse(issueWith({ summary: 'x'.repeat(300) })).success).toBe(true);
      expect(problemPaths(schema.safeParse(issueWith({ summary: 'x'.repeat(301) })))).toEqual([
        'summary',
      ]);
    });

    test('an empty or blank title', () => {
      expect(problemPaths(schema.safeParse(issueWith({ title: '   ' })))).toEqual(['title']);
    });

    test('issue 0 and fractional issue numbers', () => {
      expect(problemPaths(schema.safeParse(issueWith({ issue: 0 })))).toEqual(['issue']);
      expect(problemPaths(schema.safeParse(issueWith({ issue: 4.5 })))).toEqual(['issue']);
    });

    test('a missing required field', () => {
      expect(problemPaths(schema.safeParse(without(minimal, 'author')))).toEqual(['author']);
    });

    test('an unknown field', () => {
      const result = schema.safeParse(issueWith({ subtitle: 'A plan' }));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        code: 'unrecognized_keys',
        keys: ['subtitle'],
      });
    });

    test('an unknown field inside stats', () => {
      const result = schema.safeParse(issueWith({ stats: { places: 600 } }));
      expect(result.error?.issues[0]).toMatchObject({
        code: 'unrecognized_keys',
        keys: ['places'],
        path: ['stats'],
      });
    });

    test('an update date before the publication date', () => {
      const result = schema.safeParse(issueWith({ updated: '2022-08-14' }));
      expect(problemPaths(result)).toEqual(['updated']);
      expect(result.error?.issues[0]?.message).toBe(
        'the update date is before the publication date',
      );
    });

    test('a date in another format', () => {
      expect(problemPaths(schema.safeParse(issueWith({ published: '15/08/2022' })))).toEqual([
        'published',
      ]);
      expect(problemPaths(schema.safeParse(issueWith({ published: '2022-02-30' })))).toEqual([
        'published',
      ]);
    });

    test('a public kindergarten share above 1', () => {
      expect(
        problemPaths(
          schema.safeParse(issueWith({ stats: { publicKindergartenShareTarget: 1.5 } })),
        ),
      ).toEqual(['stats.publicKindergartenShareTarget']);
    });

    test('negative counts and amounts', () => {
      expect(problemPaths(schema.safeParse(issueWith({ stats: { newPlaces: -1 } })))).toEqual([
        'stats.newPlaces',
      ]);
      expect(
        problemPaths(schema.safeParse(issueWith({ stats: { schools: { completed: -3 } } }))),
      ).toEqual(['stats.schools.completed']);
      expect(problemPaths(schema.safeParse(issueWith({ stats: { investmentYuan: -5 } })))).toEqual([
        'stats.investmentYuan',
      ]);
    });

    test('non-integer counts', () => {
      expect(problemPaths(schema.safeParse(issueWith({ stats: { newPlaces: 6684.5 } })))).toEqual([
        'stats.newPlaces',
      ]);
      expect(
        problemPaths(schema.safeParse(issueWith({ stats: { kindergartens: { planned: 3.2 } } }))),
      ).toEqual(['stats.kindergartens.planned']);
    });

    test('counts written as text', () => {
      expect(
        problemPaths(schema.safeParse(issueWith({ stats: { newPlaces: 'about 600' } }))),
      ).toEqual(['stats.newPlaces']);
    });

    test('an unknown qualifier', () => {
      expect(
        problemPaths(
          schema.safeParse(issueWith({ stats: { newPlaces: { value: 600, qualifier: 'above' } } })),
        ),
      ).toEqual(['stats.newPlaces']);
      expect(
        problemPaths(
          schema.safeParse(
            issueWith({
              stats: { schools: { completed: { value: 20, qualifier: 'more than' } } },
            }),
          ),
        ),
      ).toEqual(['stats.schools.completed']);
    });

    test('a qualified figure without its value, or with another field', () => {
      expect(
        problemPaths(
          schema.safeParse(issueWith({ stats: { newPlaces: { qualifier: 'more-than' } } })),
        ),
      ).toEqual(['stats.newPlaces']);
      expect(
        problemPaths(
          schema.safeParse(
            issueWith({ stats: { newPlaces: { value: 600, qualifier: 'about', unit: 'seats' } } }),
          ),
        ),
      ).toEqual(['stats.newPlaces']);
    });

    test('a qualified figure whose value breaks the figure’s own rule', () => {
      // Zod names the figure, or its `value` when only the value's bound fails: either is the
      // figure's line for the content check.
      const figurePaths = (result: Parameters<typeof problemPaths>[0]) =>
        problemPaths(result).map((path) => path.replace(/\.value$/, ''));
      expect(
        figurePaths(
          schema.safeParse(
            issueWith({
              stats: { publicKindergartenShareTarget: { value: 1.5, qualifier: 'more-than' } },
            }),
          ),
        ),
      ).toEqual(['stats.publicKindergartenShareTarget']);
      expect(
        figurePaths(
          schema.safeParse(
            issueWith({
              stats: { milestones: [{ year: 2023, places: { value: 10.5, qualifier: 'about' } }] },
            }),
          ),
        ),
      ).toEqual(['stats.milestones.0.places']);
    });

    test('a negative qualified stage once, on its own line, as a plain one is', () => {
      // The stages rule, like the part-over-whole rule, leaves a count that is itself wrong to
      // its own problem.
      const plain = schema.safeParse(issueWith({ stats: { schools: { planned: -1 } } }));
      expect(problemPaths(plain)).toEqual(['stats.schools.planned']);
      const qualified = schema.safeParse(
        issueWith({ stats: { schools: { planned: { value: -1, qualifier: 'about' } } } }),
      );
      expect(problemPaths(qualified)).toEqual(['stats.schools.planned.value']);
      expect(qualified.error?.issues[0]?.code).toBe('too_small');
    });

    test('stages under way that add up to more than the plan, on the first part given', () => {
      const result = schema.safeParse(
        issueWith({
          stats: { kindergartens: { planned: 20, underConstruction: 12, completed: 17 } },
        }),
      );
      expect(problemPaths(result)).toEqual(['stats.kindergartens.underConstruction']);
      expect(result.error?.issues[0]?.message).toBe(
        'underConstruction + completed (29) is more than planned (20); under construction and completed are parts of the plan',
      );
      expect(result.error?.issues[0]).toMatchObject({
        params: {
          problem: msg('schema.stagesOverPlanned', {
            parts: 'underConstruction + completed',
            started: 29,
            planned: 20,
          }),
          fix: msg('schema.stagesOverPlanned.fix'),
        },
      });
    });

    test('one stage under way larger than an "up to" plan, on that stage', () => {
      const result = schema.safeParse(
        issueWith({
          stats: { schools: { planned: { value: 5, qualifier: 'up-to' }, completed: 6 } },
        }),
      );
      expect(problemPaths(result)).toEqual(['stats.schools.completed']);
      expect(result.error?.issues[0]?.message).toBe(
        'completed (6) is more than planned (5); under construction and completed are parts of the plan',
      );
    });

    test('an unknown project kind or status', () => {
      const result = schema.safeParse(
        issueWith({
          projects: [
            {
              id: 'hanting-university',
              name: 'Hanting University',
              kind: 'university',
              year: 2023,
              status: 'done',
            },
          ],
        }),
      );
      expect(problemPaths(result).toSorted()).toEqual(['projects.0.kind', 'projects.0.status']);
    });

    test('an unknown language', () => {
      expect(problemPaths(schema.safeParse(issueWith({ lang: 'fr' })))).toEqual(['lang']);
    });

    test('a period that starts after it ends', () => {
      const result = schema.safeParse(issueWith({ stats: { period: { start: 2024, end: 2022 } } }));
      expect(problemPaths(result)).toEqual(['stats.period.end']);
      expect(result.error?.issues[0]?.message).toBe('the start year is after the end year');
    });

    test('a year outside 1949–2100', () => {
      expect(
        problemPaths(schema.safeParse(issueWith({ stats: { period: { start: 22, end: 2024 } } }))),
      ).toEqual(['stats.period.start']);
    });

    test('a cover without alt text', () => {
      expect(
        problemPaths(schema.safeParse(issueWith({ cover: { src: './images/school.jpg' } }))),
      ).toEqual(['cover.alt']);
    });

    test('a correction without a note', () => {
      expect(
        problemPaths(schema.safeParse(issueWith({ corrections: [{ date: '2022-08-16' }] }))),
      ).toEqual(['corrections.0.note']);
    });
  });
});

describe('calendarDate', () => {
  test('returns UTC midnight for a YYYY-MM-DD string', () => {
    expect(calendarDate.parse('2022-08-15').toISOString()).toBe('2022-08-15T00:00:00.000Z');
  });

  test('returns a Date unchanged', () => {
    const date = utc('2022-08-15');
    expect(calendarDate.parse(date)).toBe(date);
  });

  test('rejects a number with the editor-facing message', () => {
    const result = calendarDate.safeParse(20220815);
    expect(result.error?.issues[0]?.message).toBe('expected a date written YYYY-MM-DD');
  });
});

describe('districtSchema', () => {
  test('parses a valid district', () => {
    expect(districtSchema.parse(HANTING)).toEqual(HANTING);
  });

  test('accepts every division kind', () => {
    for (const kind of ['district', 'county-level-city', 'county']) {
      expect(districtSchema.safeParse({ ...HANTING, kind }).success).toBe(true);
    }
  });

  test('rejects an id that is not a lower-case slug', () => {
    for (const id of ['Hanting', 'han ting', '1hanting', '']) {
      expect(problemPaths(districtSchema.safeParse({ ...HANTING, id }))).toEqual(['id']);
    }
  });

  test('rejects a name without its Chinese form', () => {
    expect(problemPaths(districtSchema.safeParse({ ...HANTING, name: { en: 'Hanting' } }))).toEqual(
      ['name.zh'],
    );
  });

  test('rejects an unknown kind', () => {
    expect(problemPaths(districtSchema.safeParse({ ...HANTING, kind: 'province' }))).toEqual([
      'kind',
    ]);
  });

  test('rejects a blurb longer than 160 characters', () => {
    expect(
      problemPaths(
        districtSchema.safeParse({ ...HANTING, blurb: { en: 'x'.repeat(161), zh: '北部' } }),
      ),
    ).toEqual(['blurb.en']);
  });

  test('rejects an unknown field', () => {
    expect(districtSchema.safeParse({ ...HANTING, population: 400000 }).success).toBe(false);
  });
});

describe('columnSchema', () => {
  test('parses a valid column', () => {
    expect(columnSchema.parse(COLUMN)).toEqual(COLUMN);
  });

  test('rejects a missing default language', () => {
    expect(problemPaths(columnSchema.safeParse(without(COLUMN, 'defaultLang')))).toEqual([
      'defaultLang',
    ]);
  });

  test('rejects an unknown default language', () => {
    expect(problemPaths(columnSchema.safeParse({ ...COLUMN, defaultLang: 'zh' }))).toEqual([
      'defaultLang',
    ]);
  });

  test('rejects fractional or negative targets', () => {
    const result = columnSchema.safeParse({
      ...COLUMN,
      targets: { ...COLUMN.targets, publicKindergartens: 360.5, highSchools: -1 },
    });
    expect(problemPaths(result).toSorted()).toEqual([
      'targets.highSchools',
      'targets.publicKindergartens',
    ]);
  });

  test('rejects a missing target', () => {
    const targets = without(COLUMN.targets, 'highSchools');
    expect(problemPaths(columnSchema.safeParse({ ...COLUMN, targets }))).toEqual([
      'targets.highSchools',
    ]);
  });

  test('rejects an unknown field', () => {
    expect(columnSchema.safeParse({ ...COLUMN, editor: 'Wang' }).success).toBe(false);
  });
});
