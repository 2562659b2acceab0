/**
 * What a reader's browser downloads: a built site served on 127.0.0.1 the way an ordinary
 * static host serves it (scripts/staticServer.ts: text gzip-compressed, no caching), Chromium
 * (scripts/chromium.ts) in a fresh context for each measurement (empty cache), and every
 * response counted as its encoded body plus headers, as the browser received it.
 *
 * Measures the first search query (from opening `/search/?q=…` to the first result on screen)
 * and a second query typed into the same page, and checks that reading pages load no script
 * and no font.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';
import { serveStatic } from '../staticServer.ts';

export interface Transfer {
  requests: number;
  /** Bytes on the wire, headers included. */
  bytes: number;
  /** Bytes by kind: page (HTML), css, script (the site's JS), pagefind (runtime and wasm), index, fragments, other. */
  byKind: Record<string, number>;
  files: { url: string; bytes: number }[];
}

export interface SearchRun {
  lang: 'en' | 'zh-CN';
  query: string;
  url: string;
  results: number;
  /** From navigation start (first query) or from pressing Enter (next query) to the first result shown. */
  ms: number;
  transfer: Transfer;
}

export interface BrowserFigures {
  /** Each query as the first one on a fresh search page: English, then Chinese when the site has it. */
  firstQueries: SearchRun[];
  /** A second query typed into the first English page. */
  nextQuery?: SearchRun;
  /** Requests a reading page makes, by resource type, and whether any is a script or a font. */
  readingPages: { url: string; transfer: Transfer; scripts: number; fonts: number }[];
}

function kindOf(url: string, type: string): string {
  const path = new URL(url).pathname;
  if (type === 'document') return 'page';
  if (type === 'stylesheet') return 'css';
  if (/\/pagefind\/.*\.pf_fragment$/.test(path)) return 'fragments';
  if (/\/pagefind\/(pagefind-entry\.json|.*\.pf_(meta|index|filter))$/.test(path)) return 'index';
  if (/\/pagefind\//.test(path)) return 'pagefind';
  if (type === 'script') return 'script';
  if (type === 'font') return 'font';
  return 'other';
}

/**
 * Records the requests of a context (its pages and their workers: Pagefind searches in a web
 * worker unless told not to, and a page's own DevTools session does not see a worker's
 * requests) from now until `take()`. Sizes are Playwright's `request.sizes()`: encoded body
 * plus response headers. Playwright reports no body for a worker's own script, which Chromium
 * fetches for the worker rather than the page; `take(page)` weighs such a body from the page's
 * Resource Timing instead, which lists it.
 */
function recorder(context: BrowserContext) {
  let pending: Promise<{ url: string; type: string; body: number; headers: number }>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      request.sizes().then(
        (sizes) => ({
          url: request.url(),
          type: request.resourceType(),
          body: sizes.responseBodySize,
          headers: sizes.responseHeadersSize,
        }),
        () => ({ url: request.url(), type: request.resourceType(), body: 0, headers: 0 }),
      ),
    );
  };
  const onFailed = (request: Request) => {
    pending.push(
      Promise.resolve({ url: request.url(), type: request.resourceType(), body: 0, headers: 0 }),
    );
  };
  context.on('requestfinished', onFinished);
  context.on('requestfailed', onFailed);
  return {
    reset() {
      pending = [];
    },
    async take(page?: Page): Promise<Transfer & { types: string[] }> {
      const timed = new Map(
        page
          ? await page.evaluate(() =>
              performance
                .getEntriesByType('resource')
                .map((entry) => [entry.name, (entry as PerformanceResourceTiming).encodedBodySize]),
            )
          : [],
      );
      const requests = (await Promise.all(pending))
        .filter((request) => !request.url.startsWith('data:'))
        .map(({ url, type, body, headers }) => ({
          url,
          type,
          bytes: headers + (body || (timed.get(url) ?? 0)),
        }));
      const byKind: Record<string, number> = {};
      for (const request of requests) {
        const kind = kindOf(request.url, request.type);
        byKind[kind] = (byKind[kind] ?? 0) + request.bytes;
      }
      return {
        requests: requests.length,
        bytes: requests.reduce((sum, request) => sum + request.bytes, 0),
        byKind,
        files: requests.map(({ url, bytes }) => ({ url, bytes })),
        types: requests.map((request) => request.type),
      };
    },
  };
}

/** Marks, in the page, the moment the result list first gets items after `__benchArmed` is set. */
const RESULT_WATCH = () => {
  const w = window as unknown as { __benchResultsAt?: number; __benchArmed?: boolean };
  w.__benchArmed = true;
  new MutationObserver(() => {
    const list = document.querySelector('[data-search-results]');
    if (w.__benchArmed && list && list.children.length > 0) {
      w.__benchResultsAt = performance.now();
      w.__benchArmed = false;
    }
  }).observe(document, { childList: true, subtree: true });
};

