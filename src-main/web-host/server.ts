import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Dispatch } from '../ipc/handle';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { ownOrigins, refuseApiRequest } from './request-policy';

// The loopback web host: serves the built renderer and relays the IPC contract over HTTP, for machines
// without the Electron binary. Same handlers, another transport. 127.0.0.1 only, one token per launch.

export const TOKEN_HEADER = 'x-app-token';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export interface WebHost {
  origin: string;
  /** The address to open: the token travels in the fragment, which browsers never send to a server. */
  url: string;
  token: string;
  port: number;
  close: () => Promise<void>;
}

export interface WebHostOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: ServerResponse): void {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    // A malformed escape ("%E0%A4") must answer 400, not throw inside the server's request handler.
    send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
    return;
  }
  const file = normalize(join(staticDir, relative));
  if (!file.startsWith(staticDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, opts: WebHostOptions, port: number, token: string) {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const refusal = refuseApiRequest(
    {
      method: req.method,
      host: header('host'),
      origin: header('origin'),
      secFetchSite: header('sec-fetch-site'),
      token: header(TOKEN_HEADER),
      contentType: header('content-type'),
    },
    { port, token },
  );
  if (refusal) {
    send(res, refusal.status, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: refusal.message } }));
    return;
  }
  const channel = decodeURIComponent((req.url ?? '').slice('/api/'.length).split('?')[0] ?? '');
  const body = await readBody(req);
  if (body === null) {
    send(res, 413, JSON.stringify({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'The request is larger than 64 MB.' } }));
    return;
  }
  let args: unknown;
  try {
    args = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    send(res, 400, JSON.stringify({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'The request body is not valid JSON.' } }));
    return;
  }
  const origin = header('origin') ?? `http://127.0.0.1:${port}`;
  const result = await opts.dispatch(channel, args, { kind: 'renderer', url: origin, trustedOrigins: ownOrigins(port) });
  send(res, 200, JSON.stringify(result));
}

export function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const staticDir = normalize(opts.staticDir);
  let port = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      handleApi(req, res, opts, port, token).catch(() => {
        if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'The request failed.' } }));
      });
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      serveStatic(staticDir, path, res);
    } else {
      send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        url: `${origin}/#token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
