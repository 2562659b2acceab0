/**
 * One build of this checkout at a time, across processes: the fixture builds and dev servers
 * of the tests (the `build` and `e2e` projects run side by side) and the benchmark's builds.
 * Astro writes files every build shares into `<root>/.astro/` whatever the out and cache
 * folders are, and a benchmark build timed beside another build would measure both.
 *
 * The lock is a folder, because making one is atomic; it holds the owner's pid, so a lock
 * left by a process that died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..');
/** Beside the test builds' output (test/.output/, ignored by git). */
const LOCK = join(projectRoot, 'test', '.output', '.build-lock');
const OWNER = join(LOCK, 'pid');

export interface BuildLockOptions {
  /** How long to wait for another holder before giving up. */
  timeoutMs: number;
  /** Called once, when the lock is held by another process, with its pid. */
  onWait?: (holder: number) => void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function madeAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** Runs `task` while holding the build lock. */
export async function withBuildLock<T>(
  task: () => Promise<T>,
  { timeoutMs, onWait }: BuildLockOptions,
): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(OWNER, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(OWNER, 'utf8'));
      } catch {
        // The holder has made the folder and not yet written its pid, or died in between.
      }
      const orphaned = Number.isNaN(holder) && Date.now() - madeAt(LOCK) > 10_000;
      if (orphaned || (Number.isInteger(holder) && holder > 0 && !isAlive(holder))) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${LOCK}`);
      if (!told && Number.isInteger(holder)) {
        told = true;
        onWait?.(holder);
      }
      await new Promise((wake) => setTimeout(wake, 250));
    }
  }
  try {
    return await task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
