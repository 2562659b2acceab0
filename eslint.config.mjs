// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', '.dist-*/', '.astro/', 'test/.output/', 'node_modules/', 'public/'],
  },
  tseslint.configs.strict,
  eslintPluginAstro.configs.recommended,
  {
    rules: {
      // A callback must sometimes take a parameter it does not use to reach the next one
      // (`(_placeholder, name) => …` in i18n/interpolate.ts); the underscore says so.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
