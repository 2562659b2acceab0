/**
 * deploy/nginx.conf on Debian's nginx, serving fixture builds as an operator would: at the
 * domain root, and under /column/ from a sub-folder. Checks the headers (the CSP from
 * src/lib/csp.ts, caching), the 404 page, a link check over HTTP, and search in Chromium
 * under the CSP header, which refuses any worker.
 *
 * nginx comes from `apt-get install -y nginx` (.ci/run installs it). Without it these tests
 * are skipped on a developer's machine, saying so, and fail in CI.
 */
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader, IMMUTABLE_CACHE } from '../../src/lib/csp';
import { launchBrowser } from '../support/browser';
import { buildSite, expectBuilt, type BuildResult } from '../support/build';
import { crawlSite } from '../support/crawl';
import { watchCspViolations } from '../support/cspViolations';
import { listPages } from '../support/html';
import { NGINX_PATH, startNginx, type NginxServer } from '../support/nginx';
import { fixtureContent, outputRoot } from '../support/paths';

const skip = !NGINX_PATH && !process.env['CI'];
if (skip) {
  console.warn(
    'test/e2e/deploy.test.ts: skipped — nginx is not installed (apt-get install -y nginx); CI installs it and runs these tests.',
  );
}

describe.skipIf(skip)('deploy/nginx.conf with a site built at the domain root', () => {
  let site: BuildResult;
  let nginx: NginxServer;

  beforeAll(async () => {
    site = expectBuilt(
      await buildSite({ name: 'deploy-root', contentDir: fixtureContent('search') }),
    );
    nginx = await startNginx({ name: 'deploy-root-nginx', root: site.outDir });
  });

  afterAll(async () => {
    await nginx?.close();
  });

  it('is the same policy as src/lib/csp.ts', () => {
    const config = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
    expect(config).toContain(`add_header Content-Security-Policy "${cspHeader()}" always;`);
  });

  it('sends pages with the CSP, nosniff and revalidation', async () => {
    const response = await fetch(`${nginx.origin}/`);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': cspHeader(),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
  });

  it('caches hashed files under _astro/ for a year, with the CSP still on them', async () => {
    const css = readdirSync(join(site.outDir, '_astro')).find((file) => file.endsWith('.css'));
    const response = await fetch(`${nginx.origin}/_astro/${css}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect(response.headers.get('content-security-policy')).toBe(cspHeader());
  });

  it('answers a missing address with 404.html and status 404, headers included', async () => {
    const response = await fetch(`${nginx.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect(response.headers.get('content-security-policy')).toBe(cspHeader());
  });

  it('redirects a folder asked for without its slash, relatively', async () => {
    const response = await fetch(`${nginx.origin}/issues/1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/issues/1/');
  });

  it('does not serve the _headers file', async () => {
    expect((await fetch(`${nginx.origin}/_headers`)).status).toBe(404);
  });

  it('has no broken link, reached over HTTP from the home page', async () => {
    const crawl = await crawlSite(nginx.origin, '/', site.site);
    expect(crawl.problems).toEqual([]);
    expect(crawl.pages).toEqual(
      expect.arrayContaining(listPages(site.outDir).filter((page) => page !== '/404.html')),
    );
  });
});

describe.skipIf(skip)('deploy/nginx.conf with a site built for /column/, in a sub-folder', () => {
  let site: BuildResult;
  let nginx: NginxServer;
  let browser: Browser;

  beforeAll(async () => {
    site = expectBuilt(
      await buildSite({
        name: 'deploy-column',
        contentDir: fixtureContent('search'),
        base: '/column/',
      }),
    );
    // As the config's comment says: dist/ copied in as <root>/column/, and the 404 line changed.
    const root = join(outputRoot, 'deploy-column', 'www');
    cpSync(site.outDir, join(root, 'column'), { recursive: true });
    nginx = await startNginx({
      name: 'deploy-column-nginx',
      root,
      edits: [['error_page 404 /404.html;', 'error_page 404 /column/404.html;']],
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await nginx?.close();
  });

  it('has no broken link, reached over HTTP from /column/', async () => {
    const crawl = await crawlSite(nginx.origin, '/column/', site.site);
    expect(crawl.problems).toEqual([]);
    expect(crawl.pages).toEqual(
      expect.arrayContaining(
        listPages(site.outDir)
          .filter((page) => page !== '/404.html')
          .map((page) => `/column${page}`),
      ),
    );
  });

  it('answers a missing address under /column/ with the 404 page', async () => {
    const response = await fetch(`${nginx.origin}/column/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  it('searches in English and Chinese under the CSP header, without a violation', async () => {
    const page = await browser.newPage();
    try {
      const violations = await watchCspViolations(page);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
      const results = page.locator('[data-search-results] > li');

      // Three issues and the project page of Willow Lane Kindergarten.
      await page.goto(`${nginx.origin}/column/search/?q=kindergartens`);
      await results.first().waitFor({ timeout: 15_000 });
      expect(await results.count()).toBe(4);

      await page.goto(`${nginx.origin}/column/zh/search/?q=${encodeURIComponent('小学')}`);
      await results.first().waitFor({ timeout: 15_000 });
      expect(await results.count()).toBe(1);

      // Pagefind searched in the page: the policy would have refused its worker.
      expect(workers).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
