import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import {
  containsQuery,
  hanTokens,
  INDEX_WORDS,
  markTokens,
  queryPlans,
  queryTokens,
  queryWords,
  tokenBoundaries,
  unmark,
} from './chineseTokens';

const ZWSP = '\u200B';
/** Marked text with the zero-width spaces shown as `|`, for readable expectations. */
const shown = (text: string) => text.replaceAll(ZWSP, '|');

describe('hanTokens', () => {
  test('returns the longest index word at each character, else the character alone', () => {
    expect(hanTokens('公办幼儿园建设')).toEqual(['公', '办', '幼儿', '园', '建设']);
  });

  test('takes the longer of two words that start at the same character', () => {
    expect(hanTokens('小学校', ['小学', '小学校'])).toEqual(['小学校']);
  });

  test('takes words from left to right, so a word can hide the next one', () => {
    expect(hanTokens('小学校', ['小学', '学校'])).toEqual(['小学', '校']);
  });
});

describe('tokenBoundaries', () => {
  test('returns the offset of each Han token and of the letter or mark after a run', () => {
    // 寒 亭 区 建设 | 6684 个 | ，
    expect(tokenBoundaries('寒亭区建设6684个，')).toEqual([0, 1, 2, 3, 5, 9, 10]);
  });

  test('returns nothing at the end of the text or before white space', () => {
    expect(tokenBoundaries('学位 学校')).toEqual([0, 3]);
  });

  test('returns nothing for text without Han characters', () => {
    expect(tokenBoundaries('Hanting 2022, 6,684 places')).toEqual([]);
  });
});

describe('markTokens', () => {
  test('puts a zero-width space at each token boundary', () => {
    expect(shown(markTokens('今年新增学位6684个，完成建设'))).toBe(
      '|今|年|新|增|学位|6684|个|，|完成|建设',
    );
  });
});

describe('unmark', () => {
  test('returns marked text as it was', () => {
    const title = '寒亭区今年新增学位6684个';
    expect(unmark(markTokens(title))).toBe(title);
  });
});

describe('queryWords', () => {
  test('splits at white space and punctuation, lower-cased', () => {
    expect(queryWords(' 寒亭区，幼儿园 CBD ')).toEqual(['寒亭区', '幼儿园', 'cbd']);
  });

  test('keeps a figure whole, without its separators', () => {
    expect(queryWords('30.76亿元 1,800个')).toEqual(['3076亿元', '1800个']);
  });
});

describe('queryTokens', () => {
  test('returns the tokens of every word as the index holds them in a page', () => {
    expect(queryTokens('公办幼儿园 6684个学位', ['幼儿', '学位'])).toEqual([
      '公',
      '办',
      '幼儿',
      '园',
      '6684',
      '个',
      '学位',
    ]);
  });
});

describe('queryPlans', () => {
  test('returns the tokens of a word the index holds as they are', () => {
    expect(queryPlans('幼儿园', ['幼儿'])).toEqual([[['幼儿', '园']]]);
  });

  test('returns a word that ends inside the query before the rest of it', () => {
    expect(queryPlans('学校', ['小学', '学校'])).toEqual([[['小学', '校'], ['学校']]]);
  });

  test('returns the words that begin inside the query and go on past it', () => {
    expect(queryPlans('小', ['小学'])).toEqual([[['小学'], ['小']]]);
  });

  test('returns the words that hold the whole query inside them', () => {
    expect(queryPlans('儿', ['幼儿'])).toEqual([[['幼儿'], ['儿']]]);
  });

  test('returns figures and letters as one whole word each', () => {
    expect(queryPlans('6684个', [])).toEqual([[['6684', '个']]]);
  });

  test('does not let a word run past letters or digits that follow in the query', () => {
    expect(queryPlans('小6', ['小学'])).toEqual([[['小', '6']]]);
  });

  test('returns one list of plans per word of the query', () => {
    expect(queryPlans('寒亭 学位', [])).toEqual([[['寒', '亭']], [['学', '位']]]);
  });
});

