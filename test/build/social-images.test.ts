/**
 * Social images in built fixture sites: a 1200×630 PNG for every published issue at
 * `urls.socialImage`, none for drafts or scheduled issues, a default one; served as image/png
 * under a sub-path; a Chinese title drawn as Chinese, not as boxes; and a second build that
 * draws nothing it has drawn before.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IssueCard } from '../../src/lib/socialImage/card';
import { HEIGHT, WIDTH, type RenderedText } from '../../src/lib/socialImage/draw';
import { cardPalette } from '../../src/lib/socialImage/palette';
import { drawCard } from '../../src/lib/socialImage/renderer';
import { createUrls } from '../../src/lib/urls';
import { buildSite, expectBuilt, rebuild, type BuildResult } from '../support/build';
import { listFiles, listPages, pageFile } from '../support/html';
import { fixtureContent, outputRoot, projectRoot } from '../support/paths';
import { serveStatic } from '../../scripts/staticServer.ts';

const run = promisify(execFile);

async function pngSize(file: string) {
  const { format, width, height } = await sharp(file).metadata();
  return { format, width, height };
}

describe('social images of the basic fixture', () => {
  let site: BuildResult;
  const urls = createUrls('/');
  const image = (number: number) => pageFile(site.outDir, urls.socialImage('en', number));

  beforeAll(async () => {
    site = expectBuilt(await buildSite({ name: 'og-basic', contentDir: fixtureContent('basic') }));
  });

  it('has a 1200×630 PNG at urls.socialImage for every published issue, and no other', async () => {
    const published = listPages(site.outDir)
      .map((page) => /^\/issues\/(\d+)\/$/.exec(page)?.[1])
      .filter((number) => number !== undefined)
      .map(Number);
    expect(published).toHaveLength(15);
    for (const number of published) {
      expect(await pngSize(image(number)), `issue ${number}`).toEqual({
        format: 'png',
        width: WIDTH,
        height: HEIGHT,
      });
    }
    expect(listFiles(join(site.outDir, 'og', 'issues'))).toEqual(
      published.map((number) => `${number}.png`).toSorted(),
    );
  });

  it('has no image for a draft or a scheduled issue', () => {
    // 016-cedar-scheduled.mdx is dated in the future, 017-cedar-draft.mdx is a draft.
    expect(existsSync(image(16))).toBe(false);
    expect(existsSync(image(17))).toBe(false);
  });

  it('has the default image at 1200×630', async () => {
    expect(await pngSize(pageFile(site.outDir, urls.defaultSocialImage()))).toEqual({
      format: 'png',
      width: WIDTH,
      height: HEIGHT,
    });
  });
});

/**
 * The `zh` fixture (one issue in English, one in Chinese) built three times under /column/
 * into one folder, so the builds share the social-image cache in `.astro-cache/`. A drawn card
 * is always written to the cache anew (src/lib/socialImage/cache.ts), so a cache file with the same
 * inode and modification time after a build was not drawn by that build.
 */
