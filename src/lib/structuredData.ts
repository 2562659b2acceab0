/**
 * schema.org data for search engines, built from the same entries as the visible page:
 * `NewsArticle` for an issue, `BreadcrumbList` for issue and district pages, `Dataset` for the
 * data page.
 */
import { nameKey, otherNameKey, type Lang } from '../i18n/langs';
import type { Crumb } from './breadcrumbs';
import { DOWNLOADS } from './dataPackage';
import { isoDate } from './format';
import type { IssueEntry } from './queries';
import type { ColumnData, DistrictData } from './schema';
import type { Urls } from './urls';

/** What the article needs of an issue's frontmatter. */
export type ArticleIssue = Pick<
  IssueEntry['data'],
  'title' | 'summary' | 'published' | 'updated' | 'author' | 'issue' | 'lang'
>;

export interface ArticlePage {
  /** The page's language, which picks the names and the URLs. */
  lang: Lang;
  issue: ArticleIssue;
  district: Pick<DistrictData, 'name'>;
  column: Pick<ColumnData, 'title' | 'publisher' | 'defaultLang'>;
  /** The languages the issue has an edition in, its own included. */
  editions?: readonly Lang[];
}

/**
 * The issue page as a `NewsArticle`: the issue of a periodical, about a place. Of two
 * editions, the one in the column's language is the work and the other its translation.
 */
export function newsArticle(
  { lang, issue, district, column, editions = [lang] }: ArticlePage,
  urls: Urls,
) {
  const key = nameKey(lang);
  const url = urls.absolute(urls.issue(lang, issue.issue));
  const edition = (other: Lang) => ({
    '@type': 'NewsArticle',
    url: urls.absolute(urls.issue(other, issue.issue)),
    inLanguage: other,
  });
  const others = editions.filter((other) => other !== lang);
  const translations =
    others.length === 0
      ? {}
      : lang === column.defaultLang
        ? { workTranslation: others.map(edition) }
        : editions.includes(column.defaultLang)
          ? { translationOfWork: edition(column.defaultLang) }
          : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: issue.title,
    description: issue.summary,
    datePublished: isoDate(issue.published),
    dateModified: isoDate(issue.updated ?? issue.published),
    inLanguage: issue.lang,
    url,
    mainEntityOfPage: url,
    image: [urls.absolute(urls.socialImage(lang, issue.issue))],
    author: { '@type': 'Organization', name: issue.author },
    publisher: { '@type': 'Organization', name: column.publisher[key] },
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(issue.issue),
      isPartOf: { '@type': 'Periodical', name: column.title[key] },
    },
    about: {
      '@type': 'Place',
      name: district.name[key],
      alternateName: district.name[otherNameKey(lang)],
    },
    ...translations,
  };
}

/** A page's trail (src/lib/breadcrumbs.ts) with absolute URLs. */
export function breadcrumbList(trail: readonly Crumb[], urls: Urls) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: urls.absolute(crumb.url),
    })),
  };
}

export interface DatasetPage {
  /** The page's language, which picks the names. */
  lang: Lang;
  column: Pick<ColumnData, 'title' | 'description' | 'publisher' | 'targets'>;
  /** The data page's URL, made by `urls`. */
  url: string;
  /** The newest issue's date: when the figures last changed. */
  dateModified: Date | undefined;
}

/** The data page as a `Dataset`, each download under `/data/` a `DataDownload`. */
export function datasetJsonLd({ lang, column, url, dateModified }: DatasetPage, urls: Urls) {
  const key = nameKey(lang);
  const { start, end } = column.targets.period;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: column.title[key],
    alternateName: column.title[otherNameKey(lang)],
    description: column.description[key],
    url: urls.absolute(url),
    inLanguage: lang,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: column.publisher[key] },
    temporalCoverage: `${start}/${end}`,
    ...(dateModified ? { dateModified: isoDate(dateModified) } : {}),
    distribution: DOWNLOADS.map(({ file, mediatype }) => ({
      '@type': 'DataDownload',
      name: file,
      encodingFormat: mediatype,
      contentUrl: urls.absolute(urls.dataFile(file)),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<` is escaped so text such as
 * a title containing `</script>` cannot end the element early.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
