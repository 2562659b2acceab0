import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, test } from 'vitest';
import { rehypeTableAlign } from './rehypeTableAlign';

const TABLE = ['| Site | Classrooms | Note |', '| :-- | --: | --- |', '| East | 24 | new |'].join(
  '\n',
);

/** The JavaScript MDX makes of `source`, with or without the plugin. */
async function compiled(source: string, withPlugin: boolean): Promise<string> {
  const file = await compile(source, {
    remarkPlugins: [remarkGfm],
    rehypePlugins: withPlugin ? [rehypeTableAlign] : [],
  });
  return String(file);
}

describe('rehypeTableAlign', () => {
  test('MDX writes column alignment as inline style without it', async () => {
    expect(await compiled(TABLE, false)).toContain('textAlign');
  });

  test('turns column alignment into data-align on header and body cells', async () => {
    const js = await compiled(TABLE, true);
    expect(js).not.toMatch(/textAlign|text-align|style/);
    expect(js.match(/"data-align": "left"/g)).toHaveLength(2);
    expect(js.match(/"data-align": "right"/g)).toHaveLength(2);
  });

  test('leaves cells of columns without alignment alone', async () => {
    const js = await compiled('| A | B |\n| --- | --- |\n| 1 | 2 |', true);
    expect(js).not.toContain('data-align');
  });
});
