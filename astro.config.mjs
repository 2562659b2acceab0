// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readBuildEnv } from './src/lib/buildEnv.ts';
import { contentChecks } from './src/integrations/contentChecks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { previewMode } from './src/integrations/previewMode.ts';
import { publicationCheck } from './src/integrations/publicationCheck.ts';

const env = readBuildEnv();

export default defineConfig({
  site: env.site,
  base: env.base,
  outDir: env.outDir,
  cacheDir: env.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // remark-gfm is pinned in package.json and added here; `gfm: false` stops the processor
    // adding its own copy, which would run the GFM transforms twice.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [
    contentChecks(env.contentDir),
    previewMode(),
    mdx(),
    // Pages readers land on; the search page has no content of its own to index.
    sitemap({ filter: (page) => !/\/search\/$/.test(page) }),
    pagefindIndex(),
    publicationCheck(),
  ],
  vite: {
    resolve: { alias: { '@content': env.contentDir } },
  },
});
