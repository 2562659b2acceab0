/** Folders the test helpers share. */
import { fileURLToPath } from 'node:url';

/** The repository root: Astro is run from here, and content problems are reported relative to it. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where fixture sites are built: `test/.output/<name>/dist` (ignored by git). */
export const outputRoot = fileURLToPath(new URL('../.output/', import.meta.url));

/** The content folder of a fixture under `test/fixtures/<name>/content`. */
export function fixtureContent(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}/content/`, import.meta.url));
}
