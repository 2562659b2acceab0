/**
 * npm run dev | preview | sync | check: Astro's own command line, with the project's settings.
 *
 * Telemetry is off for every project command. The people who run them are the column's
 * editors, not developers choosing to share usage data with a tool's makers; their machines
 * sit on an education office's network, where a report to a foreign endpoint is at best
 * blocked and at worst a question nobody asked them. Nothing the site does needs it. Astro
 * reads the switch from the environment, which npm scripts cannot set the same way on
 * Windows and on Linux, so it is set here and in scripts/build.ts.
 */
import { spawn } from 'node:child_process';

/** What every Astro process the project starts runs with. */
export const ASTRO_ENV = { ASTRO_TELEMETRY_DISABLED: '1' } as const;

/** Runs `astro <args>` with ASTRO_ENV; resolves with its exit code, 128 + n for a signal. */
export function runAstro(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
    env: { ...env, ...ASTRO_ENV },
    stdio: 'inherit',
  });
  // Ctrl-C reaches both processes (one process group); a signal sent to this one alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 143)));
  });
}

if (import.meta.main) process.exitCode = await runAstro(process.argv.slice(2));
