/**
 * Where the benchmark's builds find their packages. Astro writes a static build's server
 * chunks into the output folder when that folder lies inside the working directory, else into
 * a folder of its own in the working directory, and it decides which by comparing the paths as
 * strings (`getOutDirWithinCwd`, astro/dist/core/build/common.js, Astro 7.3): an output folder
 * `/tmp/column-bench/baseline/dist` counts as inside a clone at `/tmp/column`. The chunks then
 * sit in the work folder, where `import('sharp')` finds no node_modules and every picture
 * fails with MissingSharp. Linking the project's node_modules into the work folder lets the
 * chunks resolve the project's packages wherever Astro puts them.
 */
import { isAbsolute, join, relative } from 'node:path';

/** Whether `path` is `folder` or lies inside it, compared by whole path segments. */
export function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

export interface ModuleLink {
  /** The link to make. */
  link: string;
  /** The folder it points to. */
  target: string;
}

/**
 * The links `work` needs so that what is built in it resolves the project's packages: none when
 * it lies inside the project, whose own node_modules every file there already finds.
 */
export function moduleLinks(projectRoot: string, work: string): ModuleLink[] {
  if (isInside(projectRoot, work)) return [];
  return [{ link: join(work, 'node_modules'), target: join(projectRoot, 'node_modules') }];
}

/** What a failed build's output says about the packages it was given, when sharp went missing. */
export function missingSharpHelp(output: string, links: readonly ModuleLink[]): string | undefined {
  if (!output.includes('MissingSharp')) return undefined;
  const linked = links.length
    ? links.map(({ link, target }) => `${link} → ${target}`).join(', ')
    : 'none (the work folder is inside the project and uses its node_modules)';
  return `sharp was not found from the build's chunks. Linked node_modules: ${linked}. Is sharp installed in the project (npm ci)?`;
}
