import type { Lang } from '../i18n/langs';
/**
 * Numbers, money and dates as readers expect them in each language:
 * 3.076 billion yuan / 30.76亿元, 6,684, 15 August 2022 / 2022年8月15日.
 */

const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

/**
 * One formatter per language and style, made on first use: creating an Intl formatter costs
 * about 60 times as much as using one, and a thousand-page build formats many thousand values.
 */
function formatter<Format>(make: (locale: string) => Format): (lang: Lang) => Format {
  const made = new Map<Lang, Format>();
  return (lang) => {
    let format = made.get(lang);
    if (!format) {
      format = make(INTL_LOCALE[lang]);
      made.set(lang, format);
    }
    return format;
  };
}

const numbers = formatter((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }));
const scaledNumbers = formatter(
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }),
);
const percents = formatter(
  (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
);
// Calendar dates are stored as UTC midnight, so they are formatted in UTC too.
const dates = formatter(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

export function formatNumber(value: number, lang: Lang): string {
  return numbers(lang).format(value);
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
  // Pick the unit after rounding, so 999,999,999 reads "1 billion", not "1,000 million".
  const rounded = (divisor: number) => Math.round((value / divisor) * 1e4) / 1e4;
  const unit = units.find(([divisor]) => rounded(divisor) >= 1);
  if (!unit) return `${formatNumber(value, lang)}${lang === 'zh-CN' ? '元' : ' yuan'}`;
  return `${scaledNumbers(lang).format(rounded(unit[0]))}${unit[1]}`;
}

/** A fraction from 0 to 1 as a percentage: 0.9 → "90%". */
export function formatShare(value: number, lang: Lang): string {
  return percents(lang).format(value);
}

export function formatDate(date: Date, lang: Lang): string {
  return dates(lang).format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
