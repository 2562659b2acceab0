/** Set by src/integrations/previewMode.ts: true under `astro dev`, false in a build. */
declare const __COLUMN_PREVIEW__: boolean;
