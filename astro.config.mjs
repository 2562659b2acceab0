// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readBuildEnv } from './src/lib/buildEnv.ts';
import { sitemapLocales } from './src/lib/urls.ts';
import { contentChecks } from './src/integrations/contentChecks.ts';
import { editorHelp } from './src/integrations/editorHelp.ts';
import { figureCheck } from './src/integrations/figureCheck.ts';
import { knownWarnings } from './src/integrations/knownWarnings.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { previewMode } from './src/integrations/previewMode.ts';
import { publicationCheck } from './src/integrations/publicationCheck.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { rehypeTableAlign } from './src/lib/rehypeTableAlign.ts';

const env = readBuildEnv();
// For the benchmark only (npm run bench): COLUMN_MARKDOWN=satteri leaves `markdown.processor`
// unset, so Astro's default Sätteri processor runs and the cost of unified + remark-gfm shows.
const satteri = process.env['COLUMN_MARKDOWN'] === 'satteri';

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
    // remark-gfm is pinned in package.json and added here; `gfm: false` stops the processor
    // adding its own copy, which would run the GFM transforms twice.
    // rehypeTableAlign: MDX would write table column alignment as inline style, which the CSP refuses.
    ...(satteri
      ? {}
      : {
          processor: unified({
            gfm: false,
            remarkPlugins: [remarkGfm],
            rehypePlugins: [rehypeTableAlign],
          }),
        }),
  },
  image: {
    // AVIF at sharp's default effort took nine tenths of a 1,000-issue cold build (benchmark,
    // README); effort 0 encodes ~7× faster for files about a fifth larger.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 0 } } },
  },
  integrations: [
    contentChecks(env.contentDir, env.messagesLang),
    editorHelp(env.contentDir),
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
