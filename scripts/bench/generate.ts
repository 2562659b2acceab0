/**
 * Writes the synthetic column that `corpus.ts` plans into a content folder laid out like
 * `content/`: the project's own column.yaml and districts.yaml, `issues/*.mdx`, and the cover
 * pictures in `images/`. Pictures are made from the seed (no downloads), photo-sized and
 * textured enough that encoding them costs what a real photo costs.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { createRandom, planCorpus, type CorpusDistrict, type CorpusIssue } from './corpus.ts';

export interface GeneratedCorpus {
  contentDir: string;
  issues: CorpusIssue[];
  /** Bytes of MDX written, and of pictures. */
  mdxBytes: number;
  imageBytes: number;
}

const COVER_WIDTH = 1600;
const COVER_HEIGHT = 1000;

/** A deterministic photo-like JPEG: sky and ground gradients, blocks of "buildings", grain. */
async function coverImage(seed: number): Promise<Buffer> {
  const random = createRandom(seed);
  const pixels = Buffer.alloc(COVER_WIDTH * COVER_HEIGHT * 3);
  const horizon = Math.floor(COVER_HEIGHT * (0.45 + random.next() * 0.2));
  const sky = [random.int(120, 200), random.int(150, 210), random.int(190, 250)];
  const ground = [random.int(80, 150), random.int(70, 130), random.int(50, 100)];
  const buildings = Array.from({ length: random.int(4, 9) }, () => {
    const x = random.int(0, COVER_WIDTH - 200);
    const w = random.int(120, 420);
    const h = random.int(150, horizon - 40);
    return {
      x,
      w,
      top: horizon - h,
      colour: [random.int(150, 240), random.int(130, 220), random.int(110, 200)],
    };
  });
  let noise = seed >>> 0;
  for (let y = 0; y < COVER_HEIGHT; y++) {
    for (let x = 0; x < COVER_WIDTH; x++) {
      const base = y < horizon ? sky : ground;
      const shade =
        y < horizon ? 1 - (y / horizon) * 0.35 : 0.8 + ((y - horizon) / COVER_HEIGHT) * 0.4;
      let colour = base;
      let windowShade = 1;
      for (const b of buildings) {
        if (x >= b.x && x < b.x + b.w && y >= b.top && y < horizon) {
          colour = b.colour;
          // Rows of windows make edges an encoder has to spend bits on.
          windowShade = (x - b.x) % 28 < 14 && (y - b.top) % 36 < 18 ? 0.55 : 1;
        }
      }
      noise = (Math.imul(noise, 1664525) + 1013904223) >>> 0;
      const grain = ((noise >>> 24) - 128) / 8;
      const offset = (y * COVER_WIDTH + x) * 3;
      for (let c = 0; c < 3; c++) {
        const value = (colour[c] ?? 0) * shade * windowShade + grain;
        pixels[offset + c] = Math.max(0, Math.min(255, value));
      }
    }
  }
  return sharp(pixels, { raw: { width: COVER_WIDTH, height: COVER_HEIGHT, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

/** Writes the corpus into `contentDir` (emptied first), taking column and districts from `projectContentDir`. */
export async function generateCorpus(options: {
  contentDir: string;
  projectContentDir: string;
  issues: number;
  seed: string;
}): Promise<GeneratedCorpus> {
  const { contentDir, projectContentDir } = options;
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'issues'), { recursive: true });
  mkdirSync(join(contentDir, 'images'), { recursive: true });
  for (const file of ['column.yaml', 'districts.yaml']) {
    copyFileSync(join(projectContentDir, file), join(contentDir, file));
  }
  const districts = parse(
    readFileSync(join(projectContentDir, 'districts.yaml'), 'utf8'),
  ) as CorpusDistrict[];
  const issues = planCorpus({ issues: options.issues, seed: options.seed, districts });
  let mdxBytes = 0;
  let imageBytes = 0;
  for (const issue of issues) {
    writeFileSync(join(contentDir, 'issues', issue.fileName), issue.source);
    mdxBytes += Buffer.byteLength(issue.source);
    if (issue.cover) {
      const jpeg = await coverImage(issue.cover.seed);
      writeFileSync(join(contentDir, 'images', issue.cover.fileName), jpeg);
      imageBytes += jpeg.length;
    }
  }
  return { contentDir, issues, mdxBytes, imageBytes };
}
