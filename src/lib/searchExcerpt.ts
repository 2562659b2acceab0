/**
 * A Chinese search result's excerpt, as a reader should see it.
 *
 * Pagefind builds the excerpt for a Western page: it joins the page's blocks (a heading, a
 * name, a paragraph) with ". " or a space, and marks each index token it matched. The Chinese
 * index holds words one token or character at a time (src/lib/chineseTokens.ts), so a query
 * such as 幼儿园 comes back as <mark>幼儿</mark><mark>园</mark>, two highlights, and 学校 in
 * 小学校 as the whole of 小学 and 校. Here the pieces are joined the Chinese way and the query
 * itself is marked, once for each place it occurs.
 */
import { queryWords } from './chineseTokens';

const HAN = /\p{Script=Han}/u;
/** Full-width punctuation, which carries its own space: none goes after it. */
const FULL_WIDTH_PUNCTUATION = /[。，、；：！？…）】」』”（【「『“]/u;
/** What a piece of Chinese text can begin with. */
const CHINESE_START = /[\p{Script=Han}\p{N}（【「『“]/u;
/** Latin letters and digits, which a query matches as whole words, as Pagefind does. */
const LATIN_WORD = /[\p{L}\p{N}]/u;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity: string, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function escape(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.codePointAt(0)};`);
}

/** Each character of an excerpt, and whether Pagefind marked it. */
interface ExcerptChar {
  char: string;
  marked: boolean;
}

function readExcerpt(html: string): ExcerptChar[] {
  const chars: ExcerptChar[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/u)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else for (const char of decode(part)) chars.push({ char, marked });
  }
  return chars;
}

/**
 * The excerpt with the pieces of Chinese text that Pagefind joined with ". " joined with "。",
 * and no space after full-width punctuation or between two Chinese characters.
 */
function joinChinese(chars: ExcerptChar[]): ExcerptChar[] {
  const joined: ExcerptChar[] = [];
  chars.forEach((entry, at) => {
    const before = joined.at(-1)?.char ?? '';
    const next = chars[at + 1]?.char ?? '';
    if (entry.char === '.' && next === ' ' && HAN.test(before)) {
      const after = chars[at + 2]?.char;
      if (after === undefined || CHINESE_START.test(after)) {
        joined.push({ char: '。', marked: false });
        return;
      }
    }
    const chineseAround = HAN.test(before) && CHINESE_START.test(next);
    if (/\s/u.test(entry.char) && (FULL_WIDTH_PUNCTUATION.test(before) || chineseAround)) return;
    joined.push(entry);
  });
  return joined;
}

/**
 * Which characters of `text` the query finds: each word of the query wherever it occurs, Han
 * characters anywhere and Latin letters or digits as whole words.
 */
function queryMarks(text: string[], query: string): boolean[] {
  const marks = text.map(() => false);
  const lower = text.map((char) => char.toLocaleLowerCase());
  for (const word of queryWords(query)) {
    const chars = [...word];
    for (let at = 0; at + chars.length <= lower.length; at++) {
      if (!chars.every((char, offset) => lower[at + offset] === char)) continue;
      const cutsWord = (outside: string | undefined, edge: string | undefined) =>
        [outside, edge].every(
          (char) => char !== undefined && LATIN_WORD.test(char) && !HAN.test(char),
        );
      if (cutsWord(lower[at - 1], chars[0]) || cutsWord(lower[at + chars.length], chars.at(-1)))
        continue;
      for (let offset = 0; offset < chars.length; offset++) marks[at + offset] = true;
    }
  }
  return marks;
}

/**
 * A Chinese page's excerpt from Pagefind (HTML: escaped text and `<mark>`) for `query`: its
 * pieces joined with Chinese punctuation, and each occurrence of the query marked whole, once.
 * Where the excerpt does not hold the query as typed (a figure written 30.76 for 3076), Pagefind's
 * own marks stay, with touching ones merged.
 */
export function chineseExcerpt(html: string, query: string): string {
  const chars = joinChinese(readExcerpt(html));
  const text = chars.map(({ char }) => char);
  const found = queryMarks(text, query);
  const marks = found.some(Boolean) ? found : chars.map(({ marked }) => marked);
  let result = '';
  let open = false;
  text.forEach((char, index) => {
    if (marks[index] !== open) {
      result += open ? '</mark>' : '<mark>';
      open = !open;
    }
    result += escape(char);
  });
  return open ? `${result}</mark>` : result;
}
