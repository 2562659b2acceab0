/**
 * A small static file server for built sites, behaving like an ordinary static host: the site
 * lives under its base path, folders serve their index.html (a folder asked for without its
 * trailing slash is redirected), and every miss gets the site's 404.html with status 404.
 * Bound to 127.0.0.1 on a port the system picks.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The site's home: origin plus base, e.g. `http://127.0.0.1:41234/column/`. */
  url: string;
  /** Every request received, as `METHOD path status`. */
  log: string[];
  close(): Promise<void>;
}

export async function serveSite(outDir: string, base = '/'): Promise<StaticServer> {
  const log: string[] = [];
  const notFoundPage = join(outDir, '404.html');

  const send = (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    file: string,
  ) => {
    const size = statSync(file).size;
    response.writeHead(status, {
      'Content-Type': contentType(file),
      'Content-Length': size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };

  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    if (existsSync(notFoundPage)) return send(request, response, 404, notFoundPage);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };

  const handle = (request: IncomingMessage, response: ServerResponse): number => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return 405;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return 400;
    }
    if (`${pathname}/` === base) {
      response.writeHead(301, { Location: `${base}${url.search}` }).end();
      return 301;
    }
    if (!pathname.startsWith(base) || pathname.includes('\0')) {
      notFound(request, response);
      return 404;
    }
    const file = join(outDir, ...pathname.slice(base.length).split('/'));
    const inside = relative(outDir, file);
    if (inside.startsWith('..') || inside.split(sep).includes('..')) {
      notFound(request, response);
      return 404;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return 301;
      }
      const index = join(file, 'index.html');
      if (existsSync(index)) {
        send(request, response, 200, index);
        return 200;
      }
    } else if (existsSync(file) && !pathname.endsWith('/')) {
      send(request, response, 200, file);
      return 200;
    }
    notFound(request, response);
    return 404;
  };

  const server = createServer((request, response) => {
    const status = handle(request, response);
    log.push(`${request.method} ${request.url} ${status}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    log,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
