/**
 * One thing wrong in the content folder, and how it is shown to an editor. Its own module so
 * that every check (frontmatter, article, folder) can report problems without importing the
 * others.
 */
import { renderMessage, type CheckMessage } from '../i18n/checks.ts';
import type { Lang } from '../i18n/langs.ts';

export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/issues/004-hanting.mdx`. */
  file: string;
  /** 1-based line, when the YAML says where the field is. */
  line?: number;
  /** Dotted field path, e.g. `stats.newPlaces`; `frontmatter` or `body` for whole-part problems. */
  field: string;
  /** What is wrong, and how to fix it: messages, so a problem can be shown in either language. */
  problem: CheckMessage;
  fix: CheckMessage;
}

/**
 * `file:line field: problem — fix`, in `lang`. The separators are the same in every language,
 * so a tool that reads the lines reads Chinese ones too.
 */
export function formatProblem(
  { file, line, field, problem, fix }: ContentProblem,
  lang: Lang,
): string {
  return `${file}${line ? `:${line}` : ''} ${field}: ${renderMessage(lang, problem)} — ${renderMessage(lang, fix)}`;
}
