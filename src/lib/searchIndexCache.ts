/**
 * The search index of the build before, kept in the build's cache folder and reused when
 * Pagefind would be given exactly the same input: the same files, byte for byte, under the same
 * names, with the same Pagefind and the same settings. Indexing costs seconds in every build;
 * hashing what it would read costs a fraction of that, and Pagefind writes the same bytes for
 * the same input, so a reused index is the index a fresh run would write.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

/** Files Pagefind reads, by name, and their contents; `label` keeps two sources' files apart. */
export interface IndexSource {
  label: string;
  files: readonly string[];
  read: (file: string) => string | Uint8Array;
}

/**
 * A digest of everything a fresh index depends on: `settings` (Pagefind's version and every
 * option or environment variable it reads) and each source's files, names and contents.
 */
export function searchInputDigest(
  sources: readonly IndexSource[],
  settings: Readonly<Record<string, string | number | undefined>>,
): string {
  const hash = createHash('sha256');
  const sorted = Object.entries(settings)
    .filter((entry) => entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  hash.update(JSON.stringify(sorted));
  for (const { label, files, read } of sources) {
    hash.update(`\0source ${label}\0`);
    for (const file of [...files].sort()) {
      const given = read(file);
      const contents = typeof given === 'string' ? Buffer.from(given) : given;
      // Name and length first, so no two different inputs run together into the same bytes.
      hash.update(`${file}\0${contents.length}\0`).update(contents);
    }
  }
  return hash.digest('hex');
}

const DIGEST_FILE = 'digest';
const INDEX_FOLDER = 'pagefind';

/**
 * Puts the index kept in `cacheFolder` in `outputPath` if it was written for `digest`.
 * Returns whether it did.
 */
export function reuseIndex(cacheFolder: string, digest: string, outputPath: string): boolean {
  const digestFile = join(cacheFolder, DIGEST_FILE);
  if (!existsSync(digestFile) || readFileSync(digestFile, 'utf8') !== digest) return false;
  rmSync(outputPath, { recursive: true, force: true });
  linkTree(join(cacheFolder, INDEX_FOLDER), outputPath);
  return true;
}

/** Keeps the index in `outputPath`, written for `digest`, in `cacheFolder` for the next build. */
export function keepIndex(cacheFolder: string, digest: string, outputPath: string): void {
  // The digest goes last: a build stopped while copying leaves no digest, so no half a copy is
  // ever taken for an index.
  rmSync(cacheFolder, { recursive: true, force: true });
  linkTree(outputPath, join(cacheFolder, INDEX_FOLDER));
  writeFileSync(join(cacheFolder, DIGEST_FILE), digest);
}

/**
 * Gives every file under `from` a second name under `to`: a hard link, a copy where the two
 * are on different file systems. Linking the 3,200 files of a 1,000-issue index took a tenth
 * of the time copying them did (80 against 500–670 ms). Sharing the files is safe because
 * nothing writes into an index once Pagefind has written it: every build writes a new output
 * folder, and a new index is linked into the cache after the old one is removed.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  // A folder is listed before what it holds.
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (entry.isDirectory()) mkdirSync(target);
    if (!entry.isFile()) continue;
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(source, target);
    }
  }
}
