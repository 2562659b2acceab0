/**
 * Project pages in search, in Chromium, on the `desk` fixture: a school's name finds its
 * project page beside the issues that name it, and the type filter narrows to projects.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { buildSite, expectBuilt } from '../support/build';
import { fixtureContent } from '../support/paths';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  const site = expectBuilt(
    await buildSite({ name: 'e2e-projects', contentDir: fixtureContent('desk') }),
  );
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(site.outDir, { base: '/' })]);
  page = await browser.newPage();
});

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

/** Waits until the search has answered, then reads each result's kicker and link. */
async function results(): Promise<{ kicker: string; title: string; href: string }[]> {
  await expect
    .poll(() => page.locator('[data-search-status]').innerText(), { timeout: 15_000 })
    .toMatch(/found|No issue|找到|没有/);
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      kicker: item.querySelector('.issue-card__number')?.textContent ?? '',
      title: item.querySelector('h3 a')?.textContent ?? '',
      href: item.querySelector('h3 a')?.getAttribute('href') ?? '',
    })),
  );
}

describe('searching for a school', () => {
  it('offers the school’s project page beside the issues that name it', async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent('Experimental')}`);
    const found = await results();
    expect(found).toEqual(
      expect.arrayContaining([
        {
          kicker: 'Project',
          title: 'Alder North Experimental Primary School',
          href: '/projects/alder-north-primary/',
        },
        expect.objectContaining({ kicker: 'No. 4', href: '/issues/4/' }),
      ]),
    );
  });

  it('narrows to project pages with the type filter, and records it in the URL', async () => {
    await page.goto(`${server.url}search/?q=alder`);
    const all = await results();
    expect(all.some((result) => result.kicker.startsWith('No.'))).toBe(true);
    await page.getByLabel('Type').selectOption('project');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=alder&type=project');
    await expect
      .poll(async () => (await results()).map((result) => result.href).toSorted())
      .toEqual(['/projects/alder-lake-kindergarten/', '/projects/alder-north-primary/']);
    await page.getByLabel('Type').selectOption('issue');
    await expect
      .poll(async () => (await results()).every((result) => result.kicker.startsWith('No.')))
      .toBe(true);
  });

  it('finds the Chinese name on the Chinese search page', async () => {
    await page.goto(`${server.url}zh/search/?q=${encodeURIComponent('桤木北小学')}&type=project`);
    expect(await results()).toEqual([
      {
        kicker: '项目',
        title: 'Alder North Experimental Primary School',
        href: '/zh/projects/alder-north-primary/',
      },
    ]);
  });
});
