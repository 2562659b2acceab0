/**
 * A built site served on 127.0.0.1 the way an ordinary static host serves it, for the browser
 * tests and the benchmark: files by sirv (the server behind `vite preview`) under the site's
 * base path, a folder's index.html for the folder, a folder asked for without its slash
 * redirected, the site's 404.html with status 404 for every miss, nothing cached, and with
 * `gzip` text compressed on the fly (@polka/compression), as a host sends it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import compression from '@polka/compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The site's home: origin plus base, e.g. `http://127.0.0.1:41234/column/`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The base path the site was built for, with leading and trailing slashes; `/` when absent. */
  base?: string;
  /** Compress text responses (HTML, CSS, JavaScript, JSON, XML, SVG) with gzip when asked to. */
  gzip?: boolean;
}

export async function serveStatic(
  outDir: string,
  { base = '/', gzip = false }: ServeOptions = {},
): Promise<StaticServer> {
  const files = sirv(outDir, {
    setHeaders: (response, pathname) => {
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('X-Content-Type-Options', 'nosniff');
      // sirv sends an empty type for a file type it does not know, such as Pagefind's index
      // files (gzip inside already); a host sends octet-stream, which is never compressed.
      if (extname(pathname) && !lookup(pathname))
        response.setHeader('Content-Type', 'application/octet-stream');
    },
  });
  // Every text response, however small, at zlib's level 6, as the benchmark's figures assume.
  const compress = gzip ? compression({ threshold: 0, level: 6 }) : undefined;
  const notFoundPage = join(outDir, '404.html');

  const notFound = (response: ServerResponse) => {
    if (!existsSync(notFoundPage))
      return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const body = readFileSync(notFoundPage);
    response
      .writeHead(404, {
        'Content-Type': 'text/html;charset=utf-8',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      })
      .end(body);
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const respond = (send: () => void) => (compress ? compress(request, response, send) : send());
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === base)
      return void response.writeHead(301, { Location: `${base}${url.search}` }).end();
    if (!url.pathname.startsWith(base)) return respond(() => notFound(response));
    const path = url.pathname.slice(base.length - 1);
    let file: string;
    try {
      file = decodeURIComponent(path);
    } catch {
      return void response.writeHead(400).end();
    }
    if (!path.endsWith('/') && existsSync(join(outDir, file, 'index.html')))
      return void response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    request.url = `${path}${url.search}`;
    respond(() => files(request, response, () => notFound(response)));
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
