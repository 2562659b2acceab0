/**
 * The words of the editors' tools (checks.en.ts, checks.zh-CN.ts). A check records what it
 * found as a key and the values for its placeholders, and whatever prints the problem renders
 * it in the language asked for, so one run of the check reads the same in either language.
 *
 * The editor scripts run this straight in Node, hence the `.ts` in every import.
 */
import type { ErrorCode } from 'yaml';
import { checksEn, type CheckKey } from './checks.en.ts';
import { argErrorsZhCN, checksZhCN, mdxErrorsZhCN, yamlErrorsZhCN } from './checks.zh-CN.ts';
import { interpolate } from './interpolate.ts';
import { LANGS, type Lang } from './langs.ts';

const catalogues: Record<Lang, Record<CheckKey, string>> = { en: checksEn, 'zh-CN': checksZhCN };

export type { CheckKey };

/**
 * Words a library already gives in English, beside their Chinese from the tables in
 * checks.zh-CN.ts: the YAML and MDX readers' errors, Zod's and Node's own messages.
 */
export type Localised = Readonly<Record<Lang, string>>;

/**
 * A value in a message: text shown as it is in both languages (a path, a field name, an id), a
 * number, another message, words per language, or a list, joined as the language joins one.
 */
export type MessageValue = string | number | CheckMessage | Localised | readonly string[];

export interface CheckMessage {
  readonly key: CheckKey;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

export function msg(key: CheckKey, values?: Readonly<Record<string, MessageValue>>): CheckMessage {
  return values ? { key, values } : { key };
}

/** Keys that come as `.one` and `.other`: `validate.problems` for `validate.problems.one`… */
export type CountedCheckKey = {
  [Key in CheckKey]: Key extends `${infer Base}.other`
    ? `${Base}.one` extends CheckKey
      ? Base
      : never
    : never;
}[CheckKey];

/**
 * The message for `count` things, `{count}` filled in. English needs the singular for one;
 * Chinese words both forms alike, so the choice need not wait for the language.
 */
export function counted(
  base: CountedCheckKey,
  count: number,
  values: Readonly<Record<string, MessageValue>> = {},
): CheckMessage {
  return msg(`${base}.${count === 1 ? 'one' : 'other'}`, { ...values, count });
}

/** Text an editor wrote, quoted as the language quotes it: "about 600", “about 600”. */
export function quoted(text: string): CheckMessage {
  // Escaped as JSON, so a line break in the value cannot break the one-line format.
  return msg('value.text', { text: JSON.stringify(text).slice(1, -1) });
}

const isList = (value: MessageValue): value is readonly string[] => Array.isArray(value);

function renderValue(lang: Lang, value: MessageValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isList(value)) return value.join(catalogues[lang]['list.separator']);
  if ('key' in value) return renderMessage(lang, value);
  return value[lang];
}

/** `message` in `lang`, every value rendered in the same language. */
export function renderMessage(lang: Lang, message: CheckMessage): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [name, renderValue(lang, value)]),
  );
  return interpolate(catalogues[lang][message.key], values, `checks: "${message.key}"`);
}

/** Whether `value` (say, the params of a Zod issue) is a message of this catalogue. */
export function isCheckMessage(value: unknown): value is CheckMessage {
  if (typeof value !== 'object' || value === null || !('key' in value)) return false;
  return typeof value.key === 'string' && Object.hasOwn(checksEn, value.key);
}

/** The language named `name` exactly (`en`, `zh-CN`), or undefined when there is none. */
export function parseLang(name: string): Lang | undefined {
  return LANGS.find((lang) => lang === name);
}

/** A YAML reader's error: its own English words, and the Chinese for its code. */
export function yamlError(code: ErrorCode, message: string): Localised {
  return { en: message, 'zh-CN': yamlErrorsZhCN[code] };
}

/** What the MDX reader threw, as its `source:ruleId` and its English `reason`. */
export interface MdxError {
  reason: string;
  source?: string | undefined;
  ruleId?: string | undefined;
  /** The character at the place of the error, for the rules that name it. */
  char?: string | undefined;
}

/** The MDX reader's error: its own English words, and the Chinese for its rule. */
export function mdxError({ reason, source, ruleId, char }: MdxError): Localised {
  const rule = mdxErrorsZhCN.rules[`${source ?? ''}:${ruleId ?? ''}`];
  const needsChar = rule?.includes('{char}') ?? false;
  const chinese =
    rule && (!needsChar || char !== undefined)
      ? interpolate(rule, char === undefined ? {} : { char })
      : mdxErrorsZhCN.other;
  return { en: reason, 'zh-CN': chinese };
}

/** Node's `parseArgs` error: its own English words, and the Chinese for its code. */
export function argError(error: { code?: unknown; message: string }): Localised {
  const chinese =
    (typeof error.code === 'string' ? argErrorsZhCN.codes[error.code] : undefined) ??
    argErrorsZhCN.other;
  return { en: error.message, 'zh-CN': chinese };
}
