/**
 * One thing wrong in the content folder, and how it is shown to an editor. Its own module so
 * that every check (frontmatter, article, folder) can report problems without importing the
 * others.
 */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/issues/004-hanting.mdx`. */
  file: string;
  /** 1-based line, when the YAML says where the field is. */
  line?: number;
  /** Dotted field path, e.g. `stats.newPlaces`; `frontmatter` or `body` for whole-part problems. */
  field: string;
  problem: string;
  fix: string;
}

export function formatProblem({ file, line, field, problem, fix }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ''} ${field}: ${problem} — ${fix}`;
}
