/**
 * Which wording of a counted phrase to use. Kept apart from the dictionaries, like
 * interpolate.ts, so the search page's browser script can use it.
 */

/**
 * `none` for zero, which gets words of its own ("No issue yet", not "0 issues"); otherwise
 * the language's plural category. English and Chinese have only `one` and `other`
 * (Chinese only `other`), so a dictionary gives those two.
 */
export type CountForm = 'none' | 'one' | 'other';

const rules = new Map<string, Intl.PluralRules>();

/** The form of a phrase counting `count` things in `lang`, a BCP 47 tag such as `zh-CN`. */
export function countForm(lang: string, count: number): CountForm {
  if (count === 0) return 'none';
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}
