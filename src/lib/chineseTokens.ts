/**
 * How Chinese text is cut into the words of the search index, and which words a Chinese query
 * must find in a row.
 *
 * Pagefind segments Chinese with one dictionary when it indexes a page and the browser's
 * Intl.Segmenter segments the query with another; each cuts the same characters differently in
 * different contexts, so a query can miss a page that contains it, or find a page that holds
 * its parts apart (Pagefind issue #1237). Instead, the index holds Chinese one character at a
 * time, except the few words of INDEX_WORDS, which it keeps whole: the text Pagefind is given
 * has a zero-width space before each of these tokens, which both segmenters treat as a word
 * boundary and Pagefind leaves out of excerpts. A query is cut the same way and searched as an
 * exact phrase, so it finds a page exactly when the page's text contains it.
 *
 * A query's characters can meet a page's tokens in more than one way: 学校 is the token 学校,
 * or the end of 小学 followed by 校 (in 小学校); 小 alone can be the start of 小学. queryPlans()
 * lists every way, each an exact phrase; a page contains the query when it holds one of them.
 */

/** One character of the Han script. */
const HAN = /\p{Script=Han}/u;

/** Letters and digits, which Pagefind indexes as whole words. */
const ALNUM = /[\p{L}\p{N}]/u;

/** Whether two lists of characters are the same. */
const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((char, index) => char === b[index]);

/**
 * Frequent words of the column that the index keeps whole instead of character by character,
 * so that a query containing one loads that word's occurrences instead of every occurrence of
 * each of its characters: 学 alone occurs in 学校, 小学, 学位 and many more. Each must be a word
 * that Pagefind's indexer and the browser's Intl.Segmenter both keep whole when it stands alone
 * (the tests check both): 幼儿园 is not, both cut it 幼儿|园, and neither are 东路 or 公办.
 */
export const INDEX_WORDS: readonly string[] = [
  // Schools and places
  '幼儿',
  '小学',
  '中学',
  '初中',
  '高中',
  '学校',
  '学位',
  '学生',
  '教学',
  '教育',
  '实验',
  '九年',
  '一贯',
  '中心',
  '社区',
  '大街',
  '西路',
  '南路',
  '北路',
  // Building
  '建设',
  '项目',
  '工程',
  '计划',
  '投资',
  '开工',
  '施工',
  '竣工',
  '完成',
];

/**
 * The tokens of a run of Han characters as the index holds them: at each character the longest
 * word of `words` that starts there, else the character alone.
 */
export function hanTokens(run: string, words: readonly string[] = INDEX_WORDS): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let at = 0; at < chars.length;) {
    const token = tokenAt(chars, at, words);
    tokens.push(token);
    at += [...token].length;
  }
  return tokens;
}

/** The index's token at `at`: the longest word of `words` that starts there, else the character. */
function tokenAt(chars: string[], at: number, words: readonly string[]): string {
  const char = chars[at] ?? '';
  // Longest first, so the first that matches is the token.
  for (const word of wordsStartingWith(words).get(char) ?? [])
    if (same(chars.slice(at, at + word.length), word)) return word.join('');
  return char;
}

const byFirstChar = new WeakMap<readonly string[], Map<string, string[][]>>();

/** `words` as characters, by their first character, longest first; worked out once per list. */
function wordsStartingWith(words: readonly string[]): Map<string, string[][]> {
  let index = byFirstChar.get(words);
  if (!index) {
    index = new Map();
    for (const word of words) {
      const chars = [...word];
      const first = chars[0] ?? '';
      index.set(
        first,
        [...(index.get(first) ?? []), chars].toSorted((a, b) => b.length - a.length),
      );
    }
    byFirstChar.set(words, index);
  }
  return index;
}

/**
 * Where the text Pagefind is given for a Chinese page gets a zero-width space, as offsets into
 * `text` in ascending order: before every Han token, and after a run of Han characters that a
 * letter, digit or punctuation mark follows directly. None goes at the end of the text, so a
 * block that ends in a character still ends a sentence for Pagefind.
 */
export function tokenBoundaries(text: string, words: readonly string[] = INDEX_WORDS): number[] {
  const offsets: number[] = [];
  for (const { 0: run, index } of text.matchAll(/\p{Script=Han}+/gu)) {
    let at = index;
    for (const token of hanTokens(run, words)) {
      offsets.push(at);
      at += token.length;
    }
    const next = text[at];
    if (next !== undefined && !/\s/u.test(next)) offsets.push(at);
  }
  return offsets;
}

/** `text` with a zero-width space at each of its tokenBoundaries(). */
export function markTokens(text: string, words: readonly string[] = INDEX_WORDS): string {
  let marked = '';
  let from = 0;
  for (const offset of tokenBoundaries(text, words)) {
    marked += `${text.slice(from, offset)}\u200B`;
    from = offset;
  }
  return marked + text.slice(from);
}

/**
 * Text from the Chinese index without its token marks: metadata such as a title, which
 * Pagefind takes from the marked text of the page.
 */
export function unmark(text: string): string {
  return text.replaceAll('\u200B', '');
}

