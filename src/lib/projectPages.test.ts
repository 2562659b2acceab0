import { describe, expect, test } from 'vitest';
import type { Lang } from '../i18n/langs';
import { projectsByDistrict, projectTimeline } from './projectPages';
import { projectHistories, type IssueWithProjects, type ProjectHistory } from './projects';
import type { Project } from './schema';

function issue(
  number: number,
  published: string,
  projects: Project[],
  lang: Lang = 'en',
  district = 'hanting',
): IssueWithProjects {
  return { issue: number, published: new Date(`${published}T00:00:00Z`), lang, district, projects };
}

const xingfu = (status: Project['status'], name = 'Xingfu Road Primary School'): Project => ({
  id: 'xingfu-road-primary',
  name,
  kind: 'primary',
  year: 2023,
  status,
});

function historyOf(issues: IssueWithProjects[], lang: Lang = 'en'): ProjectHistory {
  const [history] = projectHistories(issues, lang, 'en');
  if (!history) throw new Error('no project in the issues');
  return history;
}

describe('projectTimeline', () => {
  test('returns each report with the status it changed from, the first with none', () => {
    const timeline = projectTimeline(
      historyOf([
        issue(4, '2022-08-15', [xingfu('planned')]),
        issue(6, '2023-05-01', [xingfu('under-construction')]),
        issue(7, '2023-09-01', [xingfu('under-construction')]),
        issue(9, '2024-06-01', [xingfu('completed')]),
      ]),
    );
    expect(timeline.map((entry) => [entry.report.issue, entry.statusFrom])).toEqual([
      [4, undefined],
      [6, 'planned'],
      [7, undefined],
      [9, 'under-construction'],
    ]);
  });

  test('returns the former name on the report that renames the project', () => {
    const timeline = projectTimeline(
      historyOf([
        issue(4, '2022-08-15', [xingfu('planned')]),
        issue(9, '2024-06-01', [xingfu('completed', 'Xingfu Road Experimental Primary School')]),
      ]),
    );
    expect(timeline.map((entry) => entry.renamedFrom)).toEqual([
      undefined,
      'Xingfu Road Primary School',
    ]);
  });

  test('does not call a name in another language’s edition a rename', () => {
    const timeline = projectTimeline(
      historyOf(
        [
          issue(4, '2022-08-15', [xingfu('planned', '幸福路小学')], 'zh-CN'),
          issue(6, '2023-05-01', [xingfu('under-construction')]),
          issue(9, '2024-06-01', [xingfu('completed', 'Xingfu Road Experimental Primary School')]),
        ],
        'zh-CN',
      ),
    );
    expect(timeline.map((entry) => [entry.report.lang, entry.renamedFrom])).toEqual([
      ['zh-CN', undefined],
      ['en', undefined],
      ['en', 'Xingfu Road Primary School'],
    ]);
  });
});

describe('projectsByDistrict', () => {
  const histories = projectHistories(
    [
      issue(1, '2022-03-01', [xingfu('planned')], 'en', 'hanting'),
      issue(
        2,
        '2022-04-01',
        [{ ...xingfu('planned'), id: 'qingzhou-high', kind: 'high' }],
        'en',
        'qingzhou',
      ),
    ],
    'en',
    'en',
  );

  test('returns the districts in the order given, each with its projects', () => {
    const groups = projectsByDistrict(histories, [{ id: 'qingzhou' }, { id: 'hanting' }]);
    expect(groups.map((group) => [group.district.id, group.projects.map((p) => p.id)])).toEqual([
      ['qingzhou', ['qingzhou-high']],
      ['hanting', ['xingfu-road-primary']],
    ]);
  });

  test('leaves out a district with no named project', () => {
    const groups = projectsByDistrict(histories, [{ id: 'hanting' }, { id: 'linqu' }]);
    expect(groups.map((group) => group.district.id)).toEqual(['hanting']);
  });
});
