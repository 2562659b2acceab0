/**
 * Where a line may break in the column's text, decided at build time so reading pages need no
 * script.
 *
 * Chinese has no spaces, so a browser may break between any two characters: "30.76" can end a
 * line and "亿元" start the next, and a headline can break inside a word ("建 / 设"). Two fixes:
 * a figure and its unit go into one element that does not break (NOWRAP_CLASS), and a headline
 * gets break opportunities (`<wbr>`) only between the phrases BudouX finds, with the heading set
 * to `word-break: keep-all` so the browser adds none of its own.
 */
import { Parser, zhHansModel } from 'budoux';

/** The class of an element whose text never breaks across lines (`white-space: nowrap`). */
export const NOWRAP_CLASS = 'nowrap';

/** A run of text, and whether it must stay on one line. */
export interface TextRun {
  text: string;
  nowrap: boolean;
}

const DIGITS = String.raw`\d+(?:[.,]\d+)*`;
/** Chinese numerals as counts are written in words (两所, 三年); 万 and 亿 only after a number. */
const HAN_NUMERALS = '[〇零一二两三四五六七八九十百千]+';
const NUMBER = `(?:${DIGITS}|${HAN_NUMERALS})[万亿]*`;
/** "2022—2024年", "3至5所": a range reads as one figure. */
const RANGE = `${NUMBER}(?:[—–~～至-]${NUMBER})?`;
/** The measure words and units the column writes after a figure, longest first. */
const HAN_UNITS = [
  '平方公里',
  '平方米',
  '亿元',
  '万元',
  '公里',
  '元',
  '米',
  '亩',
  '个',
  '所',
  '名',
  '人',
  '年',
  '月',
  '日',
  '号',
  '处',
  '间',
  '项',
  '座',
  '栋',
  '层',
  '班',
  '家',
  '岁',
  '倍',
  '次',
  '期',
  '届',
  '%',
  '％',
].join('|');
/** "30余所", "1万多名": approximation between the number and its unit. */
const APPROXIMATE = '[余多]';
/** "90%以上", "100人左右": the source's qualifier after the figure. */
const QUALIFIER = '以上|以下|左右|余|多';
/**
 * A Chinese figure: a number with a unit, an approximation or a qualifier after it, and "第" before
 * an ordinal; a date ("2022年8月15日") chains several.
 */
const HAN_FIGURE = `第?(?:${RANGE}${APPROXIMATE}?(?:${HAN_UNITS})(?:${QUALIFIER})?)+|第?${RANGE}(?:${QUALIFIER})`;
/** "3.076 billion yuan", "90%", "90 per cent": English figures with their scale and unit. */
const LATIN_FIGURE = String.raw`${DIGITS}(?:%|(?:\s(?:thousand|million|billion))?\s(?:yuan|per\s?cent)\b|\s(?:thousand|million|billion)\b)`;
/** A figure not glued to the Latin letters or digits before it (not the "20" of "G20"). */
const FIGURE = new RegExp(`(?<![A-Za-z0-9.,])(?:${HAN_FIGURE}|${LATIN_FIGURE})`, 'gu');
/** Latin letters and digits, between which a phrase boundary would cut a word or a number. */
const LATIN_WORD = /[A-Za-z0-9]/;

/**
 * `text` cut into runs, each figure with its unit (30.76亿元, 90%以上, 3.076 billion yuan) a run
 * that must stay on one line; the runs' texts joined give `text` back.
 */
export function figureRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(FIGURE)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), nowrap: false });
    runs.push({ text: match[0], nowrap: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), nowrap: false });
  return runs;
}

/**
 * `text` with a no-break space before each " · " separator, so the dot stays at the end of the
 * line with what it follows and never starts the next one.
 */
export function keepSeparatorsBehind(text: string): string {
  return text.replaceAll(' · ', '\u00A0· ');
}

/**
 * Words of the column that BudouX's model, trained on general web text, cuts (幼儿|园, 中|小学,
 * 增学|位): a headline never breaks inside one.
 */
export const COLUMN_WORDS: readonly string[] = [
  '幼儿园',
  '中小学',
  '九年一贯制',
  '学位',
  '新建',
  '新增',
  '改扩建',
  '公办',
  '民办',
  '专栏',
];

/** One phrase of a headline: where a line may break after it. */
export type HeadlinePhrase = TextRun[];

/**
 * BudouX's Simplified Chinese model, as loadDefaultSimplifiedChineseParser() loads it but
 * without the HTML processing around it, which the site does not use. One parser: loading the
 * model builds its maps, which every headline would otherwise pay for again.
 */
let parser: Parser | undefined;
const phrasesByHeadline = new Map<string, HeadlinePhrase[]>();

/**
 * A Chinese headline as the phrases a line may break between, each phrase as figureRuns().
 * BudouX finds the phrases; a break it would put inside a figure (its model cuts "30.76亿|元",
 * and digits one by one), inside one of `keepWhole` (COLUMN_WORDS and, say, the district's
 * name, which it cuts 寒|亭区) or between Latin letters or digits is dropped. A headline is
 * rendered on its issue page and on every card and list that shows it, so each is worked out
 * once.
 */
export function headlinePhrases(
  headline: string,
  keepWhole: readonly string[] = COLUMN_WORDS,
): HeadlinePhrase[] {
  const key = `${keepWhole.join('\n')}\n\n${headline}`;
  let phrases = phrasesByHeadline.get(key);
  if (!phrases) {
    phrases = splitPhrases(headline, keepWhole);
    phrasesByHeadline.set(key, phrases);
  }
  return phrases;
}

/** Where `text` holds a figure or one of `words`, as offsets: no line breaks inside. */
function unbreakableSpans(text: string, words: readonly string[]) {
  const spans = [...text.matchAll(FIGURE)].map(({ 0: figure, index }) => ({
    start: index,
    end: index + figure.length,
  }));
  for (const word of words) {
    for (let start = text.indexOf(word); start >= 0; start = text.indexOf(word, start + 1))
      spans.push({ start, end: start + word.length });
  }
  return spans;
}

function splitPhrases(headline: string, keepWhole: readonly string[]): HeadlinePhrase[] {
  parser ??= new Parser(zhHansModel);
  const text = keepSeparatorsBehind(headline);
  const unbreakable = unbreakableSpans(text, keepWhole);
  const breaks = new Set<number>();
  let offset = 0;
  for (const phrase of parser.parse(text).slice(0, -1)) {
    offset += phrase.length;
    const insideSpan = unbreakable.some(({ start, end }) => offset > start && offset < end);
    const insideWord =
      LATIN_WORD.test(text[offset - 1] ?? '') && LATIN_WORD.test(text[offset] ?? '');
    if (!insideSpan && !insideWord) breaks.add(offset);
  }
  const phrases: HeadlinePhrase[] = [];
  let from = 0;
  for (const at of [...breaks, text.length]) {
    phrases.push(figureRuns(text.slice(from, at)));
    from = at;
  }
  return phrases;
}
