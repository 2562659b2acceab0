/**
 * Chinese line breaking in the built HTML, on the `zhtype` fixture: figures wrapped with their
 * units so they cannot break (src/lib/figureNowrap.ts, FigureText), headlines cut into phrases
 * with <wbr> between them (Headline), and middle dots held to the text before them.
 */
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { readPage, select, selectOne, text } from '../support/html';
import { fixtureContent } from '../support/paths';

let site: BuildResult;
const page = (path: string) => readPage(site.outDir, path);

beforeAll(async () => {
  site = expectBuilt(
    await buildSite({ name: 'zh-typography', contentDir: fixtureContent('zhtype') }),
  );
});

/** The texts of the figures that may not break in `root`. */
const nowrapTexts = (root: Element) => select(root, '.nowrap').map(text);

/** A headline's phrases: its text cut at each <wbr>. */
function phrases(headline: Element): string[] {
  const found = [''];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type === 'text') found[found.length - 1] += child.value;
      else if (child.type === 'element' && child.tagName === 'wbr') found.push('');
      else if (child.type === 'element') walk(child);
    }
  };
  walk(headline);
  return found;
}

describe('Chinese figures', () => {
  it('keeps each figure in the article with its unit or qualifier', () => {
    const figures = nowrapTexts(selectOne(page('/zh/issues/1/'), 'div.prose'));
    expect(figures).toEqual(
      expect.arrayContaining([
        '2022—2024年',
        '30.76亿元',
        '34所',
        '12所',
        '17所',
        '6684个',
        '10所',
        '1560个',
        '90%以上',
        '1.2万余个',
        '3000多名',
      ]),
    );
  });

  it('keeps each figure in the summary with its unit, on the issue page and on its card', () => {
    expect(nowrapTexts(selectOne(page('/zh/issues/1/'), '.issue__summary'))).toEqual([
      '2022—2024年',
      '30.76亿元',
      '6684个',
      '2024年',
      '6210个',
      '90%以上',
    ]);
    expect(nowrapTexts(selectOne(page('/zh/'), '.issue-card__summary'))).toContain('30.76亿元');
  });

  it('keeps an English figure with its scale and unit', () => {
    const html = page('/issues/1/');
    expect(nowrapTexts(selectOne(html, 'div.prose'))).toEqual(['3.076 billion yuan', '90%']);
    expect(nowrapTexts(selectOne(html, 'h1'))).toEqual(['3.076 billion yuan']);
    expect(select(html, 'h1 .phrases')).toEqual([]);
  });
});

describe('Chinese headlines', () => {
  it('breaks the issue title only between phrases, never inside a figure or a word', () => {
    const headline = selectOne(page('/zh/issues/1/'), 'h1 .phrases');
    expect(phrases(headline)).toEqual([
      '港湾区',
      '三年',
      '计划',
      '投资',
      '30.76亿元',
      '建设',
      '中小学',
      '和',
      '幼儿园',
    ]);
  });

  it('sets the issue card, the project page and the masthead the same way', () => {
    const home = page('/zh/');
    expect(phrases(selectOne(home, '.issue-card__title .phrases'))).toContain('30.76亿元');
    expect(select(selectOne(home, '.masthead__primary'), 'wbr').length).toBeGreaterThan(0);
    const project = selectOne(page('/zh/projects/city-light-kindergarten/'), 'h1 .phrases');
    expect(phrases(project).join('')).toBe('城市之光幼儿园');
  });

  it('holds the middle dot in the masthead to the text before it', () => {
    // Its text as written: text() would collapse the no-break space with the other white space.
    expect(phrases(selectOne(page('/zh/'), '.masthead__primary')).join('')).toBe(
      '港湾教育发布\u00A0· 三年攻坚行动',
    );
  });
});
