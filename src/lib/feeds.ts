/**
 * The column feed and the district feeds: their items, and the links pages make to them.
 * One function for the items, so both feeds carry the same fields: title, link, date,
 * summary, and the district as category.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { t } from '../i18n';
import { type Lang, nameKey } from '../i18n/langs';
import type { Column, District, IssueEntry } from './queries';
import type { Urls } from './urls';

export function feedItems(
  issues: readonly { entry: IssueEntry; district: District }[],
  lang: Lang,
  urls: Urls,
): RSSFeedItem[] {
  // Every issue, not the latest few: a reader subscribing late can still catch up, and a
  // column of a few hundred issues makes a feed of a few hundred kilobytes.
  return issues.map(({ entry, district }) => ({
    title: entry.data.title,
    link: urls.issue(lang, entry.data.issue),
    pubDate: entry.data.published,
    description: entry.data.summary,
    categories: [district.name[nameKey(lang)]],
  }));
}

/** A feed as a page links it, for `<link rel="alternate">`. */
export interface FeedLink {
  title: string;
  href: string;
}

export function columnFeedLink(lang: Lang, column: Pick<Column, 'title'>, urls: Urls): FeedLink {
  return {
    title: t(lang, 'feed.columnTitle', { column: column.title[nameKey(lang)] }),
    href: urls.feed(lang),
  };
}

export function districtFeedLink(
  lang: Lang,
  column: Pick<Column, 'title'>,
  district: Pick<District, 'id' | 'name'>,
  urls: Urls,
): FeedLink {
  const key = nameKey(lang);
  return {
    title: t(lang, 'feed.districtTitle', {
      column: column.title[key],
      district: district.name[key],
    }),
    href: urls.districtFeed(lang, district.id),
  };
}
