/**
 * A link check over HTTP, the way a reader's browser meets a deployed site: start at the home
 * page, follow every internal link, stylesheet and picture, and note each one that does not
 * answer 200 or whose `#fragment` is not on its page. Absolute links to the site's own
 * origin (`site`, e.g. canonical and social-image URLs) are followed on the server under test.
 */
import type { Root } from 'hast';
import { allInternalLinks, cssUrls, fragmentTargets, parseHtml } from './html';

export interface CrawlResult {
  /** Paths (with the base) of every HTML page reached. */
  pages: string[];
  /** One line per broken reference: `from → url: problem`. */
  problems: string[];
}

const MAX_REQUESTS = 2_000;

export async function crawlSite(origin: string, base: string, site: string): Promise<CrawlResult> {
  const siteOrigin = new URL(site).origin;
  const html = new Map<string, Root>();
  const status = new Map<string, Promise<number>>();
  const problems: string[] = [];
  const links: { from: string; url: URL }[] = [];

  const fetchOnce = (path: string) => {
    let known = status.get(path);
    if (!known) {
      if (status.size >= MAX_REQUESTS) throw new Error(`crawlSite: over ${MAX_REQUESTS} URLs`);
      known = fetch(`${origin}${path}`, { redirect: 'manual' }).then(async (response) => {
        const type = response.headers.get('content-type') ?? '';
        if (response.status === 200 && type.startsWith('text/html')) {
          const page = parseHtml(await response.text());
          html.set(path, page);
          queueLinks(path, allInternalLinks(page, site));
        } else if (response.status === 200 && type.startsWith('text/css')) {
          queueLinks(path, cssUrls(await response.text()));
        } else {
          await response.arrayBuffer();
        }
        return response.status;
      });
      status.set(path, known);
    }
    return known;
  };

  const queueLinks = (from: string, urls: string[]) => {
    for (const raw of urls) {
      const absolute = raw.startsWith(`${siteOrigin}/`) ? raw.slice(siteOrigin.length) : raw;
      const url = new URL(absolute, `${origin}${from}`);
      links.push({ from, url });
      void fetchOnce(url.pathname);
    }
  };

  await fetchOnce(base);
  // Each fetch queues the links it finds; wait until no new one appears.
  for (let settled = 0; settled !== status.size;) {
    settled = status.size;
    await Promise.all(status.values());
  }

  for (const { from, url } of links) {
    const code = await fetchOnce(url.pathname);
    if (code !== 200) {
      problems.push(`${from} → ${url.pathname}: ${code}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    const target = html.get(url.pathname);
    if (fragment && target !== undefined) {
      if (!fragmentTargets(target).has(fragment))
        problems.push(`${from} → ${url.pathname}#${fragment}: no such id`);
    }
  }
  return { pages: [...html.keys()].toSorted(), problems: [...new Set(problems)] };
}
