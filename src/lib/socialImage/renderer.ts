/**
 * Draws cards in a child process (src/lib/socialImage/drawProcess.ts) whose environment alone
 * carries `FONTCONFIG_FILE`, so the fonts the cards may use are settled there and the build's
 * own environment is never changed.
 *
 * Cards wait in one queue, kept by the drawing process: each card is sent to it as soon as it
 * is queued, so it goes on drawing while the build's main thread is busy with something else
 * (the content check, Vite's bundle). `queueCard` adds a card at the back: a build queues every
 * card as soon as it knows them, so they are drawn on a core the build leaves idle.
 * `drawCard`, and `hurry` on a queued card, put it at the front: a page is waiting for it. The
 * process starts with the first card, or with `drawEarly`, which has it plan the cards of a
 * content folder itself (`plannedCard` finds them); it holds the build open only while a card
 * it draws is awaited, and ends when it has had nothing to draw for a while.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Card } from './card';
import type { DrawReply, DrawRequest, EarlyPlan } from './drawProcess';
import { emptyFontconfigFile } from './fonts';
import type { Palette } from './palette';

/**
 * How long the process waits with nothing to draw before it ends. It holds about 200 MB,
 * which the build needs after its cards are drawn (optimising pictures, the search index).
 * One process: a second one let the cards of a 300-issue build finish sooner (0.9 s of
 * waiting pages instead of 2.4 s) but slowed the pages as much, on two cores (benchmark,
 * README), and held another 220 MB while they rendered.
 */
const IDLE_MS = 2000;

