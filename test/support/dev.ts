/**
 * `astro dev` on a fixture, as an editor previews: started on 127.0.0.1 at a free port,
 * holding the build lock for as long as it runs (it writes the same shared `.astro/` files
 * a build does).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  childEnv,
  DEFAULT_TEST_SITE,
  normaliseBase,
  withBuildLock,
  type BuildOptions,
} from './build';
import { freePort } from './freePort';
import { outputRoot, projectRoot } from './paths';

export interface DevServer {
  /** `http://127.0.0.1:<port>/<base>` */
  url: string;
  output: () => string;
  close: () => Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Runs `task` against a dev server for the fixture, then stops the server. The lock is held
 * throughout, so no build of other content runs meanwhile.
 */
export function withDevServer<T>(
  options: BuildOptions,
  task: (server: DevServer) => Promise<T>,
): Promise<T> {
  return withBuildLock(async () => {
    const port = await freePort();
    const base = normaliseBase(options.base);
    const env = childEnv(
      options,
      join(outputRoot, options.name, 'dist'),
      base,
      options.site ?? DEFAULT_TEST_SITE,
    );
    const child = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
      { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<void>((resolveExit) => child.on('close', () => resolveExit()));
    const server: DevServer = {
      url: `http://127.0.0.1:${port}${base}`,
      output: () => output,
      close: async () => {
        child.kill('SIGTERM');
        await exited;
      },
    };
    try {
      const deadline = Date.now() + START_TIMEOUT_MS;
      for (;;) {
        try {
          if ((await fetch(server.url)).ok) break;
        } catch {
          // Not listening yet.
        }
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`astro dev did not start:\n${output}`);
        }
        await new Promise((wake) => setTimeout(wake, 250));
      }
      return await task(server);
    } finally {
      await server.close();
    }
  });
}
