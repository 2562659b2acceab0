/**
 * The one font the cards are drawn with, from the npm registry (Noto Sans S Chinese,
 * `@embedpdf/fonts-sc`), so a Chinese title draws the same on a machine with no fonts at all,
 * and the fontconfig setup that keeps every other font out of the drawing process.
 *
 * Plain Node with `.ts` imports: src/lib/socialImage/drawProcess.ts runs it outside Vite.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const FONT_PACKAGE = '@embedpdf/fonts-sc';
export const FONT_FAMILY = 'Noto Sans S Chinese';
export type Weight = 'regular' | 'bold';
const FONT_FILES: Record<Weight, string> = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
};

export interface Fonts {
  /** Absolute paths of the two weights the cards use. */
  files: Record<Weight, string>;
  /** SHA-256 of the font files' bytes, for the cache key. */
  hash: string;
}

function fontFiles(): Record<Weight, string> {
  // Resolved from the project root (where Astro runs), not from this module: in a build it
  // runs as a bundled chunk, whose own URL says nothing about where node_modules is. The
  // package's `exports` name only its script, so the fonts are found beside it.
  const require = createRequire(resolve(process.cwd(), 'package.json'));
  const packageDir = resolve(dirname(require.resolve(FONT_PACKAGE)), '..');
  return {
    regular: join(packageDir, 'fonts', FONT_FILES.regular),
    bold: join(packageDir, 'fonts', FONT_FILES.bold),
  };
}

let fonts: Promise<Fonts> | undefined;

/** The font files and their hash, read once per process. */
export function loadFonts(): Promise<Fonts> {
  fonts ??= (async () => {
    const files = fontFiles();
    const hash = createHash('sha256');
    for (const weight of ['regular', 'bold'] as const) hash.update(await readFile(files[weight]));
    return { files, hash: hash.digest('hex') };
  })();
  return fonts;
}

/** A fontconfig setup that lists no font folders: only the files added by path exist. */
const EMPTY_FONTCONFIG = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig></fontconfig>
`;

/**
 * The path of a file holding `EMPTY_FONTCONFIG`, for `FONTCONFIG_FILE` in the environment of
 * a process that draws text. Pango picks fonts through fontconfig, which by default also
 * offers every font installed on the machine: a character missing from our font would quietly
 * come from one of them, so the same card would differ between a laptop and a bare CI machine.
 */
export async function emptyFontconfigFile(): Promise<string> {
  const conf = join(tmpdir(), 'column-social-images', 'fonts-empty.conf');
  if (!existsSync(conf)) {
    await mkdir(dirname(conf), { recursive: true });
    // Written aside and renamed, so a parallel build never reads half a file.
    const partial = `${conf}.${process.pid}`;
    await writeFile(partial, EMPTY_FONTCONFIG);
    await rename(partial, conf);
  }
  return conf;
}
