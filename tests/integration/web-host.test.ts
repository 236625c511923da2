import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src-main/web-host/server';
import { tempApp } from '../support/temp-app';

let app: ReturnType<typeof tempApp>;
let host: WebHost;

beforeAll(async () => {
  app = tempApp();
  const staticDir = mkdtempSync(join(tmpdir(), 'bc-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Benefits Counselor</title>');
  host = await startWebHost({ dispatch: app.dispatch, staticDir });
});
afterAll(async () => {
  await host.close();
  app.dispose();
});

function post(channel: string, headers: Record<string, string>, body = '{}') {
  return fetch(`${host.origin}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('the loopback web host', () => {
  it('listens on 127.0.0.1 only and hands out its token in the URL fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the app page with the strict CSP', async () => {
    const res = await fetch(`${host.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
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

  it('relays the contract for a caller with the token', async () => {
    const res = await post('plans:list', { 'x-app-token': host.token, origin: host.origin });
    const body = (await res.json()) as { ok: boolean; value: { id: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((p) => p.id)).toContain('fehb-kpco-2022-high');
  });

  it('refuses a call without the token', async () => {
    const res = await post('plans:list', { origin: host.origin });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a call with a wrong token', async () => {
    const res = await post('plans:list', { 'x-app-token': `${host.token.slice(0, -1)}x`, origin: host.origin });
    expect(res.status).toBe(401);
  });

  it('refuses a call from another origin even with the token', async () => {
    const res = await post('plans:list', { 'x-app-token': host.token, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('answers malformed JSON and unknown channels with an error envelope', async () => {
    const bad = await post('plans:list', { 'x-app-token': host.token }, '{not json');
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const unknown = await post('plans:drop', { 'x-app-token': host.token });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});
