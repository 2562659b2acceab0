/**
 * Moves GFM column alignment (`| --: |`) out of inline style. Sätteri, Astro's Markdown
 * processor, writes it on each `<th>`/`<td>` as `style="text-align: right"`; the site's Content
 * Security Policy (src/lib/csp.ts) allows no style attributes, so the browser would drop the
 * alignment and report a violation on every page with such a table. Here it becomes
 * `data-align`, which the stylesheet reads.
 */
import { defineHastPlugin } from 'satteri';

/** The whole style Sätteri gives an aligned cell; a cell styled any other way is left alone. */
const ALIGNMENT_STYLE = /^text-align:\s*(left|center|right);?$/;

export const tableAlign = defineHastPlugin({
  name: 'table-align',
  element: {
    // Sätteri hands only these elements across from Rust, so the rest of the tree costs nothing.
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties['style'];
      const align = typeof style === 'string' ? ALIGNMENT_STYLE.exec(style.trim())?.[1] : undefined;
      if (align === undefined) return;
      ctx.setProperty(node, 'style', null);
      ctx.setProperty(node, 'dataAlign', align);
    },
  },
});
