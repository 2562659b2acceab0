import { describe, expect, test } from 'vitest';
import type { Lang } from '../i18n/langs';
import { projectHistories, suggestProjectId, type IssueWithProjects } from './projects';
import type { Project } from './schema';

const xingfu = (status: Project['status'], name = 'Xingfu Road Primary School'): Project => ({
  id: 'xingfu-road-primary',
  name,
  kind: 'primary',
  year: 2023,
  status,
});

function issue(
  number: number,
  published: string,
  projects: Project[],
  lang: Lang = 'en',
  district = 'hanting',
): IssueWithProjects {
  return {
    issue: number,
    published: new Date(`${published}T00:00:00Z`),
    lang,
    district,
    projects,
  };
}

describe('projectHistories', () => {
  test('follows one project from planned to completed, oldest report first', () => {
    const [history] = projectHistories(
      [
        issue(9, '2024-06-01', [xingfu('completed')]),
        issue(4, '2022-08-15', [xingfu('planned')]),
        issue(6, '2023-05-01', [xingfu('under-construction')]),
      ],
      'en',
      'en',
    );
    expect(history?.reports.map((report) => [report.issue, report.status])).toEqual([
      [4, 'planned'],
      [6, 'under-construction'],
      [9, 'completed'],
    ]);
    expect(history?.latest.status).toBe('completed');
    expect(history?.statusChanges).toEqual([
      { issue: 6, from: 'planned', to: 'under-construction' },
      { issue: 9, from: 'under-construction', to: 'completed' },
    ]);
  });

  test('leaves a report’s year out when the source gives none', () => {
    const yearless: Project = {
      id: 'xingfu-road-primary',
      name: 'Xingfu Road Primary School',
      kind: 'primary',
      status: 'planned',
    };
    const [history] = projectHistories(
      [issue(4, '2022-08-15', [yearless]), issue(6, '2023-05-01', [xingfu('completed')])],
      'en',
      'en',
    );
    expect(history?.reports.map((report) => [report.issue, report.year])).toEqual([
      [4, undefined],
      [6, 2023],
    ]);
    expect(history?.reports[0] && 'year' in history.reports[0]).toBe(false);
  });

  test('lists no status change for a report that repeats the status', () => {
    const [history] = projectHistories(
      [issue(4, '2022-08-15', [xingfu('planned')]), issue(5, '2022-09-01', [xingfu('planned')])],
      'en',
      'en',
    );
    expect(history?.statusChanges).toEqual([]);
  });

  test('keeps the latest name and the names before it', () => {
    const [history] = projectHistories(
      [
        issue(4, '2022-08-15', [xingfu('planned', 'Xingfu Road School')]),
        issue(6, '2023-05-01', [xingfu('planned', 'Xingfu Road Primary School')]),
      ],
      'en',
      'en',
    );
    expect(history?.latest.name).toBe('Xingfu Road Primary School');
    expect(history?.formerNames).toEqual(['Xingfu Road School']);
  });

  test('never takes another language’s name for a rename', () => {
    const [history] = projectHistories(
      [
        issue(4, '2022-08-15', [xingfu('planned', '幸福路小学')], 'zh-CN'),
        issue(6, '2023-05-01', [xingfu('completed')]),
      ],
      'zh-CN',
      'en',
    );
    expect(history?.latest.name).toBe('Xingfu Road Primary School');
    expect(history?.formerNames).toEqual([]);
  });

  test('counts two editions of one issue as one report, read in the page’s language', () => {
    const editions = [
      issue(4, '2022-08-15', [xingfu('planned')]),
      issue(4, '2022-08-15', [xingfu('planned', '幸福路小学')], 'zh-CN'),
    ];
    const [chinese] = projectHistories(editions, 'zh-CN', 'en');
    expect(chinese?.reports.map((report) => [report.issue, report.lang, report.name])).toEqual([
      [4, 'zh-CN', '幸福路小学'],
    ]);
    expect(chinese?.formerNames).toEqual([]);
    const [english] = projectHistories(editions, 'en', 'en');
    expect(english?.reports.map((report) => report.name)).toEqual(['Xingfu Road Primary School']);
  });

  test('takes district and kind from the project, and orders by district, then name', () => {
    const baiyun: Project = { ...xingfu('planned', 'Baiyun Road Primary School'), id: 'baiyun' };
    const seed: Project = {
      id: 'seed-valley',
      name: 'Seed Valley Kindergarten',
      kind: 'kindergarten',
      year: 2022,
      status: 'under-construction',
      places: { value: 270, qualifier: 'about' },
    };
    const histories = projectHistories(
      [
        issue(4, '2022-08-15', [xingfu('planned'), baiyun]),
        issue(5, '2022-09-01', [seed], 'en', 'anqiu'),
      ],
      'en',
      'en',
    );
    expect(histories.map(({ id, district, kind }) => [id, district, kind])).toEqual([
      ['seed-valley', 'anqiu', 'kindergarten'],
      ['baiyun', 'hanting', 'primary'],
      ['xingfu-road-primary', 'hanting', 'primary'],
    ]);
    expect(histories[0]?.latest.places).toEqual({ value: 270, qualifier: 'about' });
    expect('places' in (histories[1]?.latest ?? {})).toBe(false);
  });

  test('orders Chinese names by pinyin, as a Chinese reader looks them up', () => {
    const named = (id: string, name: string): Project => ({ ...xingfu('planned', name), id });
    const histories = projectHistories(
      [
        issue(
          4,
          '2022-08-15',
          [
            named('cbd', '中央商务区学校'),
            named('yunxiang', '云翔街小学'),
            named('baiyun', '白云路小学'),
          ],
          'zh-CN',
        ),
      ],
      'zh-CN',
      'en',
    );
    expect(histories.map(({ latest }) => latest.name)).toEqual([
      '白云路小学',
      '云翔街小学',
      '中央商务区学校',
    ]);
  });
});

describe('suggestProjectId', () => {
  test('makes an id from the words of the name, without "school"', () => {
    expect(suggestProjectId('Xingfu Road Primary School')).toBe('xingfu-road-primary');
    expect(suggestProjectId('Futing Street Middle School Kindergarten')).toBe(
      'futing-street-middle-kindergarten',
    );
  });

  test('keeps "school" when the name says nothing else, and drops accents', () => {
    expect(suggestProjectId('School')).toBe('school');
    expect(suggestProjectId('Lǜyuan Kindergarten')).toBe('luyuan-kindergarten');
  });

  test('returns undefined for a Chinese name, whose romanisation the editor chooses', () => {
    expect(suggestProjectId('幸福路小学')).toBeUndefined();
    expect(suggestProjectId('幸福路小学 No. 2')).toBeUndefined();
    expect(suggestProjectId('—')).toBeUndefined();
  });
});
