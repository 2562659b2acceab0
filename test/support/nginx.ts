/**
 * Debian's nginx (`apt-get install nginx`; .ci/run installs it) running deploy/nginx.conf on
 * 127.0.0.1, as an operator would deploy the site: in the foreground, with its own pid, logs
 * and temporary folders under test/.output/<name>/, stopped by its process id.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './freePort';
import { outputRoot, projectRoot } from './paths';

/** The nginx binary, when installed. */
export const NGINX_PATH = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

export interface NginxServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** What nginx wrote to its error log. */
  errors: () => string;
  close: () => Promise<void>;
}

export interface NginxOptions {
  /** Names the folder under test/.output/ for the config, logs and temporary files. */
  name: string;
  /** The folder nginx serves (its `root`). */
  root: string;
  /** Replacements to make in deploy/nginx.conf besides listen and root, as an operator would. */
  edits?: [from: string, to: string][];
}

/** deploy/nginx.conf with `listen`, `root` and any `edits` changed; throws if a line is not there. */
export function adaptedConfig(port: number, { root, edits = [] }: NginxOptions): string {
  let config = readFileSync(join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');
  for (const [from, to] of [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['root /srv/column;', `root ${root};`],
    ...edits,
  ] as const) {
    if (!config.includes(from)) throw new Error(`deploy/nginx.conf has no "${from}"`);
    config = config.replace(from, to);
  }
  return config;
}

export async function startNginx(options: NginxOptions): Promise<NginxServer> {
  if (!NGINX_PATH) throw new Error('No nginx: run "apt-get install -y nginx"');
  const folder = join(outputRoot, options.name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const port = await freePort();
  writeFileSync(join(folder, 'column.conf'), adaptedConfig(port, options));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(folder, kind)};`)
    .join('\n');
  // The parts of Debian's /etc/nginx/nginx.conf a site config relies on, with every path
  // moved into the test's folder so nothing outside it is touched.
  writeFileSync(
    join(folder, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${join(folder, 'nginx.pid')};
error_log ${join(folder, 'error.log')};
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(folder, 'access.log')};
${temp}
  include ${join(folder, 'column.conf')};
}
`,
  );
  const child = spawn(
    NGINX_PATH,
    ['-p', folder, '-c', join(folder, 'nginx.conf'), '-e', join(folder, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolveExit) => child.on('close', () => resolveExit()));
  const errorLog = join(folder, 'error.log');
  const server: NginxServer = {
    origin: `http://127.0.0.1:${port}`,
    errors: () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(server.origin, { redirect: 'manual' });
      return server;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await server.close();
      throw new Error(`nginx did not start:\n${server.errors()}`);
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
}
