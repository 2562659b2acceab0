// @ts-check
import { defineConfig } from 'html-validate';

/**
 * html-validate over the built site: test/build/quality.test.ts runs it on fixture builds and
 * on the real column, and `npx html-validate dist` runs it by hand. A rule switched off or
 * narrowed says why.
 */
export default defineConfig({
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Issue titles are the editors' headlines (up to 120 characters, by the content schema),
    // followed in <title> by the column's name. A search engine shortens a long title itself;
    // cutting a headline here would misquote it.
    'long-title': 'off',
    // Subresource integrity guards files fetched from someone else's server. Every script and
    // stylesheet here is the site's own (the Content Security Policy allows nothing else), so
    // integrity is required only on cross-origin resources, of which there are none.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});
