/**
 * UI strings, read through `t()` so every word on a page can follow the page's language.
 * Content (titles, district names) comes from `content/`, not from here.
 */
import type { Lang } from '../lib/schema';
import { en, type UiKey } from './en';
import { interpolate } from './interpolate';
import { zhCN } from './zh-CN';

const dictionaries: Record<Lang, Record<UiKey, string>> = { en, 'zh-CN': zhCN };

export type { UiKey };

/** The string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return interpolate(template(lang, key), values, `t(): "${key}"`);
}

/** The string for `key` with its placeholders left in, for code that fills them later. */
export function template(lang: Lang, key: UiKey): string {
  return dictionaries[lang][key];
}

/** `t` bound to one language, for a page's template. */
export function translator(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>) => t(lang, key, values);
}

/** The district or column name field for a language: `en` or `zh`. */
export function nameKey(lang: Lang): 'en' | 'zh' {
  return lang === 'zh-CN' ? 'zh' : 'en';
}

/** The name field of the other language, for a name given in both (`苏州` beside `Suzhou`). */
export function otherNameKey(lang: Lang): 'en' | 'zh' {
  return nameKey(lang) === 'en' ? 'zh' : 'en';
}
