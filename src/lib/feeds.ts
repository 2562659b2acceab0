/**
 * RSS items for the column feed and the district feeds. One function, so both feeds carry
 * the same fields: title, link, date, summary, and the district as category.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { nameKey } from '../i18n';
import type { District, IssueEntry } from './queries';
import type { Lang } from './schema';
import type { Urls } from './urls';

/** Feeds carry the latest issues only; the archive holds the rest. */
export const FEED_LENGTH = 50;

export function feedItems(
  issues: readonly { entry: IssueEntry; district: District }[],
  lang: Lang,
  urls: Urls,
): RSSFeedItem[] {
  return issues.slice(0, FEED_LENGTH).map(({ entry, district }) => ({
    title: entry.data.title,
    link: urls.issue(lang, entry.data.issue),
    pubDate: entry.data.published,
    description: entry.data.summary,
    categories: [district.name[nameKey(lang)]],
  }));
}
