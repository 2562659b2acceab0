/**
 * Draws cards in a child process (src/lib/socialImage/drawProcess.ts) whose environment alone
 * carries `FONTCONFIG_FILE`, so the fonts the cards may use are settled there and the build's
 * own environment is never changed. The process starts with the first card and is reused for
 * every card after it; it holds the build open only while a card is being drawn.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Card } from './card';
import type { DrawReply, DrawRequest } from './drawProcess';
import { emptyFontconfigFile } from './fonts';
import type { Palette } from './palette';

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Drawer {
  child: ChildProcess;
  pending: Map<number, Pending>;
}

let drawer: Promise<Drawer> | undefined;
let nextId = 0;

async function start(): Promise<Drawer> {
  // From the project root, like the font files: in a build this module is part of a bundled
  // chunk, and the drawing process runs from the source file, by Node, outside Vite.
  const script = resolve(process.cwd(), 'src/lib/socialImage/drawProcess.ts');
  const child = fork(script, [], {
    env: { ...process.env, FONTCONFIG_FILE: await emptyFontconfigFile() },
    // None of this process's flags: a test runner's loaders are not for a plain Node script.
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, Pending>();
  child.on('message', (reply: DrawReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    if (pending.size === 0) idle(child);
  });
  const fail = (error: Error) => {
    drawer = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  child.on('error', (error) =>
    fail(new Error(`Social images: the drawing process (${script}) failed: ${error.message}`)),
  );
  child.on('exit', (code, signal) =>
    fail(
      new Error(
        `Social images: the drawing process (${script}) stopped (${signal ?? `exit code ${code}`})`,
      ),
    ),
  );
  idle(child);
  return { child, pending };
}

/** Lets the build end while no card is being drawn; the process ends with the build. */
function idle(child: ChildProcess): void {
  child.unref();
  child.channel?.unref();
}

/** The card as a PNG, drawn in the drawing process. */
export async function drawCard(card: Card, palette: Palette): Promise<Buffer> {
  drawer ??= start().catch((error: unknown) => {
    drawer = undefined;
    throw error;
  });
  const { child, pending } = await drawer;
  const id = nextId++;
  child.ref();
  child.channel?.ref();
  return new Promise((resolvePng, reject) => {
    pending.set(id, { resolve: resolvePng, reject });
    child.send({ id, card, palette } satisfies DrawRequest);
  });
}
