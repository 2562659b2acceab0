/**
 * schema.org data for search engines, built from the same entries as the visible page:
 * `NewsArticle` for an issue, `BreadcrumbList` for issue and district pages.
 */
import type { Lang } from '../i18n/langs';
import { isoDate } from './format';

export interface ArticleInput {
  headline: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  author: string;
  publisher: string;
  /** The column's name: the periodical the issue belongs to. */
  periodical: string;
  issueNumber: number;
  lang: Lang;
  /** Absolute URLs. */
  url: string;
  image: string;
  place: { name: string; alternateName: string };
}

export function newsArticle(input: ArticleInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    datePublished: isoDate(input.published),
    dateModified: isoDate(input.updated ?? input.published),
    inLanguage: input.lang,
    url: input.url,
    mainEntityOfPage: input.url,
    image: [input.image],
    author: { '@type': 'Organization', name: input.author },
    publisher: { '@type': 'Organization', name: input.publisher },
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(input.issueNumber),
      isPartOf: { '@type': 'Periodical', name: input.periodical },
    },
    about: { '@type': 'Place', ...input.place },
  };
}

/** Trail items from the home page down to the page itself; URLs absolute. */
export function breadcrumbList(items: readonly { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
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
