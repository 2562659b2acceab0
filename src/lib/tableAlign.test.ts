import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { tableAlign } from './tableAlign';

const TABLE = [
  '| Site | Classrooms | Opens | Note |',
  '| :-- | --: | :-: | --- |',
  '| East | 24 | 2023 | new |',
].join('\n');

/** The JavaScript Sätteri makes of an MDX `source` with Astro's options, with or without the plugin. */
function compiled(source: string, withPlugin: boolean): string {
  const { code } = mdxToJs(source, {
    hastPlugins: withPlugin ? [tableAlign] : [],
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
  return code;
}

describe('tableAlign', () => {
  test('Sätteri writes column alignment as inline style without it', () => {
    expect(compiled(TABLE, false)).toContain('textAlign');
  });

  test('turns column alignment into data-align on header and body cells of an MDX table', () => {
    const js = compiled(TABLE, true);
    expect(js).not.toMatch(/textAlign|text-align|style/);
    expect(js.match(/"data-align": "left"/g)).toHaveLength(2);
    expect(js.match(/"data-align": "right"/g)).toHaveLength(2);
    expect(js.match(/"data-align": "center"/g)).toHaveLength(2);
  });

  test('writes data-align attributes in HTML and leaves unaligned columns alone', () => {
    const { html } = markdownToHtml(TABLE, { hastPlugins: [tableAlign] });
    const cells = html.match(/<t[hd](?: [^>]*)?>/g);
    expect(cells).toEqual([
      '<th data-align="left">',
      '<th data-align="right">',
      '<th data-align="center">',
      '<th>',
      '<td data-align="left">',
      '<td data-align="right">',
      '<td data-align="center">',
      '<td>',
    ]);
  });

  test('leaves a table without alignment untouched', () => {
    const source = '| A | B |\n| --- | --- |\n| 1 | 2 |';
    expect(compiled(source, true)).toBe(compiled(source, false));
  });
});