/**
 * The words of a query, lower-cased: split at white space and punctuation, except the `.` and
 * `,` inside a figure (30.76, 1,800), which Pagefind keeps in one word and drops.
 */
export function queryWords(query: string): string[] {
  return normaliseFigures(query.toLocaleLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function normaliseFigures(text: string): string {
  return text.replace(/(?<=\p{N})[.,](?=\p{N})/gu, '');
}

/**
 * The words of a query and, for each, the exact phrases that find it: a page matches the word
 * when it holds one of the phrases, and the query when it matches every word. Han characters
 * match anywhere in a page's text; letters and digits match whole words, as Pagefind indexes
 * them.
 */
export function queryPlans(query: string, words: readonly string[] = INDEX_WORDS): string[][][] {
  return queryWords(query).map((word) => wordPlans(word, words));
}

/**
 * The tokens of a query as the index would hold it if it were a page of its own: the plain
 * search that Pagefind can rank.
 */
export function queryTokens(query: string, words: readonly string[] = INDEX_WORDS): string[] {
  return queryWords(query).flatMap((word) =>
    wordParts(word).flatMap((part) => (HAN.test(part) ? hanTokens(part, words) : [part])),
  );
}

/** A word's runs of Han characters and of letters or digits: `6684个学位` → `6684`, `个学位`. */
const wordParts = (word: string) => word.match(/\p{Script=Han}+|\P{Script=Han}+/gu) ?? [];

function wordPlans(word: string, words: readonly string[]): string[][] {
  const parts = wordParts(word);
  let plans: string[][] = [[]];
  parts.forEach((part, index) => {
    const options = HAN.test(part)
      ? runPlans([...part], index === 0, index === parts.length - 1, words)
      : [[part]];
    plans = plans.flatMap((plan) => options.map((option) => [...plan, ...option]));
  });
  return dedupe(plans);
}

/**
 * The token sequences a run of Han characters can appear as in the index. `openStart` means
 * the page's run of Han characters may begin before the query's, so a word can end inside it;
 * `openEnd`, that the page's run may go on after it, so a word can begin inside it.
 */
function runPlans(
  chars: string[],
  openStart: boolean,
  openEnd: boolean,
  words: readonly string[],
): string[][] {
  const plans: string[][] = [];
  if (openStart) {
    for (const word of words) {
      const wordChars = [...word];
      for (let offset = 1; offset < wordChars.length; offset++) {
        const overlap = wordChars.slice(offset);
        if (overlap.length >= chars.length) {
          // The whole run inside one word, which may go on past it only if the page's run can.
          const inside = same(overlap.slice(0, chars.length), chars);
          if (inside && (openEnd || overlap.length === chars.length)) plans.push([word]);
        } else if (same(overlap, chars.slice(0, overlap.length))) {
          for (const rest of plansFrom(chars, overlap.length, openEnd, words))
            plans.push([word, ...rest]);
        }
      }
    }
  }
  plans.push(...plansFrom(chars, 0, openEnd, words));
  return plans;
}

/** The token sequences from `at`, where one of the page's tokens begins. */
function plansFrom(
  chars: string[],
  at: number,
  openEnd: boolean,
  words: readonly string[],
): string[][] {
  const rest = chars.slice(at);
  const plans: string[][] = [];
  // A word that begins here and goes on past the query is the token whenever the page goes on
  // with the rest of it, since the longest word that matches the page wins.
  if (openEnd) {
    for (const word of words) {
      const wordChars = [...word];
      if (wordChars.length > rest.length && same(wordChars.slice(0, rest.length), rest))
        plans.push([word]);
    }
  }
  // Otherwise the longest word that fits, else one character.
  const token = tokenAt(chars, at, words);
  const next = at + [...token].length;
  if (next === chars.length) plans.push([token]);
  else for (const tail of plansFrom(chars, next, openEnd, words)) plans.push([token, ...tail]);
  return plans;
}

function dedupe(plans: string[][]): string[][] {
  const seen = new Set<string>();
  return plans.filter((plan) => {
    const key = plan.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether `text` contains `query` the way a Chinese search finds it: every word of the query
 * (as queryWords splits it), Han characters anywhere, letters and digits as whole words.
 */
export function containsQuery(text: string, query: string): boolean {
  const page = [...normaliseFigures(text.toLocaleLowerCase())];
  return queryWords(query).every((word) => {
    const chars = [...word];
    for (let at = 0; at + chars.length <= page.length; at++) {
      if (!same(page.slice(at, at + chars.length), chars)) continue;
      if (cutsWord(page[at - 1], chars[0]) || cutsWord(page[at + chars.length], chars.at(-1)))
        continue;
      return true;
    }
    return false;
  });
}

/** Whether a letter or digit of the query's edge continues in the page's letter or digit. */
function cutsWord(outside: string | undefined, edge: string | undefined): boolean {
  const wordChar = (char: string | undefined) =>
    char !== undefined && ALNUM.test(char) && !HAN.test(char);
  return wordChar(outside) && wordChar(edge);
}
