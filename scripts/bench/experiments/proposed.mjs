// @ts-check
/**
 * What-if for the benchmark: the column's own Astro config with the build-cost fixes proposed
 * in README's Benchmark section, without editing it. Run with
 *
 *   npm run bench -- --variants baseline,site --site-config scripts/bench/experiments/proposed.mjs
 *
 * - Markdown: unified + remark-gfm as shipped, without smartypants (remark-smartypants runs
 *   retext over every text node: about 40% of the MDX compile time).
 * - Images: sharp's AVIF encoder at effort 0 instead of 4 (the site's <Picture> makes three
 *   AVIF widths per cover).
 * - Rendering: two pages at a time, so the social-image cards (sharp, off the main thread)
 *   use both cores.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import config from '../../../astro.config.mjs';
import { rehypeTableAlign } from '../../../src/lib/rehypeTableAlign.ts';

export default {
  ...config,
  build: { ...config.build, concurrency: 2 },
  markdown: {
    ...config.markdown,
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeTableAlign],
    }),
  },
  image: {
    ...config.image,
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { avif: { effort: 0 } },
    },
  },
};
