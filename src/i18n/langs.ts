/**
 * The languages the site is built in, and which half of a bilingual name (`{ en, zh }` in
 * column.yaml and districts.yaml) each one reads.
 *
 * Here rather than in the content schema, so the schema (an issue's `lang`), the query
 * layer and the UI dictionaries all take the list from below them, and src/i18n never
 * imports from src/lib. No imports of its own: the editor scripts run it straight in Node.
 */
export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language by its own name, as a language switch offers it. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '中文' };

/** The district or column name field for a language: `en` or `zh`. */
export function nameKey(lang: Lang): 'en' | 'zh' {
  return lang === 'zh-CN' ? 'zh' : 'en';
}

/** The other of the two languages a bilingual name is given in. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh-CN' ? 'en' : 'zh-CN';
}

/** The name field of the other language, for a name given in both (`苏州` beside `Suzhou`). */
export function otherNameKey(lang: Lang): 'en' | 'zh' {
  return nameKey(otherLang(lang));
}
