/**
 * RSS items for the column feed and the district feeds. One function, so both feeds carry
 * the same fields: title, link, date, summary, and the district as category.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { type Lang, nameKey } from '../i18n/langs';
import type { District, IssueEntry } from './queries';
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
