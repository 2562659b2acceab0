/**
 * Keeps each figure in an article with its unit on one line: "30.76亿元", "6684个", "90%以上",
 * "3.076 billion yuan" become `<span class="nowrap">`, so the browser, free to break Chinese
 * between any two characters, cannot leave "30.76" at the end of a line and "亿元" at the start
 * of the next. A class, not a style attribute: the site's Content Security Policy (src/lib/csp.ts)
 * allows no style attributes.
 */
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { figureRuns, NOWRAP_CLASS } from './lineBreaks.ts';

/** Elements whose text is shown as written, where a wrapper would change what a reader copies. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

export const figureNowrap = defineHastPlugin({
  name: 'figure-nowrap',
  text(node, ctx) {
    const parent = ctx.parent(node);
    if (parent?.type === 'element' && VERBATIM.has(parent.tagName)) return;
    const runs = figureRuns(node.value);
    if (!runs.some((run) => run.nowrap)) return;
    ctx.replaceNode(
      node,
      runs.map(({ text, nowrap }): ElementContent =>
        nowrap
          ? {
              type: 'element',
              tagName: 'span',
              properties: { className: [NOWRAP_CLASS] },
              children: [{ type: 'text', value: text }],
            }
          : { type: 'text', value: text },
      ),
    );
  },
});
