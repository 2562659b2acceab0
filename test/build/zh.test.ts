/**
 * The `zh` fixture: a column in English with one issue in English and one in Chinese. The
 * Chinese issue adds the same routes under /zh/, in Chinese.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import {
  attr,
  definitionList,
  listPages,
  readPage,
  select,
  selectOne,
  text,
} from '../support/html';
import { checkInternalLinks, describeLinkProblems } from '../support/links';
import { fixtureContent } from '../support/paths';

let site: BuildResult;
const page = (path: string) => readPage(site.outDir, path);
const langOf = (html: string) => attr(selectOne(html, 'html'), 'lang');

const ROUTES = ['/', '/issues/', '/issues/1/', '/districts/', '/districts/harbour/', '/about/'];

beforeAll(async () => {
  site = expectBuilt(await buildSite({ name: 'zh', contentDir: fixtureContent('zh') }));
});

describe('a column with a Chinese issue', () => {
  it('builds every route in English and under /zh/ in Chinese', () => {
    const pages = listPages(site.outDir);
    expect(pages).toEqual(
      expect.arrayContaining([...ROUTES, ...ROUTES.map((path) => `/zh${path}`)]),
    );
    for (const path of ROUTES) {
      expect(langOf(page(path)), path).toBe('en');
      expect(langOf(page(`/zh${path}`)), `/zh${path}`).toBe('zh-CN');
    }
  });

  it('shows the Chinese issue in Chinese, with figures in Chinese news style', () => {
    const html = page('/zh/issues/1/');
    expect(text(selectOne(html, 'h1'))).toBe('港湾区计划新建两所小学');
    expect(text(selectOne(html, 'div.prose'))).toContain('港湾区将在新建海堤附近建设两所小学。');
    const figures = definitionList(select(selectOne(html, 'aside.stats-box'), 'dl.figures')[0]);
    expect(figures['计划投资']).toBe('2.5亿元');
    expect(figures['新增学位']).toBe('6684个');
    expect(figures['学校']).toBe('计划2所');
    expect(text(selectOne(html, 'p.issue__kicker'))).toContain('第1期');
    expect(text(selectOne(html, 'p.issue__kicker'))).toContain('港湾区');
  });

  it('shows the English issue in English', () => {
    const html = page('/issues/1/');
    expect(text(selectOne(html, 'h1'))).toBe('Harbour District plans two new primary schools');
    expect(
      definitionList(select(selectOne(html, 'aside.stats-box'), 'dl.figures')[0])[
        'Planned investment'
      ],
    ).toBe('250 million yuan');
    const figures = definitionList(select(selectOne(html, 'aside.stats-box'), 'dl.figures')[0]);
    expect(figures['New school places']).toBe('6,684');
    expect(figures['Schools']).toBe('2 planned');
  });

  it('keeps each language to its own archive and district pages', () => {
    const titles = (path: string) =>
      select(page(path), 'article.issue-card .issue-card__title').map(text);
    expect(titles('/issues/')).toEqual(['Harbour District plans two new primary schools']);
    expect(titles('/zh/issues/')).toEqual(['港湾区计划新建两所小学']);
    expect(titles('/districts/harbour/')).toEqual([
      'Harbour District plans two new primary schools',
    ]);
    expect(titles('/zh/districts/harbour/')).toEqual(['港湾区计划新建两所小学']);
  });

  it('links Chinese pages to Chinese pages', () => {
    const nav = select(selectOne(page('/zh/issues/1/'), 'nav.site-nav'), 'a').map((a) =>
      attr(a, 'href'),
    );
    expect(nav).toEqual(
      expect.arrayContaining(['/zh/', '/zh/issues/', '/zh/districts/', '/zh/about/']),
    );
    expect(nav.filter((href) => !href?.startsWith('/zh/'))).toEqual([]);
    const kicker = select(selectOne(page('/zh/issues/1/'), 'p.issue__kicker'), 'a').map((a) =>
      attr(a, 'href'),
    );
    expect(kicker).toEqual(['/zh/districts/harbour/']);
  });

  it('shows the data desk in Chinese at /zh/data/, from the issue’s one report', () => {
    const html = page('/zh/data/');
    expect(langOf(html)).toBe('zh-CN');
    expect(select(html, 'figure.chart figcaption').map(text)).toContain(
      '1个县市区中的1个公布了计划投资：港湾区2.5亿元。',
    );
    expect(
      select(html, 'data[data-figure="districts/harbour/investment_yuan"]').map((data) =>
        attr(data, 'value'),
      ),
    ).toEqual(['250000000', '250000000']);
    // Two editions of issue 1 are one source.
    const investment = select(html, 'figure.chart .chart__meta')[3];
    expect(investment && text(investment)).toContain('来源：第1期');
    expect(text(html)).toContain('尚无县市区报告相应数字');
  });

  it('resolves every internal link and asset reference to a file in the build', () => {
    const problems = checkInternalLinks(site.outDir, site.base, site.site);
    expect(describeLinkProblems(problems)).toEqual([]);
  });
});
