import { describe, expect, test } from 'vitest';
import {
  breadcrumbList,
  datasetJsonLd,
  jsonLd,
  newsArticle,
  type ArticlePage,
  type DatasetPage,
} from './structuredData';
import { createUrls } from './urls';

const urls = createUrls('/', 'https://news.example.org');

const ARTICLE: ArticlePage = {
  lang: 'en',
  issue: {
    title: 'Hanting District sets out 3.076 billion yuan plan',
    summary: 'Hanting District plans to invest 3.076 billion yuan in schools.',
    published: new Date('2022-08-15T00:00:00Z'),
    updated: undefined,
    author: 'Hanting Rong Media',
    issue: 4,
    lang: 'en',
  },
  district: { name: { en: 'Hanting District', zh: '寒亭区' } },
  column: {
    title: { en: 'Three-Year Tackling Operation', zh: '三年攻坚行动' },
    publisher: { en: 'Weifang Education Release', zh: '潍坊教育发布' },
    defaultLang: 'en',
  },
};
const withIssue = (changes: Partial<ArticlePage['issue']>): ArticlePage => ({
  ...ARTICLE,
  issue: { ...ARTICLE.issue, ...changes },
});

describe('newsArticle', () => {
  test('returns a schema.org NewsArticle with the page fields', () => {
    expect(newsArticle(ARTICLE, urls)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: ARTICLE.issue.title,
      description: ARTICLE.issue.summary,
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
    const article = newsArticle(ARTICLE, urls);
    expect(article.dateModified).toBe(article.datePublished);
  });

  test('returns the update date as dateModified when there is one', () => {
    const article = newsArticle(withIssue({ updated: new Date('2022-09-01T00:00:00Z') }), urls);
    expect(article.datePublished).toBe('2022-08-15');
    expect(article.dateModified).toBe('2022-09-01');
  });

  test('returns the issue number as a string', () => {
    const article = newsArticle(withIssue({ issue: 12 }), urls);
    expect(article.isPartOf.issueNumber).toBe('12');
    expect(typeof article.isPartOf.issueNumber).toBe('string');
  });

  test('returns a Chinese issue in Chinese, with Chinese names and its /zh/ URLs', () => {
    const article = newsArticle({ ...withIssue({ lang: 'zh-CN' }), lang: 'zh-CN' }, urls);
    expect(article).toMatchObject({
      inLanguage: 'zh-CN',
      url: 'https://news.example.org/zh/issues/4/',
      image: ['https://news.example.org/zh/og/issues/4.png'],
      publisher: { name: '潍坊教育发布' },
      isPartOf: { isPartOf: { name: '三年攻坚行动' } },
      about: { name: '寒亭区', alternateName: 'Hanting District' },
    });
  });

  test('links two editions: the column’s language is the work, the other its translation', () => {
    const editions = ['en', 'zh-CN'] as const;
    expect(newsArticle({ ...ARTICLE, editions }, urls)).toMatchObject({
      workTranslation: [
        {
          '@type': 'NewsArticle',
          url: 'https://news.example.org/zh/issues/4/',
          inLanguage: 'zh-CN',
        },
      ],
    });
    const chinese = newsArticle({ ...withIssue({ lang: 'zh-CN' }), lang: 'zh-CN', editions }, urls);
    expect(chinese).toMatchObject({
      translationOfWork: {
        '@type': 'NewsArticle',
        url: 'https://news.example.org/issues/4/',
        inLanguage: 'en',
      },
    });
    expect(chinese).not.toHaveProperty('workTranslation');
  });

  test('names no translation for an issue in one language', () => {
    const article = newsArticle({ ...withIssue({ lang: 'zh-CN' }), lang: 'zh-CN' }, urls);
    expect(article).not.toHaveProperty('translationOfWork');
    expect(article).not.toHaveProperty('workTranslation');
  });

  test('returns the district as a Place the article is about', () => {
    expect(newsArticle(ARTICLE, urls).about).toEqual({
      '@type': 'Place',
      name: 'Hanting District',
      alternateName: '寒亭区',
    });
  });
});

describe('breadcrumbList', () => {
  test('returns list items numbered from 1 in trail order, with absolute URLs', () => {
    const list = breadcrumbList(
      [
        { name: 'Home', url: '/' },
        { name: 'Issues', url: '/issues/' },
        { name: 'No. 4', url: '/issues/4/' },
      ],
      urls,
    );
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
    expect(breadcrumbList([], urls).itemListElement).toEqual([]);
  });
});

describe('jsonLd', () => {
  const hostile = newsArticle(
    withIssue({ title: 'Schools </script><script>alert(1)</script> & <b>more</b>' }),
    urls,
  );

  test('returns text without any < so a </script> in a title cannot close the element', () => {
    const text = jsonLd(hostile);
    expect(text).not.toContain('<');
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).toContain('\\u003c/script>');
  });

  test('returns JSON that parses back to the same data', () => {
    expect(JSON.parse(jsonLd(hostile))).toEqual(hostile);
    const crumbs = breadcrumbList([{ name: '<首页>', url: '/zh/' }], urls);
    expect(JSON.parse(jsonLd(crumbs))).toEqual(crumbs);
  });

  test('returns plain JSON unchanged when there is nothing to escape', () => {
    const data = { a: 'b & c > d', n: 1 };
    expect(jsonLd(data)).toBe(JSON.stringify(data));
  });
});

describe('datasetJsonLd', () => {
  const page: DatasetPage = {
    lang: 'zh-CN',
    column: {
      title: { en: 'Three-Year Tackling Operation', zh: '三年攻坚行动' },
      publisher: { en: 'Weifang Education Release', zh: '潍坊教育发布' },
      description: { en: 'The column follows each district.', zh: '本栏目逐一跟踪各县市区。' },
      targets: {
        period: { start: 2022, end: 2024 },
        publicKindergartens: 360,
        compulsorySchools: 134,
        highSchools: 10,
      },
    },
    url: '/zh/data/',
    dateModified: new Date('2022-08-15T00:00:00Z'),
  };

  test('describes the data page as a Dataset in the page’s language', () => {
    expect(datasetJsonLd(page, urls)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: '三年攻坚行动',
      alternateName: 'Three-Year Tackling Operation',
      description: '本栏目逐一跟踪各县市区。',
      url: 'https://news.example.org/zh/data/',
      inLanguage: 'zh-CN',
      creator: { '@type': 'Organization', name: '潍坊教育发布' },
      temporalCoverage: '2022/2024',
      dateModified: '2022-08-15',
    });
  });

  test('lists every download, the same files in every language, under the base path', () => {
    const { distribution } = datasetJsonLd(
      page,
      createUrls('/column/', 'https://news.example.org'),
    );
    expect(distribution).toContainEqual({
      '@type': 'DataDownload',
      name: 'districts.csv',
      encodingFormat: 'text/csv',
      contentUrl: 'https://news.example.org/column/data/districts.csv',
    });
    expect(distribution.map((download) => download.name)).toEqual([
      'issues.csv',
      'districts.csv',
      'progress.csv',
      'projects.csv',
      'project-reports.csv',
      'milestones.csv',
      'issues.json',
      'datapackage.json',
    ]);
  });

  test('leaves dateModified out before the first issue', () => {
    expect(datasetJsonLd({ ...page, dateModified: undefined }, urls)).not.toHaveProperty(
      'dateModified',
    );
  });
});
