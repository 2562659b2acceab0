import { describe, expect, test } from 'vitest';
import { districtTrail, issueTrail, projectTrail } from './breadcrumbs';
import { createUrls } from './urls';

const urls = createUrls('/column/');
const hanting = { id: 'hanting', name: { en: 'Hanting District', zh: '寒亭区' } };

describe('issueTrail', () => {
  test('returns home, the district and the issue, in the page’s language', () => {
    expect(issueTrail('en', hanting, 4, urls)).toEqual([
      { name: 'Home', url: '/column/' },
      { name: 'Hanting District', url: '/column/districts/hanting/' },
      { name: 'No. 4', url: '/column/issues/4/' },
    ]);
    expect(issueTrail('zh-CN', hanting, 4, urls)).toEqual([
      { name: '首页', url: '/column/zh/' },
      { name: '寒亭区', url: '/column/zh/districts/hanting/' },
      { name: '第4期', url: '/column/zh/issues/4/' },
    ]);
  });
});

describe('districtTrail', () => {
  test('returns home, the district list and the district, in the page’s language', () => {
    expect(districtTrail('en', hanting, urls)).toEqual([
      { name: 'Home', url: '/column/' },
      { name: 'Districts', url: '/column/districts/' },
      { name: 'Hanting District', url: '/column/districts/hanting/' },
    ]);
    expect(districtTrail('zh-CN', hanting, urls).map((crumb) => crumb.name)).toEqual([
      '首页',
      '县市区',
      '寒亭区',
    ]);
  });
});

describe('projectTrail', () => {
  test('returns home, the project list and the project, in the page’s language', () => {
    const project = { id: 'xingfu-road-primary', name: 'Xingfu Road Primary School' };
    expect(projectTrail('en', project, urls)).toEqual([
      { name: 'Home', url: '/column/' },
      { name: 'Projects', url: '/column/projects/' },
      { name: 'Xingfu Road Primary School', url: '/column/projects/xingfu-road-primary/' },
    ]);
    expect(
      projectTrail('zh-CN', { ...project, name: '幸福路小学' }, urls).map((crumb) => crumb.name),
    ).toEqual(['首页', '项目', '幸福路小学']);
  });
});
