import type { AstroIntegration } from 'astro';

/** The parts of a Rolldown warning this filter reads. */
export interface BundlerWarning {
  code?: string;
  id?: string;
  message: string;
}

/**
 * Astro marks each MDX entry's `?astroPropagatedAssets` module with the directive
 * `"use astro:head-inject"` for its own head-propagation pass; Rolldown then warns, once per
 * MDX file, that it may not keep the directive. It is Astro's module, nothing an editor or we
 * can change, and the warning says nothing about the site: upstream withastro/astro#18087.
 * Only that warning on those modules is dropped — any other directive, anywhere, still warns.
 */
export function isAstroHeadInjectWarning(warning: BundlerWarning): boolean {
  return (
    warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
    warning.message.includes('"use astro:head-inject"') &&
    (warning.id ?? warning.message).includes('?astroPropagatedAssets')
  );
}

/** Keeps a normal build's log free of warnings we know to be Astro's own (see above). */
export function knownWarnings(): AstroIntegration {
  return {
    name: 'column:known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: BundlerWarning, warn: (warning: BundlerWarning) => void) {
                  if (!isAstroHeadInjectWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
