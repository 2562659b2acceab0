/**
 * Moves GFM column alignment (`| --: |`) out of inline style. remark puts `align` on each
 * `<th>`/`<td>`, and MDX writes that as `style="text-align: right"`; the site's Content
 * Security Policy (src/lib/csp.ts) allows no style attributes, so the browser would drop the
 * alignment and report a violation on every page with such a table. Here it becomes
 * `data-align`, which the stylesheet reads.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeTableAlign() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'th' && node.tagName !== 'td') return;
      const align = node.properties['align'];
      if (typeof align !== 'string') return;
      delete node.properties['align'];
      node.properties['dataAlign'] = align;
    });
  };
}
