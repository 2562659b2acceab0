/**
 * The benchmark generator's own tests, outside the project's test suites (they do not build or
 * measure anything): npx vitest run --config scripts/bench/vitest.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['scripts/bench/**/*.test.ts'],
  },
});
