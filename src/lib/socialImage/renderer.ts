/**
 * Draws cards in a child process (src/lib/socialImage/drawProcess.ts) whose environment alone
 * carries `FONTCONFIG_FILE`, so the fonts the cards may use are settled there and the build's
 * own environment is never changed.
 *
 * Cards wait in one queue. `queueCard` adds a card at the back: a build queues every card as
 * soon as it knows them, so they are drawn on the core Astro's rendering leaves idle.
 * `drawCard`, and `hurry` on a queued card, put it at the front: a page is waiting for it.
 * The process starts with the first card and draws the cards after it; it holds the build
 * open only while it has a card to draw, and ends when it has had none for a while.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Card } from './card';
import type { DrawReply, DrawRequest } from './drawProcess';
import { emptyFontconfigFile } from './fonts';
import type { Palette } from './palette';

/**
 * Cards sent to the process at once, so the next one is there when it finishes one. One
 * process: a second one let the cards of a 300-issue build finish sooner (0.9 s of waiting
 * pages instead of 2.4 s) but slowed the pages as much, on two cores (docs/benchmark-history.md), and
 * held another 220 MB while they rendered.
 */
const IN_FLIGHT = 2;
/**
 * How long the process waits with nothing to draw before it ends. It holds about 200 MB,
 * which the build needs after its cards are drawn (optimising pictures, the search index).
 */
const IDLE_MS = 2000;

interface Job {
  card: Card;
  palette: Palette;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Drawer {
  child: ChildProcess;
  /** Whether its fonts are loaded and probed: a card sent before would wait for them. */
  ready: boolean;
  drawing: Map<number, Job>;
  idle?: NodeJS.Timeout;
}

const waiting: Job[] = [];
let drawer: Drawer | undefined;
let starting = false;
let nextId = 0;

// From the project root, like the font files: in a build this module is part of a bundled
// chunk, and the drawing process runs from the source file, by Node, outside Vite.
const script = () => resolve(process.cwd(), 'src/lib/socialImage/drawProcess.ts');

/** Every card waiting or being drawn fails with `error`; the next card starts a new process. */
function failAll(error: Error): void {
  const jobs = [...waiting.splice(0), ...(drawer?.drawing.values() ?? [])];
  clearTimeout(drawer?.idle);
  drawer = undefined;
  for (const job of jobs) job.reject(error);
}

function start(fontconfigFile: string): Drawer {
  const child = fork(script(), [], {
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
    // None of this process's flags: a test runner's loaders are not for a plain Node script.
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const started: Drawer = { child, ready: false, drawing: new Map() };
  child.on('message', (reply: DrawReply) => {
    if ('ready' in reply) {
      started.ready = true;
      send();
      return;
    }
    const job = started.drawing.get(reply.id);
    if (!job) return;
    started.drawing.delete(reply.id);
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    send();
  });
  // A process that ends while it is still `drawer` did not end because it was idle.
  const stopped = (error: Error) => {
    if (drawer === started) failAll(error);
  };
  child.on('error', (error) =>
    stopped(new Error(`Social images: the drawing process (${script()}) failed: ${error.message}`)),
  );
  child.on('exit', (code, signal) =>
    stopped(
      new Error(
        `Social images: the drawing process (${script()}) stopped (${signal ?? `exit code ${code}`})`,
      ),
    ),
  );
  return started;
}

/** Hands the process what it can take from the front of the queue, starting it if need be. */
function send(): void {
  if (!drawer) {
    if (waiting.length === 0 || starting) return;
    starting = true;
    emptyFontconfigFile().then(
      (file) => {
        starting = false;
        drawer = start(file);
        send();
      },
      (error: unknown) => {
        starting = false;
        failAll(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return;
  }
  const current = drawer;
  const { child, drawing } = current;
  while (current.ready && drawing.size < IN_FLIGHT) {
    const job = waiting.shift();
    if (!job) break;
    const id = nextId++;
    drawing.set(id, job);
    child.send({ id, card: job.card, palette: job.palette } satisfies DrawRequest);
  }
  clearTimeout(current.idle);
  // Only a card being drawn, or the process starting for the cards waiting, keeps the build
  // running. Idle, it ends after a while (closing the channel ends it), or with the build.
  if (drawing.size > 0 || !current.ready) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
    current.idle = setTimeout(() => {
      drawer = undefined;
      child.disconnect();
    }, IDLE_MS).unref();
  }
}

export interface QueuedCard {
  png: Promise<Buffer>;
  /** Moves the card to the front of the queue, if it is still waiting. */
  hurry: () => void;
}

function enqueue(card: Card, palette: Palette, front: boolean): QueuedCard {
  const { promise, resolve: resolvePng, reject } = Promise.withResolvers<Buffer>();
  const job: Job = { card, palette, resolve: resolvePng, reject };
  if (front) waiting.unshift(job);
  else waiting.push(job);
  send();
  return {
    png: promise,
    hurry: () => {
      const at = waiting.indexOf(job);
      if (at > 0) waiting.unshift(...waiting.splice(at, 1));
    },
  };
}

/** The card as a PNG, drawn after the cards already queued. */
export function queueCard(card: Card, palette: Palette): QueuedCard {
  return enqueue(card, palette, false);
}

/** The card as a PNG, drawn before any card waiting in the queue. */
export function drawCard(card: Card, palette: Palette): Promise<Buffer> {
  return enqueue(card, palette, true).png;
}
