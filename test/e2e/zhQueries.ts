/**
 * Chinese queries for the `zhsearch` fixture (test/fixtures/zhsearch), each chosen for a way
 * word segmentation can lose a page: Pagefind splits Chinese into words one way when it indexes
 * (jieba) and another when a reader searches (the browser's Intl.Segmenter), so a query that
 * both split differently finds nothing. What each query must find is not written here: the
 * test reads it from the built pages, every Chinese issue whose indexed text contains it.
 */
export interface ZhQuery {
  query: string;
  /** What the query tests. */
  why: string;
}

export const ZH_QUERIES: readonly ZhQuery[] = [
  { query: '寒亭区', why: 'a district name' },
  { query: '青州市', why: 'a county-level city' },
  { query: '寒亭', why: 'a district name without 区, also inside 寒亭区 and in bold' },
  { query: '奎文', why: 'a district named in another district’s issue' },
  { query: '诸城', why: 'two characters of 诸城市' },
  { query: '幼儿园', why: 'a word inside 公办幼儿园 and school names' },
  { query: '公办幼儿园', why: 'a compound that contains 幼儿园' },
  { query: '园', why: 'one character, inside 幼儿园, 校园 and 入园' },
  { query: '学校', why: 'a word inside 九年一贯制学校, and across 小学 in 小学校舍' },
  { query: '九年一贯制学校', why: 'a long compound' },
  { query: '小学', why: 'a word inside 中小学 and 实验小学' },
  { query: '中小学', why: 'a compound the segmenters cut 中小|学' },
  { query: '效', why: 'one character at the end of a word (成效)' },
  { query: '学位', why: 'a two-character term' },
  { query: '竣工', why: 'a two-character term' },
  { query: '幸福路小学', why: 'a school’s full name' },
  { query: '白浪河实验学校', why: 'a school’s full name' },
  { query: '城市之光幼儿园', why: 'a kindergarten’s full name' },
  { query: '6684', why: 'a figure written beside Chinese characters (6684个)' },
];
