import { describe, expect, test } from 'vitest';
import { breadcrumbList, jsonLd, newsArticle, type ArticleInput } from './structuredData';

const ARTICLE: ArticleInput = {
  headline: 'Hanting District sets out 3.076 billion yuan plan',
  description: 'Hanting District plans to invest 3.076 billion yuan in schools.',
  published: new Date('2022-08-15T00:00:00Z'),
  author: 'Hanting Rong Media',
  publisher: 'Weifang Education Release',
  periodical: 'Three-Year Tackling Operation',
  issueNumber: 4,
  lang: 'en',
  url: 'https://news.example.org/issues/4/',
  image: 'https://news.example.org/og/issues/4.png',
  place: { name: 'Hanting District', alternateName: '寒亭区' },
};

describe('newsArticle', () => {
  test('returns a schema.org NewsArticle with the page fields', () => {
    expect(newsArticle(ARTICLE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: ARTICLE.headline,
      description: ARTICLE.description,
      datePublished: '2022-08-15',
      dateModified: '2022-08-15',
      inLanguage: 'en',
      url: 'https://news.example.org/issues/4/',
      mainEntityOfPage: 'https://news.example.org/issues/4/',
      image: ['https://news.example.org/og/issues/4.png'],
      author: { '@type': 'Organization', name: 'Hanting Rong Media' },
      publisher: { '@type': 'Organization', name: 'Weifang Education Release' },
      isPartOf: {
        '@type': 'PublicationIssue',
        issueNumber: '4',
        isPartOf: { '@type': 'Periodical', name: 'Three-Year Tackling Operation' },
      },
      about: { '@type': 'Place', name: 'Hanting District', alternateName: '寒亭区' },
    });
  });

  test('returns dateModified equal to datePublished when there is no update', () => {
    const article = newsArticle({ ...ARTICLE, updated: undefined });
    expect(article.dateModified).toBe(article.datePublished);
  });

  test('returns the update date as dateModified when there is one', () => {
    const article = newsArticle({ ...ARTICLE, updated: new Date('2022-09-01T00:00:00Z') });
    expect(article.datePublished).toBe('2022-08-15');
    expect(article.dateModified).toBe('2022-09-01');
  });

  test('returns the issue number as a string', () => {
    const article = newsArticle({ ...ARTICLE, issueNumber: 12 });
    expect(article.isPartOf.issueNumber).toBe('12');
    expect(typeof article.isPartOf.issueNumber).toBe('string');
  });

  test('returns the language of a Chinese issue', () => {
    expect(newsArticle({ ...ARTICLE, lang: 'zh-CN' }).inLanguage).toBe('zh-CN');
  });

  test('returns the district as a Place the article is about', () => {
    expect(newsArticle(ARTICLE).about).toEqual({
      '@type': 'Place',
      name: 'Hanting District',
      alternateName: '寒亭区',
    });
  });
});

describe('breadcrumbList', () => {
  test('returns list items numbered from 1 in trail order', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://news.example.org/' },
      { name: 'Issues', url: 'https://news.example.org/issues/' },
      { name: 'No. 4', url: 'https://news.example.org/issues/4/' },
    ]);
    expect(list).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.org/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Issues',
          item: 'https://news.example.org/issues/',
        },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'No. 4',
          item: 'https://news.example.org/issues/4/',
        },
      ],
    });
  });

  test('returns an empty list for an empty trail', () => {
    expect(breadcrumbList([]).itemListElement).toEqual([]);
  });
});

describe('jsonLd', () => {
  const hostile = newsArticle({
    ...ARTICLE,
    headline: 'Schools </script><script>alert(1)</script> & <b>more</b>',
  });

  test('returns text without any < so a </script> in a title cannot close the element', () => {
    const text = jsonLd(hostile);
    expect(text).not.toContain('<');
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).toContain('\\u003c/script>');
  });

  test('returns JSON that parses back to the same data', () => {
    expect(JSON.parse(jsonLd(hostile))).toEqual(hostile);
    const crumbs = breadcrumbList([{ name: '<首页>', url: 'https://news.example.org/zh/' }]);
    expect(JSON.parse(jsonLd(crumbs))).toEqual(crumbs);
  });

  test('returns plain JSON unchanged when there is nothing to escape', () => {
    const data = { a: 'b & c > d', n: 1 };
    expect(jsonLd(data)).toBe(JSON.stringify(data));
  });
});