describe('containsQuery', () => {
  test('returns true when every word occurs, Han characters anywhere', () => {
    expect(containsQuery('青州市新建公办幼儿园三所', '幼儿 公办')).toBe(true);
  });

  test('returns false when a word does not occur', () => {
    expect(containsQuery('寒亭、奎文两区', '寒亭区')).toBe(false);
  });

  test('matches letters and digits as whole words only', () => {
    expect(containsQuery('新增学位16684个', '6684个')).toBe(false);
    expect(containsQuery('新增学位6684个', '6684个')).toBe(true);
  });

  test('matches a figure with or without its separators', () => {
    expect(containsQuery('计划投资30.76亿元', '30.76亿元')).toBe(true);
  });
});

/**
 * What Pagefind holds for marked text, position by position: a word for each token and each
 * run of letters and digits (a figure's separators dropped), null for a punctuation mark, which
 * takes a position but matches nothing, and nothing for white space or a zero-width space.
 */
function indexedWords(marked: string): (string | null)[] {
  return marked
    .split(/[\u200B\s]+/u)
    .filter(Boolean)
    .flatMap((piece) =>
      /^\p{Script=Han}+$/u.test(piece)
        ? [piece]
        : [
            ...piece
              .toLocaleLowerCase()
              .replace(/(?<=\p{N})[.,](?=\p{N})/gu, '')
              .matchAll(/[\p{L}\p{N}]+|[^\p{L}\p{N}]/gu),
          ].map(([word]) => (/[\p{L}\p{N}]/u.test(word) ? word : null)),
    );
}

/** Whether a page holds the query, searched as the search page does: an exact phrase per plan. */
function indexFinds(text: string, query: string, words: readonly string[]): boolean {
  const indexed = indexedWords(markTokens(text, words));
  const holds = (phrase: string[]) =>
    indexed.some((_, at) => phrase.every((token, offset) => indexed[at + offset] === token));
  const plans = queryPlans(query, words);
  return plans.length > 0 && plans.every((options) => options.some(holds));
}

/** A deterministic generator of numbers in [0, 1). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('queryPlans with markTokens', () => {
  // Texts made of the words' characters, a few others, figures and punctuation, so that
  // words overlap, hide each other and meet figures in every way. No white space sits between
  // two Han characters: Pagefind gives white space no position, so a phrase would match
  // across it.
  const alphabet = [...'小学校幼儿园寒亭区中心', '6', '1', '.', '，', 'a', ' '];
  const dictionaries = [INDEX_WORDS, ['小学', '学校', '中心', '心幼', '幼儿', '小学校']];

  test.each(dictionaries.map((words) => [words.join(' '), words]))(
    'finds a page exactly when its text contains the query, with the words %s',
    (_, words) => {
      const next = random(20220815);
      const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] ?? '';
      let checked = 0;
      for (let page = 0; page < 600; page++) {
        const text = Array.from({ length: 1 + Math.floor(next() * 24) }, () => pick(alphabet))
          .join('')
          .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
        for (let query = 0; query < 8; query++) {
          const start = Math.floor(next() * text.length);
          const sample =
            next() < 0.8
              ? text.slice(start, start + 1 + Math.floor(next() * 6))
              : Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(alphabet)).join('');
          if (queryWords(sample).length === 0) continue;
          expect(indexFinds(text, sample, words), `"${sample}" in "${text}"`).toBe(
            containsQuery(text, sample),
          );
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(3000);
    },
  );
});

describe('INDEX_WORDS', () => {
  afterAll(async () => {
    await pagefind.close();
  });

  test('are each kept whole by the browser’s word segmenter', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const split = INDEX_WORDS.filter((word) => [...segmenter.segment(word)].length !== 1);
    expect(split).toEqual([]);
  });

  test('are each kept whole by Pagefind’s indexer', async () => {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    const text = INDEX_WORDS.map((word) => `${word}，${word}幼儿园`).join('');
    const added = await index.addCustomRecord({
      url: '/words/',
      content: markTokens(text),
      language: 'zh-cn',
    });
    expect(added.errors).toEqual([]);
    const { files } = await index.getFiles();
    const fragment = files.find((file) => file.path.startsWith('fragment/'));
    if (!fragment) throw new Error('Pagefind wrote no fragment');
    // A fragment is gzip: a signature, then JSON whose content separates words with U+200B.
    const { content } = JSON.parse(
      gunzipSync(Buffer.from(fragment.content)).subarray('pagefind_dcd'.length).toString(),
    ) as { content: string };
    const held = new Set(content.split(ZWSP).map((word) => word.trim()));
    expect(INDEX_WORDS.filter((word) => !held.has(word))).toEqual([]);
  });
});
