import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Dispatch } from '../ipc/handle';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import type { Sender } from '../security/sender-policy';
import {
  clientIdFrom,
  launchCookie,
  ownOrigins,
  refuseApiRequest,
  refuseLaunchRequest,
  sameSecret,
  type ApiRequestFacts,
  type Refusal,
} from './request-policy';

// The loopback web host: serves the built renderer and relays the IPC contract over HTTP, for machines
// without the Electron binary. Same handlers, another transport. 127.0.0.1 only.
//
// Who may call it: the address the host prints carries a one-time launch code in its fragment. The page
// POSTs the code to /launch once; the host answers with an HttpOnly, SameSite=Strict cookie made for this
// launch, and the code is dead from then on. Every API call must carry that cookie: the page's other tabs
// in the same browser do, another browser or profile cannot (its code would be spent, its cookie missing).

/** Each tab's random id (src-renderer/src/lib/api.ts), passed on to the dispatcher in the Sender. */
export const CLIENT_HEADER = 'x-app-client';
/** Where the page exchanges the launch code for the cookie. */
export const LAUNCH_PATH = '/launch';
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const MAX_LAUNCH_BODY_BYTES = 1024;

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
  /**
   * The address to open once: the launch code travels in the fragment (never sent to a server, removed
   * from the address bar and the page's history entry as soon as the page has read it).
   */
  url: string;
  /** The one-time code in `url`. Dead once exchanged. */
  launchCode: string;
  port: number;
  close: () => Promise<void>;
}

export interface WebHostOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  /** The largest request body accepted (64 MB unless a test says otherwise); a larger one answers 413. */
  maxBodyBytes?: number;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type });
  res.end(body);
}

function sendJsonError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ ok: false, error: { code, message } }));
}

/**
 * The request body, or null when it is larger than `limit`. An oversized body is still read to its end
 * (and thrown away, nothing kept) so that the 413 answer reaches the client: closing a socket with unread
 * data makes the kernel reset the connection, and the client sees a reset instead of the answer. A client
 * that goes on sending far past the limit is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length']) > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > limit + MAX_BODY_BYTES) {
          resolve(null);
          req.destroy();
        }
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tooLarge(res: ServerResponse, limit: number): void {
  const mb = limit / (1024 * 1024);
  const size = mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${limit} bytes`;
  sendJsonError(res, 413, 'INVALID_ARGUMENT', `The request is larger than ${size}.`, { Connection: 'close' });
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

function requestFacts(req: IncomingMessage): ApiRequestFacts & { header: (name: string) => string | undefined } {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  return {
    header,
    method: req.method,
    host: header('host'),
    origin: header('origin'),
    secFetchSite: header('sec-fetch-site'),
    cookie: header('cookie'),
    contentType: header('content-type'),
  };
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  sendJsonError(res, refusal.status, 'FORBIDDEN', refusal.message);
}

/** This launch's state: the one-time code (null once spent) and the cookie it was exchanged for. */
interface Launch {
  code: string | null;
  session: string | null;
}

async function handleLaunch(req: IncomingMessage, res: ServerResponse, port: number, launch: Launch): Promise<void> {
  const refusal = refuseLaunchRequest(requestFacts(req), port);
  if (refusal) return refuse(res, refusal);
  const body = await readBody(req, MAX_LAUNCH_BODY_BYTES);
  if (body === null) return tooLarge(res, MAX_LAUNCH_BODY_BYTES);
  let code: unknown;
  try {
    code = (JSON.parse(body) as { code?: unknown } | null)?.code;
  } catch {
    code = undefined;
  }
  if (typeof code !== 'string' || launch.code === null || !sameSecret(code, launch.code)) {
    return refuse(res, {
      status: 401,
      message:
        'This address has been used already (each one works once). Open the app from the browser you opened it in, or restart the app for a new address.',
    });
  }
  launch.code = null; // dead from now on, whatever happens next
  launch.session = randomBytes(32).toString('base64url');
  res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'application/json', 'Set-Cookie': launchCookie(port, launch.session) });
  res.end(JSON.stringify({ ok: true, value: null }));
}

async function handleApi(req: IncomingMessage, res: ServerResponse, opts: WebHostOptions, port: number, launch: Launch) {
  const facts = requestFacts(req);
  const refusal = refuseApiRequest(facts, { port, session: launch.session });
  if (refusal) return refuse(res, refusal);
  let channel: string;
  try {
    channel = decodeURIComponent((req.url ?? '').slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    // A malformed escape ("%E0%A4") is the caller's mistake: 400, not a failure inside the host.
    return sendJsonError(res, 400, 'INVALID_ARGUMENT', 'The channel name in the address is not valid.');
  }
  const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const body = await readBody(req, limit);
  if (body === null) return tooLarge(res, limit);
  let args: unknown;
  try {
    args = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    return sendJsonError(res, 400, 'INVALID_ARGUMENT', 'The request body is not valid JSON.');
  }
  const client = clientIdFrom(facts.header(CLIENT_HEADER));
  const sender: Sender = {
    kind: 'renderer',
    url: facts.origin ?? `http://127.0.0.1:${port}`,
    trustedOrigins: ownOrigins(port),
    ...(client ? { client } : {}),
  };
  const result = await opts.dispatch(channel, args, sender);
  send(res, 200, JSON.stringify(result));
}

export function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const launch: Launch = { code: randomBytes(32).toString('base64url'), session: null };
  const launchCode = launch.code as string;
  const staticDir = normalize(opts.staticDir);
  let port = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const failed = () => {
      if (!res.headersSent) sendJsonError(res, 500, 'INTERNAL', 'The request failed.');
    };
    if (path.startsWith('/api/')) {
      handleApi(req, res, opts, port, launch).catch(failed);
    } else if (path === LAUNCH_PATH) {
      handleLaunch(req, res, port, launch).catch(failed);
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
        url: `${origin}/#launch=${launchCode}`,
        launchCode,
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
