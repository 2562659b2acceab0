/**
 * A check's problems as each language shows them, so a test states the English and the
 * Chinese line of every case side by side.
 */
import { renderMessage, type CheckMessage } from '../../src/i18n/checks';
import { LANGS, type Lang } from '../../src/i18n/langs';
import { formatProblem, type ContentProblem } from '../../src/lib/contentProblem';

export type InEachLang<Value> = Record<Lang, Value>;

function inEachLang<Value>(render: (lang: Lang) => Value): InEachLang<Value> {
  return Object.fromEntries(LANGS.map((lang) => [lang, render(lang)])) as InEachLang<Value>;
}

/** Each problem as its `file:line field: problem — fix` line, in each language. */
export function linesIn(problems: readonly ContentProblem[]): InEachLang<string[]> {
  return inEachLang((lang) => problems.map((problem) => formatProblem(problem, lang)));
}

/** A message in each language. */
export function saidIn(message: CheckMessage): InEachLang<string> {
  return inEachLang((lang) => renderMessage(lang, message));
}

/** A problem and its fix in each language. */
export function describedIn(found: {
  problem: CheckMessage;
  fix: CheckMessage;
}): InEachLang<{ problem: string; fix: string }> {
  return inEachLang((lang) => ({
    problem: renderMessage(lang, found.problem),
    fix: renderMessage(lang, found.fix),
  }));
}

/** Each problem with its words rendered, in each language. */
export function shownIn(problems: readonly ContentProblem[]) {
  return inEachLang((lang) =>
    problems.map((found) => ({
      ...found,
      problem: renderMessage(lang, found.problem),
      fix: renderMessage(lang, found.fix),
    })),
  );
}

/** What each problem says is wrong, in each language. */
export function problemsIn(problems: readonly ContentProblem[]): InEachLang<string[]> {
  return inEachLang((lang) => problems.map((found) => renderMessage(lang, found.problem)));
}

/** Each problem as `problem — fix`, in each language. */
export function saidAboutIn(problems: readonly { problem: CheckMessage; fix: CheckMessage }[]) {
  return inEachLang((lang) =>
    problems.map(
      (found) => `${renderMessage(lang, found.problem)} — ${renderMessage(lang, found.fix)}`,
    ),
  );
}
