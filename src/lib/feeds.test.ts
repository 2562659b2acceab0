import { describe, expect, test } from 'vitest';
import { columnFeedLink, districtFeedLink, feedItems } from './feeds';
import { HANTING, QINGZHOU } from '../../test/fixtures/unit';
import type { IssueEntry } from './queries';
import { createUrls } from './urls';

/** The fields of an issue entry that a feed item reads. */
type FeedFields = Pick<IssueEntry['data'], 'title' | 'summary' | 'issue' | 'published'>;

function fakeEntry(data: FeedFields): IssueEntry {
  return { id: `issue-${data.issue}`, collection: 'issues', data } as unknown as IssueEntry;
}

const ISSUES = [
  {
    entry: fakeEntry({
      title: 'Qingzhou opens two schools',
      summary: 'Qingzhou City opened two primary schools this autumn.',
      issue: 5,
      published: new Date('2022-09-01T00:00:00Z'),
    }),
    district: QINGZHOU,
  },
  {
    entry: fakeEntry({
      title: 'Hanting sets out its plan',
      summary: 'Hanting District plans to invest 3.076 billion yuan.',
      issue: 4,
      published: new Date('2022-08-15T00:00:00Z'),
    }),
    district: HANTING,
  },
];

describe('feedItems', () => {
  const urls = createUrls('/column/');

  test('returns one item per issue, in the order given', () => {
    const items = feedItems(ISSUES, 'en', urls);
    expect(items.map((item) => item.title)).toEqual([
      'Qingzhou opens two schools',
      'Hanting sets out its plan',
    ]);
  });

  test('returns the item fields from the entry: title, date and summary as description', () => {
    const [, hanting] = feedItems(ISSUES, 'en', urls);
    expect(hanting).toEqual({
      title: 'Hanting sets out its plan',
      link: '/column/issues/4/',
      pubDate: new Date('2022-08-15T00:00:00Z'),
      description: 'Hanting District plans to invest 3.076 billion yuan.',
      categories: ['Hanting District'],
    });
  });

  test('returns links that include the base path', () => {
    const links = feedItems(ISSUES, 'en', urls).map((item) => item.link);
    expect(links).toEqual(['/column/issues/5/', '/column/issues/4/']);
  });

  test('returns links under /zh/ and Chinese district names for a Chinese feed', () => {
    const items = feedItems(ISSUES, 'zh-CN', urls);
    expect(items.map((item) => item.link)).toEqual([
      '/column/zh/issues/5/',
      '/column/zh/issues/4/',
    ]);
    expect(items.map((item) => item.categories)).toEqual([['青州市'], ['寒亭区']]);
  });

  test('returns links at the domain root when there is no base', () => {
    expect(feedItems(ISSUES, 'en', createUrls('/'))[0]?.link).toBe('/issues/5/');
  });

  test('returns every issue, with none dropped from a long column', () => {
    const many = Array.from({ length: 250 }, (_, index) => ({
      entry: fakeEntry({
        title: `Issue ${index + 1}`,
        summary: `Summary ${index + 1}`,
        issue: index + 1,
        published: new Date(Date.UTC(2022, 0, 1 + index)),
      }),
      district: HANTING,
    }));
    const items = feedItems(many, 'en', urls);
    expect(items).toHaveLength(250);
    expect(items.at(-1)?.link).toBe('/column/issues/250/');
  });

  test('returns no items for no issues', () => {
    expect(feedItems([], 'en', urls)).toEqual([]);
  });
});

describe('columnFeedLink', () => {
  test('returns the column feed, named for the column in the page’s language', () => {
    const column = { title: { en: 'Three-Year Tackling Operation', zh: '三年攻坚行动' } };
    const urls = createUrls('/column/');
    expect(columnFeedLink('en', column, urls)).toEqual({
      title: 'Three-Year Tackling Operation (RSS)',
      href: '/column/rss.xml',
    });
    expect(columnFeedLink('zh-CN', column, urls).href).toBe('/column/zh/rss.xml');
  });
});

describe('districtFeedLink', () => {
  test('returns the district’s feed, named for the column and the district', () => {
    const column = { title: { en: 'Three-Year Tackling Operation', zh: '三年攻坚行动' } };
    const urls = createUrls('/');
    expect(districtFeedLink('en', column, HANTING, urls)).toEqual({
      title: 'Three-Year Tackling Operation: Hanting District',
      href: '/districts/hanting/rss.xml',
    });
    expect(districtFeedLink('zh-CN', column, HANTING, urls).href).toBe(
      '/zh/districts/hanting/rss.xml',
    );
  });
});
