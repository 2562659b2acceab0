/**
 * Lighthouse on the real column: accessibility, best practices and SEO must score 100 on the
 * home, issue, district and search pages. Performance is left to the benchmark (scripts/bench/),
 * which reports it; a score that depends on the machine's load is not asserted here.
 *
 * Each page runs once; the reports are saved as test/.output/e2e-lighthouse/<page>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectBuilt } from '../support/build';
import {
  launchLighthouseChrome,
  runLighthouse,
  type LighthouseChrome,
  type LighthouseScores,
} from '../support/lighthouse';
import { outputRoot, projectRoot } from '../support/paths';
import { serveStatic, type StaticServer } from '../../scripts/staticServer.ts';

const PAGES = {
  home: '',
  issue: 'issues/4/',
  district: 'districts/hanting/',
  search: 'search/?q=kindergartens',
};

const PERFECT = { accessibility: 100, 'best-practices': 100, seo: 100 };

let server: StaticServer;
let chrome: LighthouseChrome;

beforeAll(async () => {
  const site = expectBuilt(
    await buildSite({ name: 'e2e-lighthouse', contentDir: `${projectRoot}content` }),
  );
  server = await serveStatic(site.outDir, { base: site.base });
  chrome = await launchLighthouseChrome();
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('Lighthouse on the real column', () => {
  it.each(Object.entries(PAGES))(
    'scores 100 for accessibility, best practices and SEO on the %s page',
    async (name, path) => {
      const result: LighthouseScores = await runLighthouse(`${server.url}${path}`, chrome.port);
      const reports = join(outputRoot, 'e2e-lighthouse');
      mkdirSync(reports, { recursive: true });
      writeFileSync(join(reports, `${name}.json`), result.report);
      console.log(`Lighthouse ${name} (${path || '/'}): ${JSON.stringify(result.scores)}`);
      expect({ scores: result.scores, failing: result.failing }).toEqual({
        scores: PERFECT,
        failing: [],
      });
    },
    90_000,
  );
});