describe('social images of the zh fixture under /column/', () => {
  const base = '/column/';
  const urls = createUrls(base);
  const folder = join(outputRoot, 'og-cache');
  const contentDir = join(folder, 'content');
  const outDir = join(folder, 'dist');
  const cacheFolder = join(folder, '.astro-cache', 'social-images');
  const IMAGES = {
    en: urls.socialImage('en', 1),
    zh: urls.socialImage('zh-CN', 1),
    default: urls.defaultSocialImage(),
  };
  type Images = Record<keyof typeof IMAGES, Buffer>;

  /** Each cache file with the identity of what is on disk. */
  const cacheFiles = () =>
    Object.fromEntries(
      readdirSync(cacheFolder).map((name) => {
        const { ino, mtimeMs } = statSync(join(cacheFolder, name));
        return [name, { ino, mtimeMs }];
      }),
    );
  const builtImages = () =>
    Object.fromEntries(
      Object.entries(IMAGES).map(([key, url]) => [
        key,
        readFileSync(pageFile(outDir, url.slice(base.length - 1))),
      ]),
    ) as Images;

  /** A build into `folder`, which unlike `buildSite` keeps the cache of the build before. */
  async function build() {
    await rebuild({ name: 'og-cache', contentDir, base }, outDir);
    return { cache: cacheFiles(), images: builtImages() };
  }

  let first: Awaited<ReturnType<typeof build>>;
  let again: Awaited<ReturnType<typeof build>>;
  let edited: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    cpSync(fixtureContent('zh'), contentDir, { recursive: true });
    first = await build();
    again = await build();
    const issue = join(contentDir, 'issues', '001-harbour-zh.mdx');
    writeFileSync(
      issue,
      readFileSync(issue, 'utf8').replace('港湾区计划新建两所小学', '港湾区计划新建三所小学'),
    );
    edited = await build();
  });

  it('draws every card on the first build: two issues and the default', () => {
    expect(Object.keys(first.cache)).toHaveLength(3);
  });

  it('draws nothing again when nothing changed', () => {
    expect(again.cache).toEqual(first.cache);
    expect(again.images).toEqual(first.images);
  });

  it('draws only the card of the issue that changed', () => {
    const added = Object.keys(edited.cache).filter((name) => !(name in first.cache));
    expect(added).toHaveLength(1);
    expect(
      Object.fromEntries(Object.keys(first.cache).map((name) => [name, edited.cache[name]])),
    ).toEqual(first.cache);
    expect(edited.images.zh).not.toEqual(first.images.zh);
    expect(edited.images.en).toEqual(first.images.en);
    expect(edited.images.default).toEqual(first.images.default);
  });

  it('serves each image as image/png at its URL under /column/', async () => {
    const server = await serveStatic(outDir, { base });
    try {
      for (const url of Object.values(IMAGES)) {
        const response = await fetch(`${server.origin}${url}`);
        expect(response.status, url).toBe(200);
        expect(response.headers.get('content-type'), url).toBe('image/png');
        const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
        expect([meta.width, meta.height], url).toEqual([WIDTH, HEIGHT]);
      }
    } finally {
      await server.close();
    }
  });

  describe('the Chinese card', () => {
    const title = '港湾区计划新建两所小学';

    it('is the card drawn with the npm font, pixel for pixel', async () => {
      // What test/fixtures/zh says about its Chinese issue, as the card shows it.
      const card: IssueCard = {
        kind: 'issue',
        lang: 'zh-CN',
        column: { primary: '港区学校专栏', secondary: 'Harbour Schools Column' },
        publisher: '测试出版社',
        number: '第1期',
        district: '港湾区',
        title,
        figure: { value: '2.5亿元', label: '计划投资' },
      };
      const palette = cardPalette(
        readFileSync(join(projectRoot, 'src', 'styles', 'tokens.css'), 'utf8'),
      );
      const pixels = (png: Buffer) => sharp(png).raw().toBuffer();
      expect(
        (await pixels(first.images.zh)).equals(await pixels(await drawCard(card, palette))),
      ).toBe(true);
    });

    it('draws its title as Chinese glyphs, not as the boxes of a font without them', async () => {
      const characters = [...new Set(title)];
      const glyphs = await renderWithFont(characters);
      // Two ways to draw boxes: private-use characters, which the npm font lacks, come out as
      // boxes with the code point inside (a font without Chinese does that to Chinese), and a
      // process with no font at all draws empty boxes (a CI machine would, without the font).
      const privateUse = characters.map((_, index) => String.fromCodePoint(0xe000 + index * 0x111));
      const hexBoxes = await renderWithFont(privateUse);
      const emptyBoxes = await renderWithoutFonts(characters);

      expect(hexBoxes.every(isBox)).toBe(true);
      expect(emptyBoxes.every(isBox)).toBe(true);
      expect(glyphs.flatMap((glyph, index) => (isBox(glyph) ? [characters[index]] : []))).toEqual(
        [],
      );

      // Every character has a shape of its own; without a font, all are one box.
      expect(await distinctShapes(glyphs)).toBe(characters.length);
      expect(await distinctShapes(emptyBoxes)).toBe(1);

      // The whole line, too, looks nothing like the same text without the font.
      const [line] = await renderWithFont([title]);
      const [boxes] = await renderWithoutFonts([title]);
      if (!line || !boxes) throw new Error('a drawing process drew nothing');
      expect(await difference(line, boxes)).toBeGreaterThan(40);
    });
  });
});

