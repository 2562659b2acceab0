import type { Lang } from '../i18n/langs.ts';
/**
 * Numbers, money and dates as readers expect them in each language: 3.076 billion yuan /
 * 30.76亿元, 6,684 / 6684, 15 August 2022 / 2022年8月15日.
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

const NUMBER_DECIMALS = 3;
const SHARE_DECIMALS = 1;

// Chinese news style writes counts without separators (6684个学位), as GB/T 15835 allows.
const numbers = formatter(
  (locale) =>
    new Intl.NumberFormat(locale, {
      maximumFractionDigits: NUMBER_DECIMALS,
      useGrouping: locale !== INTL_LOCALE['zh-CN'],
    }),
);
const percents = formatter(
  (locale) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: SHARE_DECIMALS }),
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

/**
 * `value` cut to `decimals` places: figures are never rounded up, so none reads larger than
 * it is. Float noise is cleared first, or 30.76 (stored as 30.7599999…) would be cut to 30.75.
 */
function truncate(value: number, decimals: number): number {
  if (Number.isInteger(value)) return value;
  const scale = 10 ** decimals;
  return Math.trunc(Number((value * scale).toPrecision(15))) / scale;
}

/** A count or amount, to at most three decimals. */
export function formatNumber(value: number, lang: Lang): string {
  return numbers(lang).format(truncate(value, NUMBER_DECIMALS));
}

interface YuanUnit {
  divisor: number;
  suffix: string;
}

/**
 * The units each language's press writes large sums in, largest first, and how many decimals
 * of the unit it keeps (at most `formatNumber`'s three): 30.76亿元 and 630万元; 3.076 billion and
 * 6.3 million yuan.
 */
const YUAN_STYLE: Record<Lang, { units: YuanUnit[]; decimals: number; plain: string }> = {
  'zh-CN': {
    units: [
      { divisor: 1e8, suffix: '亿元' },
      { divisor: 1e4, suffix: '万元' },
    ],
    decimals: 2,
    plain: '元',
  },
  en: {
    units: [
      // A no-break space keeps the number with its magnitude at a line end.
      { divisor: 1e9, suffix: '\u00a0billion yuan' },
      { divisor: 1e6, suffix: '\u00a0million yuan' },
    ],
    decimals: 3,
    plain: ' yuan',
  },
};

/**
 * A large sum in the units its language's press uses: billion/million, or 亿/万. Digits beyond
 * the kept decimals are dropped, never rounded up, so a figure never reads larger than it is:
 * 99,999,999 yuan is 9999.99万元, not 1亿元.
 */
export function formatYuan(value: number, lang: Lang): string {
  const { units, decimals, plain } = YUAN_STYLE[lang];
  const unit = units.find(({ divisor }) => value >= divisor);
  if (!unit) return `${formatNumber(Math.trunc(value), lang)}${plain}`;
  return `${formatNumber(truncate(value / unit.divisor, decimals), lang)}${unit.suffix}`;
}

/** A fraction from 0 to 1 as a percentage: 0.9 → "90%", 0.9999 → "99.9%". */
export function formatShare(value: number, lang: Lang): string {
  // Percent digits are two places further along than the fraction's.
  return percents(lang).format(truncate(value, SHARE_DECIMALS + 2));
}

export function formatDate(date: Date, lang: Lang): string {
  return dates(lang).format(date);
}

const collators = formatter((locale) => new Intl.Collator(locale));

/**
 * Compares names in the order readers look them up: alphabetically in English, by pinyin in
 * Chinese (ICU's zh collation), not by code point, which puts 中 before 云.
 */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  return collators(lang).compare;
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
