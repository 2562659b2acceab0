import { readFileSync } from 'node:fs';

/**
 * The text of a file an editor saved. Windows editors such as Notepad start UTF-8 files with a
 * byte-order mark: it is not part of the text, the `yaml` library misreads a list after it,
 * and it takes no line, so dropping it keeps every line number as the editor sees it.
 * (Astro's own readers, js-yaml and its frontmatter parser, skip it as well.)
 */
export function readContentFile(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}
