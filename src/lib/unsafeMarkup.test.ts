import { createProcessor } from '@mdx-js/mdx';
import type { Nodes } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { saidAboutIn } from '../../test/support/messages';
import { attributeText, isUnsafeElement, unsafeMarkup } from './unsafeMarkup';

const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

/** Every node of an MDX text, parsed as the content check parses it. */
function nodes(mdx: string): Nodes[] {
  const found: Nodes[] = [];
  visit(parser.parse(mdx) as Nodes, (node) => {
    found.push(node);
  });
  return found;
}

/** The value of the first attribute in `<x … />`. */
function firstAttributeValue(mdx: string): MdxJsxAttribute['value'] {
  for (const node of nodes(mdx)) {
    if (node.type !== 'mdxJsxFlowElement') continue;
    const [first] = node.attributes;
    if (first?.type === 'mdxJsxAttribute') return first.value;
  }
  throw new Error(`no attribute in ${mdx}`);
}

describe('attributeText', () => {
  test.each([
    ['<x a="quoted" />', 'quoted'],
    ["<x a='single' />", 'single'],
    ['<x a={"in braces"} />', 'in braces'],
    ['<x a={600} />', '600'],
    ['<x a={`template`} />', 'template'],
  ])('returns the text of %s', (mdx, text) => {
    expect(attributeText(firstAttributeValue(mdx))).toBe(text);
  });

  test.each(['<x a={name} />', '<x a={`a${b}`} />', '<x a={"a" + "b"} />', '<x a />'])(
    'returns undefined for %s, which is code or no value',
    (mdx) => {
      expect(attributeText(firstAttributeValue(mdx))).toBeUndefined();
    },
  );
});

describe('isUnsafeElement', () => {
  test.each(['script', 'SCRIPT', 'Style', 'iframe', 'object', 'embed', 'svg:script'])(
    'refuses %s',
    (name) => {
      expect(isUnsafeElement(name)).toBe(true);
    },
  );

  test.each(['a', 'img', 'Figure', 'Callout', 'scripts', 'description'])('allows %s', (name) => {
    expect(isUnsafeElement(name)).toBe(false);
  });
});

describe('unsafeMarkup', () => {
  test('returns nothing for every node of a safe article', () => {
    const article = [
      '## Progress',
      '',
      'Text with **bold**, a [link](https://example.org) and ![a school](images/school.png).',
      '',
      '<Figure src="images/school.png" alt="A school" caption="The new school" />',
      '',
      '<a href="mailto:desk@example.org" title={"Write to us"}>Write to us</a>',
    ].join('\n');
    expect(nodes(article).flatMap(unsafeMarkup)).toEqual([]);
  });

  test('returns one problem per unsafe attribute, each at its own line', () => {
    const [element] = nodes('<a\n  href="javascript:x()"\n  onclick="y()"\n>z</a>').filter(
      (node) => node.type === 'mdxJsxTextElement',
    );
    const found = unsafeMarkup(element as Nodes);
    expect(found.map(({ line }) => line)).toEqual([2, 3]);
    expect(saidAboutIn(found)).toEqual({
      en: [
        '<a href> points to a javascript: address — link to a web page with a plain https address, e.g. [the report](https://example.org/report)',
        'onclick on <a> would run a script — remove onclick: an issue cannot run scripts',
      ],
      'zh-CN': [
        '<a href> 指向 javascript: 地址 — 链接到以 https 开头的普通网址，如 [报告原文](https://example.org/report)',
        '<a> 上的 onclick 会运行脚本 — 删掉 onclick：各期不能运行脚本',
      ],
    });
  });
});
