import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src-main/ipc/handle';
import type { Sender } from '../../src-main/security/sender-policy';
import { startWebHost, type WebHost } from '../../src-main/web-host/server';
import { tempApp } from '../support/temp-app';

let app: ReturnType<typeof tempApp>;
let staticDir: string;
let host: WebHost;
/** The Cookie header of the one client that exchanged `host`'s launch code. */
let cookie: string;
const senders: (Sender | undefined)[] = [];

async function exchange(h: WebHost, code: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${h.origin}/launch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: h.origin, ...headers },
    body: JSON.stringify({ code }),
  });
}

/** "name=value" of the Set-Cookie answer. */
function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}

beforeAll(async () => {
  app = tempApp();
  staticDir = mkdtempSync(join(tmpdir(), 'bc-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Benefits Counselor</title>');
  const dispatch: Dispatch = (channel, args, sender) => {
    senders.push(sender);
    return app.dispatch(channel, args, sender);
  };
  host = await startWebHost({ dispatch, staticDir, maxBodyBytes: 1024 * 1024 });
  const res = await exchange(host, host.launchCode);
  expect(res.status).toBe(200);
  cookie = cookieOf(res);
});
afterAll(async () => {
  await host.close();
  app.dispose();
});

function post(channel: string, headers: Record<string, string>, body: string | Uint8Array<ArrayBuffer> = '{}', h: WebHost = host) {
  return fetch(`${h.origin}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** `n` bytes of JSON whitespace. */
const spaces = (n: number) => new Uint8Array(n).fill(0x20);

/** A raw HTTP request (fetch would refuse a malformed path or normalise it). */
function raw(path: string, headers: Record<string, string>, body = '{}'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: 'POST', headers: { 'content-type': 'application/json', host: `127.0.0.1:${host.port}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the loopback web host', () => {
  it('listens on 127.0.0.1 only and hands out a one-time launch code in the URL fragment, no bearer token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#launch=${host.launchCode}`);
    expect(host.launchCode.length).toBeGreaterThanOrEqual(40);
    expect(host.url).not.toContain('token');
  });

  it('exchanges the code for an HttpOnly, SameSite=Strict session cookie made for this launch', () => {
    expect(cookie).toMatch(new RegExp(`^bc_launch_${host.port}=[A-Za-z0-9_-]{40,}$`));
    expect(cookie).not.toContain(host.launchCode);
  });

  it('sends the cookie attributes that keep it from scripts and other sites, and no expiry', async () => {
    const other = await startWebHost({ dispatch: app.dispatch, staticDir });
    try {
      const res = await exchange(other, other.launchCode);
      const attributes = (res.headers.get('set-cookie') ?? '')
        .split(';')
        .slice(1)
        .map((a) => a.trim().toLowerCase());
      expect(attributes.sort()).toEqual(['httponly', 'path=/', 'samesite=strict']);
    } finally {
      await other.close();
    }
  });

  it('refuses the code a second time: it is dead once used', async () => {
    const again = await exchange(host, host.launchCode);
    expect(again.status).toBe(401);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/used already/) } });
  });

  it('refuses a wrong code and keeps the right one alive until it is used', async () => {
    const other = await startWebHost({ dispatch: app.dispatch, staticDir });
    try {
      expect((await exchange(other, `${other.launchCode.slice(0, -1)}x`)).status).toBe(401);
      expect((await exchange(other, 'short')).status).toBe(401);
      const bad = await fetch(`${other.origin}/launch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
      expect(bad.status).toBe(401);
      expect((await exchange(other, other.launchCode)).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('refuses the exchange from another site, by GET, or as a form post, and the code stays unused', async () => {
    const other = await startWebHost({ dispatch: app.dispatch, staticDir });
    try {
      expect((await exchange(other, other.launchCode, { origin: 'https://evil.example' })).status).toBe(403);
      expect((await exchange(other, other.launchCode, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await exchange(other, other.launchCode, { 'content-type': 'text/plain' })).status).toBe(415);
      expect((await fetch(`${other.origin}/launch`)).status).toBe(405);
      expect((await exchange(other, other.launchCode)).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('serves the app page with the strict CSP, without any credential', async () => {
    const res = await fetch(`${host.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('Benefits Counselor');
  });

  it('does not serve files outside the app folder', async () => {
    const res = await fetch(`${host.origin}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await fetch(`${host.origin}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${host.origin}/`)).status).toBe(200);
  });

  it('answers a malformed escape in an API address with 400, not 500, and keeps serving', async () => {
    const res = await raw('/api/plans%E0%A4%A', { cookie });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await post('plans:list', { cookie })).status).toBe(200);
  });

  it('relays the contract for the browser holding the launch cookie', async () => {
    const res = await post('plans:list', { cookie, origin: host.origin });
    const body = (await res.json()) as { ok: boolean; value: { id: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((p) => p.id)).toContain('fehb-kpco-2022-high');
  });

  it('refuses a call without the cookie, and says what to do', async () => {
    const res = await post('plans:list', { origin: host.origin });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/Open the address the app printed/) } });
  });

  it('refuses a wrong cookie, a cookie of another launch, and the launch code itself as a cookie', async () => {
    const [name, value] = cookie.split('=') as [string, string];
    expect((await post('plans:list', { cookie: `${name}=${value.slice(0, -1)}x` })).status).toBe(401);
    expect((await post('plans:list', { cookie: `${name}=${host.launchCode}` })).status).toBe(401);
    const other = await startWebHost({ dispatch: app.dispatch, staticDir });
    try {
      // This launch's cookie, sent to another launch (under its name): refused.
      expect((await post('plans:list', { cookie: `bc_launch_${other.port}=${value}` }, '{}', other)).status).toBe(401);
      // And the other launch's cookie does not open this one.
      const otherCookie = cookieOf(await exchange(other, other.launchCode));
      expect((await post('plans:list', { cookie: otherCookie })).status).toBe(401);
      expect((await post('plans:list', { cookie: `${otherCookie}; ${cookie}` })).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('no longer accepts a bearer token header in place of the cookie', async () => {
    const res = await post('plans:list', { 'x-app-token': host.launchCode });
    expect(res.status).toBe(401);
  });

  it('refuses a call from another origin even with the cookie', async () => {
    const res = await post('plans:list', { cookie, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it.each(['application/jsonp', 'application/json-seq', 'text/plain', 'application/x-www-form-urlencoded'])(
    'matches the Content-Type exactly: %s is refused with 415',
    async (type) => {
      const res = await post('plans:list', { cookie, 'content-type': type });
      expect(res.status).toBe(415);
    },
  );

  it('accepts application/json with a charset parameter, in any case', async () => {
    expect((await post('plans:list', { cookie, 'content-type': 'Application/JSON; charset=utf-8' })).status).toBe(200);
  });

  it('answers a body over the limit with 413 and an error envelope, not a connection reset', async () => {
    // With Content-Length (the browser's fetch), and streamed without one (chunked).
    const big = spaces(1024 * 1024 + 1);
    const declared = await post('plans:list', { cookie }, big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'The request is larger than 1 MB.' } });
    const chunks = Array.from({ length: 24 }, () => Buffer.alloc(64 * 1024, 0x20));
    const streamed = await fetch(`${host.origin}/api/plans:list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: Readable.toWeb(Readable.from(chunks)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // A body at the limit still goes through.
    const atLimit = spaces(1024 * 1024);
    atLimit.set([0x7b, 0x7d]); // '{}' and spaces up to the limit
    expect(await (await post('plans:list', { cookie }, atLimit)).json()).toMatchObject({ ok: true });
  });

  it('answers 413 at the default limit of 64 MB too', async () => {
    const other = await startWebHost({ dispatch: app.dispatch, staticDir });
    try {
      const otherCookie = cookieOf(await exchange(other, other.launchCode));
      const res = await post('plans:list', { cookie: otherCookie }, spaces(64 * 1024 * 1024 + 1), other);
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ error: { message: 'The request is larger than 64 MB.' } });
    } finally {
      await other.close();
    }
  });

  it('answers malformed JSON and unknown channels with an error envelope', async () => {
    const bad = await post('plans:list', { cookie }, '{not json');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const unknown = await post('plans:drop', { cookie });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('passes a valid x-app-client id on in the Sender, and ignores an invalid one', async () => {
    const id = '3f2b8a1c-9d4e-4f6a-8b7c-1d2e3f4a5b6c';
    senders.length = 0;
    await post('app:info', { cookie, origin: host.origin, 'x-app-client': id });
    await post('app:info', { cookie, origin: host.origin, 'x-app-client': 'a'.repeat(65) });
    await post('app:info', { cookie, origin: host.origin, 'x-app-client': 'bad id!' });
    await post('app:info', { cookie, origin: host.origin });
    await post('app:info', { cookie, origin: host.origin, 'x-app-client': 'A'.repeat(64) });
    expect(senders).toEqual([
      { kind: 'renderer', url: host.origin, trustedOrigins: [host.origin, host.origin.replace('127.0.0.1', 'localhost')], client: id },
      { kind: 'renderer', url: host.origin, trustedOrigins: expect.any(Array) },
      { kind: 'renderer', url: host.origin, trustedOrigins: expect.any(Array) },
      { kind: 'renderer', url: host.origin, trustedOrigins: expect.any(Array) },
      { kind: 'renderer', url: host.origin, trustedOrigins: expect.any(Array), client: 'A'.repeat(64) },
    ]);
  });
});
