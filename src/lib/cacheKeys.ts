/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * templates are unchanged since the last build is copied from Astro's cache instead of
 * rendered. A page's key is the digest of everything it shows — its props, which carry its
 * issue or project, neighbours and district, and what every page shows (the column, the
 * districts, the languages) — so editing one issue re-renders only the pages that show it.
 */
import { createHash } from 'node:crypto';

/** JSON with Maps and Sets written out (plain JSON drops their contents) and Dates as ISO text. */
function stable(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { Map: [...value] };
  if (value instanceof Set) return { Set: [...value] };
  return value;
}

/** The digest of `parts`: equal for equal data, different when anything in them differs. */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(parts, stable) ?? '')
    .digest('base64url');
}

/**
 * A route path's `cacheKey` field: the digest of `parts` in a build, nothing in `astro dev`,
 * which renders every page afresh and would hash a thousand pages' props on every save.
 */
export function cacheKeyOf(...parts: unknown[]): { cacheKey?: string } {
  return __COLUMN_PREVIEW__ ? {} : { cacheKey: pageKey(...parts) };
}