interface Job {
  id: number;
  card: Card;
  palette: Palette;
  front: boolean;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/** A card the process planned itself, by its cache file. */
interface PlannedCard {
  png: Promise<Buffer>;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
  settled: boolean;
  /** Whether a page waits for it, so the build must stay open until it comes. */
  asked: boolean;
}

interface Drawer {
  child: ChildProcess;
  /** Whether it listens for cards: one sent before would be lost. */
  ready: boolean;
  /** Cards sent to it and not drawn yet, by id. */
  drawing: Map<number, Job>;
  /** Planned cards not drawn yet; -1 until the plan is known. 0 without a plan. */
  plannedLeft: number;
  /** Planned cards not drawn yet that a page waits for. */
  askedLeft: number;
  idle?: NodeJS.Timeout;
}

interface Queue {
  /** Cards waiting for the process to start. */
  waiting: Job[];
  drawer: Drawer | undefined;
  nextId: number;
  /** The cards `drawEarly` had the process plan, once it has said which. */
  planned?: Promise<Map<string, PlannedCard>>;
  /** Settles `planned`: with nothing when the process ends first. */
  settlePlan?: (plan: Map<string, PlannedCard>) => void;
}

/**
 * The config's integrations and the bundled pages run in one process, each with its own copy
 * of this module: the queue lives on `globalThis`, so both feed one drawing process and a card
 * queued by one is awaited, not drawn again, by the other.
 */
const QUEUE = Symbol.for('column:social-images:queue');
const queue = ((globalThis as { [QUEUE]?: Queue })[QUEUE] ??= {
  waiting: [],
  drawer: undefined,
  nextId: 0,
});

// From the project root, like the font files: in a build this module is part of a bundled
// chunk, and the drawing process runs from the source file, by Node, outside Vite.
const script = () => resolve(process.cwd(), 'src/lib/socialImage/drawProcess.ts');

/** Every card waiting or being drawn fails with `error`; the next card starts a new process. */
function failAll(error: Error): void {
  const jobs = [...queue.waiting.splice(0), ...(queue.drawer?.drawing.values() ?? [])];
  clearTimeout(queue.drawer?.idle);
  queue.drawer = undefined;
  for (const job of jobs) job.reject(error);
  queue.settlePlan?.(new Map());
  // A planned card no page waits for yet is forgotten, so the page that asks draws it anew.
  void queue.planned?.then((plan) => {
    for (const [file, card] of plan) {
      if (card.settled) continue;
      if (card.asked) card.reject(error);
      else plan.delete(file);
    }
  });
}

function plannedCards(files: readonly string[]): Map<string, PlannedCard> {
  return new Map(
    files.map((file) => {
      const { promise, resolve: resolvePng, reject } = Promise.withResolvers<Buffer>();
      // A failure reaches the page that asks for the card; no page may ask.
      promise.catch(() => undefined);
      const card: PlannedCard = {
        png: promise,
        settled: false,
        asked: false,
        resolve: resolvePng,
        reject,
      };
      return [file, card];
    }),
  );
}

function start(fontconfigFile: string, plan?: EarlyPlan): Drawer {
  const child = fork(script(), plan ? [JSON.stringify(plan)] : [], {
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
    // None of this process's flags: a test runner's loaders are not for a plain Node script.
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const started: Drawer = {
    child,
    ready: false,
    drawing: new Map(),
    plannedLeft: plan ? -1 : 0,
    askedLeft: 0,
  };
  const png = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  child.on('message', (reply: DrawReply) => {
    if ('ready' in reply) {
      started.ready = true;
      send();
      return;
    }
    if ('planned' in reply) {
      started.plannedLeft = reply.planned.length;
      queue.settlePlan?.(plannedCards(reply.planned));
      keepOpen(started);
      return;
    }
    if ('file' in reply) {
      void queue.planned?.then((plan) => {
        const card = plan.get(reply.file);
        if (!card || card.settled) return;
        card.settled = true;
        started.plannedLeft--;
        if (card.asked) started.askedLeft--;
        if ('error' in reply) card.reject(new Error(reply.error));
        else card.resolve(png(reply.png));
        keepOpen(started);
      });
      return;
    }
    const job = started.drawing.get(reply.id);
    if (!job) return;
    started.drawing.delete(reply.id);
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(png(reply.png));
    keepOpen(started);
  });
  // A process that ends while it is still the drawer did not end because it was idle.
  const stopped = (error: Error) => {
    if (queue.drawer === started) failAll(error);
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

/**
 * Only a card awaited, or the process starting for the cards waiting, keeps the build running.
 * Idle, with nothing planned left to draw, the process ends after a while (closing the channel
 * ends it), or with the build.
 */
function keepOpen(drawer: Drawer): void {
  const { child } = drawer;
  clearTimeout(drawer.idle);
  if (drawer.drawing.size > 0 || !drawer.ready || drawer.askedLeft > 0) {
    child.ref();
    child.channel?.ref();
    return;
  }
  child.unref();
  child.channel?.unref();
  if (drawer.plannedLeft !== 0) return;
  drawer.idle = setTimeout(() => {
    if (queue.drawer === drawer) queue.drawer = undefined;
    child.disconnect();
  }, IDLE_MS).unref();
}

/** Hands the process every card waiting, starting it if need be. */
function send(): void {
  if (!queue.drawer) {
    if (queue.waiting.length === 0) return;
    queue.drawer = start(emptyFontconfigFile());
  }
  const { drawer } = queue;
  if (drawer.ready) {
    for (const job of queue.waiting.splice(0)) {
      drawer.drawing.set(job.id, job);
      const { id, card, palette, front } = job;
      drawer.child.send({ id, card, palette, front } satisfies DrawRequest);
    }
  }
  keepOpen(drawer);
}

/**
 * Starts the drawing process on the cards of `plan.contentDir`, which it reads and draws into
 * the cache by itself: the build's main thread only forks it, and may then be busy for seconds.
 * Does nothing if a process is drawing already.
 */
export function drawEarly(plan: EarlyPlan): void {
  if (queue.drawer) return;
  const { promise, resolve: settle } = Promise.withResolvers<Map<string, PlannedCard>>();
  queue.planned = promise;
  queue.settlePlan = settle;
  queue.drawer = start(emptyFontconfigFile(), plan);
  keepOpen(queue.drawer);
}

/**
 * The card with cache file `file`, if `drawEarly`'s process planned it: drawn, or awaited and
 * hurried to the front of its queue. Undefined when no process planned it.
 */
export async function plannedCard(file: string): Promise<QueuedCard | undefined> {
  const card = (await queue.planned)?.get(file);
  if (!card) return undefined;
  const { drawer } = queue;
  if (!card.settled && !card.asked && drawer) {
    card.asked = true;
    drawer.askedLeft++;
    keepOpen(drawer);
  }
  return {
    png: card.png,
    hurry: () => {
      if (!card.settled) queue.drawer?.child.send({ hurry: file } satisfies DrawRequest);
    },
  };
}

export interface QueuedCard {
  png: Promise<Buffer>;
  /** Moves the card to the front of the queue, if it is still waiting. */
  hurry: () => void;
}

function enqueue(card: Card, palette: Palette, front: boolean): QueuedCard {
  const { promise, resolve: resolvePng, reject } = Promise.withResolvers<Buffer>();
  const job: Job = { id: queue.nextId++, card, palette, front, resolve: resolvePng, reject };
  if (front) queue.waiting.unshift(job);
  else queue.waiting.push(job);
  send();
  return {
    png: promise,
    hurry: () => {
      const at = queue.waiting.indexOf(job);
      if (at > 0) queue.waiting.unshift(...queue.waiting.splice(at, 1));
      const { drawer } = queue;
      if (drawer?.drawing.has(job.id)) drawer.child.send({ hurry: job.id } satisfies DrawRequest);
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
