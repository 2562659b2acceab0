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

/** An issue file's two parts. */
export interface IssueParts {
  /** The YAML between the `---` lines. */
  frontmatter: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The file line the body starts on, counting from 1. */
  bodyStartLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits an issue's text into frontmatter and body; undefined when it does not start with a
 * `---` line and have a closing one. The frontmatter's first line is the file's line 2.
 */
export function splitFrontmatter(source: string): IssueParts | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return {
    frontmatter: match[1] ?? '',
    body: source.slice(match[0].length),
    bodyStartLine: (match[0].match(/\n/g)?.length ?? 0) + 1,
  };
}