/**
 * Whether ink runs around all four edges of a drawing's inked area, as it does around a box: a
 * Chinese character touches its outline only here and there (and this title has no character
 * framed like 口).
 */
function isBox({ data, width, height }: RenderedText): boolean {
  const inked = (x: number, y: number) => (data[(y * width + x) * 4 + 3] ?? 0) > 128;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (inked(x, y)) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length === 0) return false;
  const [left, right, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  /** The share of positions along one edge with ink within 2 pixels of it. */
  const coverage = (from: number, to: number, hit: (at: number, depth: number) => boolean) => {
    let count = 0;
    for (let at = from; at <= to; at++) if (hit(at, 0) || hit(at, 1)) count++;
    return count / (to - from + 1);
  };
  const edges = [
    coverage(left, right, (x, depth) => inked(x, top + depth)),
    coverage(left, right, (x, depth) => inked(x, bottom - depth)),
    coverage(top, bottom, (y, depth) => inked(left + depth, y)),
    coverage(top, bottom, (y, depth) => inked(right - depth, y)),
  ];
  return Math.min(...edges) >= 0.9;
}

/** An ink mask (the alpha channel) scaled to 32×32, so shapes of any size compare. */
async function shape(text: RenderedText): Promise<Buffer> {
  return sharp(text.data, { raw: { width: text.width, height: text.height, channels: 4 } })
    .extractChannel(3)
    .resize(32, 32, { fit: 'fill' })
    .raw()
    .toBuffer();
}

/** Mean difference of two ink masks, from 0 (the same) to 255. */
async function difference(a: RenderedText, b: RenderedText): Promise<number> {
  const [x, y] = await Promise.all([shape(a), shape(b)]);
  return x.reduce((sum, value, index) => sum + Math.abs(value - (y[index] ?? 0)), 0) / x.length;
}

/** How many different shapes there are; two count as one when they differ by less than 8. */
async function distinctShapes(texts: RenderedText[]): Promise<number> {
  const kept: RenderedText[] = [];
  for (const text of texts) {
    const differences = await Promise.all(kept.map((other) => difference(text, other)));
    if (differences.every((value) => value >= 8)) kept.push(text);
  }
  return kept.length;
}

/**
 * Draws `script`'s texts (bold, 60 px) in a Node process whose fontconfig knows no font at all,
 * like the drawing process the build starts; `script` fills `out` with sharp's raw output.
 */
async function renderIsolated(script: string): Promise<RenderedText[]> {
  const dir = join(outputRoot, 'og-no-fonts');
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
  const program = `
    const out = [];
    ${script}
    process.stdout.write(JSON.stringify(out.map(({ data, width, height }) =>
      ({ width, height, data: Buffer.from(data).toString('base64') }))));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', program], {
    cwd: projectRoot,
    env: { ...process.env, FONTCONFIG_FILE: conf },
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as { width: number; height: number; data: string }[]).map((text) => ({
    ...text,
    data: Buffer.from(text.data, 'base64'),
  }));
}

/** The texts as the cards draw them: the site's renderText with the npm font. */
function renderWithFont(texts: string[]): Promise<RenderedText[]> {
  const module = (name: string) =>
    JSON.stringify(pathToFileURL(join(projectRoot, 'src', 'lib', 'socialImage', name)).href);
  return renderIsolated(`
    const { renderText } = await import(${module('draw.ts')});
    const { loadFonts } = await import(${module('fonts.ts')});
    const fonts = await loadFonts();
    for (const text of ${JSON.stringify(texts)}) {
      out.push(await renderText({ markup: text, size: 60, weight: 'bold' }, fonts));
    }
  `);
}

/**
 * The same texts drawn by sharp without the npm font: what a CI machine without fonts would
 * draw if the npm font were not used.
 */
function renderWithoutFonts(texts: string[]): Promise<RenderedText[]> {
  return renderIsolated(`
    const { createRequire } = await import('node:module');
    const sharp = createRequire(${JSON.stringify(join(projectRoot, 'package.json'))})('sharp');
    for (const text of ${JSON.stringify(texts)}) {
      const { data, info } = await sharp({
        text: { text, font: 'Noto Sans S Chinese Bold 60', dpi: 72, rgba: true },
      }).raw().toBuffer({ resolveWithObject: true });
      out.push({ data, width: info.width, height: info.height });
    }
  `);
}
