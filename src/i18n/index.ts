/**
 * UI strings, read through `t()` so every word on a page can follow the page's language.
 * Content (titles, district names) comes from `content/`, not from here.
 */
import { en, type UiKey } from './en';
import { interpolate } from './interpolate';
import type { Lang } from './langs';
import { countForm, type CountForm } from './plural';
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

/**
 * The text either side of `{name}` in `key`'s string, the other placeholders filled: for a
 * phrase whose number is markup (a checked `<data>` figure), in the place each language puts it
 * — "34 planned", "计划34所".
 */
export function around(
  lang: Lang,
  key: UiKey,
  name: string,
  values: Record<string, string | number> = {},
): [before: string, after: string] {
  const parts = template(lang, key).split(`{${name}}`);
  if (parts.length !== 2)
    throw new Error(`t(): "${key}" must hold {${name}} once to be split around it`);
  const [before = '', after = ''] = parts.map((part) => interpolate(part, values, `t(): "${key}"`));
  return [before, after];
}

/** Dictionary keys that come in every `CountForm`: `districts.issueCount` for `districts.issueCount.one`… */
export type CountedKey = {
  [Key in UiKey]: Key extends `${infer Base}.other`
    ? `${Base}.${CountForm}` extends UiKey
      ? Base
      : never
    : never;
}[UiKey];

/** The phrase for `count` things in `lang`, in the form the language uses for that number. */
export function tCount(lang: Lang, key: CountedKey, count: number): string {
  return t(lang, `${key}.${countForm(lang, count)}`, { count });
}

/** `t` bound to one language, for a page's template. */
export function translator(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>) => t(lang, key, values);
}
