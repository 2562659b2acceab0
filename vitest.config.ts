/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three suites: `unit` runs beside the code in src/ with Astro's Vite config, so modules that
 * import `astro:content` resolve; `build` builds fixture sites under test/fixtures and reads
 * the HTML; `e2e` drives Debian's Chromium against built fixtures served on 127.0.0.1.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'] },
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