async function waitForResults(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { __benchResultsAt?: number }).__benchResultsAt !== undefined,
    undefined,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(() => (window as unknown as { __benchResultsAt: number }).__benchResultsAt);
}

const settle = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

async function searchRuns(
  context: BrowserContext,
  origin: string,
  searchPath: string,
  first: string,
  next?: string,
): Promise<{ first: Omit<SearchRun, 'lang'>; next?: Omit<SearchRun, 'lang'> }> {
  const page = await context.newPage();
  await page.addInitScript(RESULT_WATCH);
  const record = recorder(context);
  const url = `${origin}${searchPath}?q=${encodeURIComponent(first)}`;
  await page.goto(url, { waitUntil: 'commit' });
  const firstMs = await waitForResults(page);
  await settle(500);
  const count = () => page.locator('[data-search-results] > li').count();
  const firstRun: Omit<SearchRun, 'lang'> = {
    query: first,
    url,
    results: await count(),
    ms: firstMs,
    transfer: await record.take(page),
  };
  if (!next) {
    await page.close();
    return { first: firstRun };
  }
  record.reset();
  const startedAt = await page.evaluate(() => {
    const w = window as unknown as { __benchResultsAt?: number; __benchArmed?: boolean };
    delete w.__benchResultsAt;
    w.__benchArmed = true;
    return performance.now();
  });
  await page.fill('#search-query', next);
  await page.press('#search-query', 'Enter');
  const nextAt = await waitForResults(page);
  await settle(500);
  const nextRun: Omit<SearchRun, 'lang'> = {
    query: next,
    url: `${origin}${searchPath}?q=${encodeURIComponent(next)}`,
    results: await count(),
    ms: nextAt - startedAt,
    transfer: await record.take(page),
  };
  await page.close();
  return { first: firstRun, next: nextRun };
}

async function readingPage(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const record = recorder(context);
  await page.goto(url, { waitUntil: 'load' });
  await settle(300);
  const transfer = await record.take(page);
  await page.close();
  return {
    url,
    transfer: {
      requests: transfer.requests,
      bytes: transfer.bytes,
      byKind: transfer.byKind,
      files: transfer.files,
    },
    scripts: transfer.types.filter((type) => type === 'script').length,
    fonts: transfer.types.filter((type) => type === 'font').length,
  };
}

export async function browserFigures(options: {
  distDir: string;
  /** First queries per language; `next` is typed into the page of the first English one. */
  queries: { en: string[]; zh: string[]; next: string };
  readingPages: string[];
}): Promise<BrowserFigures> {
  const server = await serveStatic(options.distDir, { gzip: true });
  let browser: Browser | undefined;
  try {
    const { path, env } = findChromium();
    const launched = await chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS], env });
    browser = launched;
    const strip = (run: SearchRun): SearchRun => {
      const { requests, bytes, byKind, files } = run.transfer;
      return { ...run, transfer: { requests, bytes, byKind, files } };
    };
    // A fresh context per measurement: nothing cached, no service worker, no storage.
    const inFreshContext = async <T>(task: (context: BrowserContext) => Promise<T>): Promise<T> => {
      const context = await launched.newContext();
      try {
        return await task(context);
      } finally {
        await context.close();
      }
    };

    const firstQueries: SearchRun[] = [];
    let nextQuery: SearchRun | undefined;
    const hasZh = existsSync(join(options.distDir, 'zh', 'search', 'index.html'));
    const plan = [
      ...options.queries.en.map((query) => ({ lang: 'en' as const, query, path: '/search/' })),
      ...(hasZh ? options.queries.zh : []).map((query) => ({
        lang: 'zh-CN' as const,
        query,
        path: '/zh/search/',
      })),
    ];
    for (const [index, { lang, query, path }] of plan.entries()) {
      const next = index === 0 ? options.queries.next : undefined;
      const runs = await inFreshContext((context) =>
        searchRuns(context, server.origin, path, query, next),
      );
      firstQueries.push(strip({ ...runs.first, lang }));
      if (runs.next) nextQuery = strip({ ...runs.next, lang });
    }

    const readingPages = [];
    for (const path of options.readingPages) {
      readingPages.push(
        await inFreshContext((context) => readingPage(context, `${server.origin}${path}`)),
      );
    }
    return { firstQueries, ...(nextQuery ? { nextQuery } : {}), readingPages };
  } finally {
    await browser?.close();
    await server.close();
  }
}
