import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { figureNowrap } from './figureNowrap';

const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [figureNowrap] }).html;

describe('figureNowrap', () => {
  test('wraps each figure with its unit in a span that does not break', () => {
    expect(html('今年新增学位6684个，竣工**10所**，投资30.76亿元。')).toBe(
      '<p>今年新增学位<span class="nowrap">6684个</span>，竣工<strong><span class="nowrap">10所</span></strong>，投资<span class="nowrap">30.76亿元</span>。</p>\n',
    );
  });

  test('wraps an English figure with its scale and unit', () => {
    expect(html('It invests 3.076 billion yuan.')).toContain(
      '<span class="nowrap">3.076 billion yuan</span>',
    );
  });

  test('leaves code and text without figures as written', () => {
    expect(html('`30个` and\n\n```\n10所\n```\n\n新建学校')).toBe(
      '<p><code>30个</code> and</p>\n<pre><code>10所\n</code></pre>\n<p>新建学校</p>\n',
    );
  });

  test('wraps figures in MDX with a class attribute, never a style', () => {
    const { code } = mdxToJs('投资30.76亿元建设', {
      hastPlugins: [figureNowrap],
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    });
    expect(code).toMatch(/class: "nowrap",\s*children: "30\.76亿元"/);
    expect(code).not.toContain('style');
  });
});
