/**
 * Runs a command and measures what it cost the machine: wall time, CPU time of the whole
 * process tree (from the kernel's rusage, through /usr/bin/time, so exited children count),
 * and peak memory as the sum of resident memory over the tree, sampled from /proc.
 *
 * While it runs, other builds or test runs on the machine are noted, so a disturbed figure
 * can be recognised and rerun.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  exitCode: number;
  wallSeconds: number;
  /** User + system seconds of the command and every descendant it waited for. */
  cpuSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** Largest resident set of any single process in the tree (rusage maxrss). */
  maxProcessRssBytes: number;
  /** Largest sum of resident sets over the whole tree, sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** Seconds after the start at which that peak was seen. */
  peakAtSeconds: number;
  /** Everything the command printed, stdout and stderr interleaved. */
  output: string;
  /** Each line printed, with the seconds since the start at which it arrived. */
  lines: { at: number; text: string }[];
  /** The processes in the tree at the moment of peak memory: command name and resident bytes. */
  peakComposition: { command: string; rssBytes: number }[];
  /** Other builds or test runs seen on the machine while this one ran. */
  disturbances: string[];
}

const PAGE_SIZE = 4096;
const SAMPLE_MS = 100;
const RESCAN_MS = 1000;

/** pid → parent pid for every process, from /proc/<pid>/stat. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      // The command name is in parentheses and may contain spaces; fields follow the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

function descendants(root: number, table: Map<number, number>): Set<number> {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of table) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

function rssBytes(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ');
    return Number(statm[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'latin1').trim();
  } catch {
    return '?';
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/**
 * A running process that competes with a measurement for the two cores: a build, a type
 * check, a test run, an indexer, a headless browser. An idle `astro dev` is left alone.
 */
const COMPETING = /astro(\.mjs)? (build|check)|vitest|pagefind_extended|chromium.*--headless/;

/**
 * Competing processes: anything matching COMPETING that is neither under one of `roots` (the
 * command being measured) nor this process or one of its ancestors. One table read decides
 * both, so a child forked a moment ago is never taken for a stranger.
 */
function competingProcesses(roots: number[] = []): string[] {
  const table = processTable();
  const ours = new Set<number>();
  for (const root of roots) for (const pid of descendants(root, table)) ours.add(pid);
  for (let pid: number | undefined = process.pid; pid && pid > 1; pid = table.get(pid))
    ours.add(pid);
  const found: string[] = [];
  for (const pid of table.keys()) {
    if (ours.has(pid)) continue;
    const line = commandLine(pid);
    // Only the top of a competing tree is worth naming: skip those whose parent matches too.
    const parent = table.get(pid);
    if (COMPETING.test(line) && !(parent && COMPETING.test(commandLine(parent)))) {
      found.push(`${pid}: ${line.slice(0, 120)}`);
    }
  }
  return found;
}

/** Waits (up to `maxMs`) until no competing process runs; returns what was still running. */
export async function waitForQuiet(maxMs: number, log: (line: string) => void): Promise<string[]> {
  const deadline = Date.now() + maxMs;
  let said = false;
  for (;;) {
    const busy = competingProcesses();
    if (busy.length === 0 || Date.now() > deadline) return busy;
    if (!said) {
      log(`waiting for other builds to finish:\n  ${busy.join('\n  ')}`);
      said = true;
    }
    await new Promise((wake) => setTimeout(wake, 2000));
  }
}

export async function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<Measured> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const log = createWriteStream(options.logFile);
  let output = '';
  const lines: Measured['lines'] = [];
  let partial = '';
  const started = performance.now();
  // %e wall, %U user, %S system (both including waited-for children), %M max RSS in KiB.
  const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, command, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      log.write(chunk);
      const at = (performance.now() - started) / 1000;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, text });
    });
  }

  const rootPid = child.pid ?? -1;
  let tree = new Set([rootPid]);
  let peak = 0;
  let peakComposition: Measured['peakComposition'] = [];
  let peakAtSeconds = 0;
  let lastScan = 0;
  const disturbances = new Set<string>();
  const sample = () => {
    const now = Date.now();
    if (now - lastScan >= RESCAN_MS) {
      lastScan = now;
      tree = descendants(rootPid, processTable());
      for (const line of competingProcesses([rootPid])) disturbances.add(line);
    }
    let total = 0;
    const parts: { pid: number; rss: number }[] = [];
    for (const pid of tree) {
      const rss = rssBytes(pid);
      total += rss;
      parts.push({ pid, rss });
    }
    if (total > peak) {
      peak = total;
      peakAtSeconds = (performance.now() - started) / 1000;
      peakComposition = parts
        .filter((part) => part.rss > 0)
        .map((part) => ({ command: commandName(part.pid), rssBytes: part.rss }));
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  sample();

  const exitCode = await new Promise<number>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  });
  clearInterval(timer);
  const wallSeconds = (performance.now() - started) / 1000;
  await new Promise<void>((done) => log.end(done));
  if (partial) lines.push({ at: wallSeconds, text: partial });

  let userSeconds = Number.NaN;
  let systemSeconds = Number.NaN;
  let maxKiB = Number.NaN;
  if (existsSync(timeFile)) {
    // The last line holds the figures; a crashed command adds a "Command exited…" line before it.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [, user, system, max] = last.split(' ').map(Number);
    userSeconds = user ?? Number.NaN;
    systemSeconds = system ?? Number.NaN;
    maxKiB = max ?? Number.NaN;
    rmSync(timeFile, { force: true });
  }
  return {
    exitCode,
    wallSeconds,
    cpuSeconds: userSeconds + systemSeconds,
    userSeconds,
    systemSeconds,
    maxProcessRssBytes: maxKiB * 1024,
    peakTreeRssBytes: peak,
    peakAtSeconds,
    output,
    lines,
    peakComposition,
    disturbances: [...disturbances],
  };
}
