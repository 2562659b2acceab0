/**
 * The components editors may use in any issue without importing them. `IssueArticle.astro`
 * passes this map to the MDX content; docs/editing.md documents each one.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';
import Stat from './Stat.astro';

export const mdxComponents = { Callout, Figure, PullQuote, Stat };
