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
  const units: [number, string][] =
    lang === 'zh-CN'
      ? [
          [1e8, '亿元'],
          [1e4, '万元'],
        ]
      : [
          [1e9, ' billion yuan'],
          [1e6, ' million yuan'],
        ];
  const scaledFormat = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 4 });
  // Pick the unit after rounding, so 999,999,999 reads "1 billion", not "1,000 million".
  const rounded = (divisor: number) => Math.round((value / divisor) * 1e4) / 1e4;
  const unit = units.find(([divisor]) => rounded(divisor) >= 1);
  if (!unit) return `${formatNumber(value, lang)}${lang === 'zh-CN' ? '元' : ' yuan'}`;
  return `${scaledFormat.format(rounded(unit[0]))}${unit[1]}`;
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
