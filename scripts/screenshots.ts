/**
 * npm run screenshots -- <out-folder> [--site <built-folder>] [--base </path/>] [--pages <a,b,…>]
 * npm run screenshots -- --compare <before-folder> <after-folder>
 *
 * Full-page screenshots of a built site, for checking that a change to the styles or the
 * markup leaves the pages looking the same. Each page is taken at 1,440 px and 375 px wide, in
 * the light and the dark colour scheme and with print styles, as `<page>.<width>.<mode>.png`.
 * The site (`dist/` by default, or `--site`, built for `--base`) is served on 127.0.0.1 and
 * opened in the project's Chromium (scripts/chromium.ts); a search page waits for its results.
 *
 * `--compare` decodes each pair of screenshots and counts the pixels that differ, writing a
 * picture of the differences into `<after-folder>/diff/`; it exits with 1 if any pair differs.
 * Typical use: build and take `before`, change the code, build and take `after`, compare.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from './staticServer.ts';
import { normaliseBase, readBuildEnv } from '../src/lib/buildEnv.ts';

/** The real column's page templates, one address each (the district `kuiwen` has no issue). */
const PAGES = [
  '',
  'issues/',
  'issues/4/',
  'districts/',
  'districts/hanting/',
  'districts/kuiwen/',
  'search/?q=kindergartens',
  'about/',
  '404.html',
];
const WIDTHS = [1440, 375];
const MODES = ['light', 'dark', 'print'] as const;

/** `issues/4/` → `issues-4`, `search/?q=kindergartens` → `search-q-kindergartens`, `` → `home`. */
function slug(page: string): string {
  return (
    page
      .replace(/\.html$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'home'
  );
}

async function screenshots(outDir: string, siteDir: string, base: string, pages: string[]) {
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`${siteDir} holds no built site: run npm run build first`);
  }
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic(siteDir, { base });
  const browser = await launchBrowser();
  try {
    for (const mode of MODES) {
      for (const width of WIDTHS) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          deviceScaleFactor: 1,
          colorScheme: mode === 'dark' ? 'dark' : 'light',
        });
        if (mode === 'print') await page.emulateMedia({ media: 'print' });
        for (const path of pages) {
          const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
          if (!response || (response.status() >= 400 && !path.startsWith('404'))) {
            throw new Error(`${path}: HTTP ${response?.status() ?? 'no response'}`);
          }
          if (/(^|\/)search\/\?/.test(path)) {
            await page.waitForFunction(() => {
              const status = document.querySelector('[data-search-status]')?.textContent ?? '';
              return document.querySelector('[data-search-results] > li') !== null && status;
            });
          }
          // Lazy pictures below the fold would not be in a full-page screenshot.
          await page.evaluate(async () => {
            const images = [...document.images];
            for (const image of images) image.loading = 'eager';
            await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
            await document.fonts.ready;
          });
          const file = join(outDir, `${slug(path)}.${width}.${mode}.png`);
          await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${pages.length * WIDTHS.length * MODES.length} screenshots in ${outDir}`);
}

async function compare(beforeDir: string, afterDir: string): Promise<number> {
  const diffDir = join(afterDir, 'diff');
  rmSync(diffDir, { recursive: true, force: true });
  const names = readdirSync(beforeDir)
    .filter((name) => name.endsWith('.png'))
    .sort();
  let failed = 0;
  for (const name of names) {
    const afterFile = join(afterDir, name);
    if (!existsSync(afterFile)) {
      console.log(`${name}: missing in ${afterDir}`);
      failed++;
      continue;
    }
    const decode = (file: string) =>
      sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const [before, after] = await Promise.all([decode(join(beforeDir, name)), decode(afterFile)]);
    const size = (image: typeof before) => `${image.info.width}×${image.info.height}`;
    if (size(before) !== size(after)) {
      console.log(`${name}: size ${size(before)} → ${size(after)}`);
      failed++;
      continue;
    }
    // The differing pixels in red over a faded copy of the new screenshot.
    const diff = Buffer.from(after.data);
    let differing = 0;
    for (let i = 0; i < diff.length; i += 4) {
      if (before.data.readUInt32BE(i) === after.data.readUInt32BE(i)) {
        for (let c = 0; c < 3; c++) diff[i + c] = 255 - (255 - (diff[i + c] ?? 0)) / 4;
      } else {
        differing++;
        diff.writeUInt32BE(0xff0000ff, i);
      }
    }
    console.log(`${name}: ${differing} differing pixels`);
    if (differing > 0) {
      failed++;
      mkdirSync(diffDir, { recursive: true });
      await sharp(diff, { raw: after.info }).png().toFile(join(diffDir, name));
    }
  }
  console.log(
    failed === 0
      ? `All ${names.length} screenshots are identical.`
      : `${failed} of ${names.length} screenshots differ${existsSync(diffDir) ? `; see ${diffDir}` : ''}.`,
  );
  return failed === 0 ? 0 : 1;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    compare: { type: 'boolean' },
    site: { type: 'string' },
    base: { type: 'string' },
    pages: { type: 'string' },
  },
});

if (values.compare) {
  const [before, after] = positionals;
  if (!before || !after) {
    console.error('Usage: npm run screenshots -- --compare <before-folder> <after-folder>');
    process.exit(2);
  }
  process.exit(await compare(resolve(before), resolve(after)));
} else {
  const [outDir] = positionals;
  if (!outDir) {
    console.error(
      'Usage: npm run screenshots -- <out-folder> [--site <built-folder>] [--base </path/>] [--pages <a,b,…>]',
    );
    process.exit(2);
  }
  const env = readBuildEnv();
  await screenshots(
    resolve(outDir),
    values.site ? resolve(values.site) : env.outDir,
    values.base === undefined ? env.base : normaliseBase(values.base),
    values.pages === undefined ? PAGES : values.pages.split(','),
  );
}
