/**
 * Results of a pure function of a text, found again by the text's digest: the content check
 * reads each of 1,000 issue bodies in every build and on every save in `astro dev`, and almost
 * all of them are the text it read last time.
 *
 * Kept in memory for the life of the process (the dev server) and, given a file, on disk
 * between runs (builds). Each entry is stored under the digest of `version` and the text, so a
 * change to the code that computes the results (the caller's `version`) never serves an old one.
 * A result JSON cannot carry exactly (a NaN, an undefined field) is kept in memory only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

export class DigestMemo<T> {
  readonly #file: string | undefined;
  readonly #version: string;
  #entries = new Map<string, T>();
  /** Entries read or computed since the last save: what the next save keeps. */
  #used = new Map<string, T>();
  /** Digests computed in this process, not read from disk: the ones to prove JSON can carry. */
  #computed = new Set<string>();
  #changed = false;

  constructor(options: { version: string; file?: string }) {
    this.#version = options.version;
    this.#file = options.file;
    if (this.#file) this.#entries = readEntries(this.#file);
  }

  /** `compute(text)`, from memory or disk when this text was seen before. */
  get(text: string, compute: (text: string) => T): T {
    const digest = createHash('sha256')
      .update(this.#version)
      .update('\0')
      .update(text)
      .digest('hex');
    let result = this.#entries.get(digest);
    if (result === undefined) {
      result = compute(text);
      this.#entries.set(digest, result);
      this.#computed.add(digest);
      this.#changed = true;
    }
    this.#used.set(digest, result);
    return result;
  }

  /**
   * Writes the entries used since the last save, dropping those of texts no longer seen, when
   * anything changed. A failed write costs the next run time, never a wrong result, so it is
   * not an error.
   */
  save(): void {
    const dropped = this.#used.size !== this.#entries.size;
    if (this.#file && (this.#changed || dropped)) {
      const partial = `${this.#file}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(this.#file), { recursive: true });
        const kept = [...this.#used].filter(
          ([digest, result]) => !this.#computed.has(digest) || survivesJson(result),
        );
        writeFileSync(partial, JSON.stringify(Object.fromEntries(kept)));
        // A run killed while writing leaves the last whole file.
        renameSync(partial, this.#file);
      } catch {
        // Read-only or full disk: the memo stays in memory.
      }
    }
    this.#entries = this.#used;
    this.#used = new Map();
    this.#computed.clear();
    this.#changed = false;
  }
}

const survivesJson = (value: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(value)) as unknown, value);

/** The entries saved in `file`; none when it is missing or unreadable (a cache, not a record). */
function readEntries<T>(file: string): Map<string, T> {
  try {
    const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return saved && typeof saved === 'object' && !Array.isArray(saved)
      ? new Map(Object.entries(saved as Record<string, T>))
      : new Map();
  } catch {
    return new Map();
  }
}
