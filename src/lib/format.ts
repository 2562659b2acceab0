/**
 * Numbers, money and dates as readers expect them in each language:
 * 3.076 billion yuan / 30.76亿元, 6,684, 15 August 2022 / 2022年8月15日.
 */
import type { Lang } from './schema';

const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 3 }).format(value);
}

/** Large sums in the units each language's press uses: billion/million, or 亿/万. */
export function formatYuan(value: number, lang: Lang): string {
  const scaled = (divisor: number) =>
    new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 4 }).format(value / divisor);
  if (lang === 'zh-CN') {
    if (value >= 1e8) return `${scaled(1e8)}亿元`;
    if (value >= 1e4) return `${scaled(1e4)}万元`;
    return `${formatNumber(value, lang)}元`;
  }
  if (value >= 1e9) return `${scaled(1e9)} billion yuan`;
  if (value >= 1e6) return `${scaled(1e6)} million yuan`;
  return `${formatNumber(value, lang)} yuan`;
}

/** A fraction from 0 to 1 as a percentage: 0.9 → "90%". */
export function formatShare(value: number, lang: Lang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value);
}

/** Calendar dates are stored as UTC midnight, so they are formatted in UTC too. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
