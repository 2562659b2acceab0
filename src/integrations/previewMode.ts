import type { AstroIntegration } from 'astro';

/**
 * Defines `__COLUMN_PREVIEW__`: true under `astro dev`, false in a build. Editors preview
 * drafts and scheduled issues in dev; a build must never publish them, whatever its
 * environment variables say.
 */
export function previewMode(): AstroIntegration {
  return {
    name: 'column:preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { __COLUMN_PREVIEW__: JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
