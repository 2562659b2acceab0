// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { readBuildEnv } from './src/lib/buildEnv.ts';
import { sitemapLocales } from './src/lib/urls.ts';
import { contentChecks } from './src/integrations/contentChecks.ts';
import { contentStore } from './src/integrations/contentStore.ts';
import { editorHelp } from './src/integrations/editorHelp.ts';
import { figureCheck } from './src/integrations/figureCheck.ts';
import { knownWarnings } from './src/integrations/knownWarnings.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { previewMode } from './src/integrations/previewMode.ts';
import { publicationCheck } from './src/integrations/publicationCheck.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { figureNowrap } from './src/lib/figureNowrap.ts';
import { tableAlign } from './src/lib/tableAlign.ts';

const env = readBuildEnv();

export default defineConfig({
  site: env.site,
  base: env.base,
  outDir: env.outDir,
  cacheDir: env.cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The Content Security Policy (src/lib/csp.ts) allows stylesheets from the site only, with
    // no 'unsafe-inline': Astro must link every stylesheet, never inline a small one.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Sätteri, Astro's own processor, with GFM and smart punctuation on by default; MDX inherits
    // it. Parsing in Rust, it bundled the benchmark's MDX in well under half the time unified +
    // remark-gfm took (docs/benchmark-history.md). tableAlign: Sätteri writes table column alignment as inline
    // style, which the CSP refuses. figureNowrap: a figure never parts from its unit at a line end.
    processor: satteri({ hastPlugins: [tableAlign, figureNowrap] }),
  },
  image: {
    // AVIF at sharp's default effort took nine tenths of a 1,000-issue cold build (benchmark,
    // docs/benchmark-history.md); effort 0 encodes ~7× faster for files about a fifth larger.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 0 } } },
  },
  integrations: [
    contentStore(env.cacheDir),
    contentChecks(env.contentDir, { asked: env.messagesLang, cacheDir: env.cacheDir }),
    editorHelp(env.contentDir, env.cacheDir),
    knownWarnings(),
    previewMode(),
    mdx(),
    // Pages readers land on; the search page has no content of its own to index.
    sitemap({ filter: (page) => !/\/search\/$/.test(page), i18n: sitemapLocales() }),
    pagefindIndex(),
    publicationCheck(),
    figureCheck(),
    securityHeaders(),
  ],
  experimental: {
    // Pages with a `cacheKey` (issue and project pages, src/lib/cacheKeys.ts) whose key and
    // templates are unchanged are copied from the last build instead of rendered. It needs
    // build.concurrency 1, Astro's default.
    incrementalBuild: true,
    // Completion, hover text and checking in the issues' frontmatter in VS Code: Astro writes
    // .astro/collections/collections.json, which tells its language server which schema
    // each file has (docs/vscode.md).
    contentIntellisense: true,
  },
  vite: {
    resolve: { alias: { '@content': env.contentDir } },
    // Never inline a small asset as a data: URI or a script into the page: the CSP allows
    // scripts, styles and images from the site's own files only.
    build: { assetsInlineLimit: 0 },
  },
});
