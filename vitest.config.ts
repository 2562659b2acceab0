/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Four suites: `unit` runs beside the code in src/ with Astro's Vite config, so `astro:content`
 * resolves for the tests to mock with fixture content (test/fixtures/unit.ts; no unit test
 * reads content/ or the data store), and type-checks the `*.test-d.ts` type tests; `bench` tests
 * the benchmark's corpus generator; `build` builds fixture sites under test/fixtures and reads
 * the HTML; `e2e` drives Chromium (scripts/chromium.ts: the system's, or the npm package's)
 * against built fixtures served on 127.0.0.1.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        // Unit tests see the site as `astro build` does (Vitest runs Vite's dev server, for
        // which src/integrations/previewMode.ts would say preview): drafts and scheduled
        // issues hidden, each list of src/lib/queries.ts computed once.
        define: { __COLUMN_PREVIEW__: 'false' },
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          // Only the type tests and what they import: Vitest runs plain tsc, which cannot read
          // .astro files (`npm run check` type-checks those with astro check).
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: './tsconfig.type-tests.json',
          },
        },
      },
      {
        test: {
          name: 'bench',
          include: ['scripts/bench/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          // Each file builds a whole site; running them one at a time keeps peak memory low.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
