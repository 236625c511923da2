import { describe, expect, it } from 'vitest';
import {
  clientIdFrom,
  cookieValue,
  isJsonContentType,
  launchCookie,
  refuseApiRequest,
  refuseLaunchRequest,
  type ApiRequestFacts,
} from '../../../src-main/web-host/request-policy';

const me = { port: 4321, session: 'launch-cookie-value-abc' };
const good: ApiRequestFacts = {
  method: 'POST',
  host: '127.0.0.1:4321',
  origin: 'http://127.0.0.1:4321',
  secFetchSite: 'same-origin',
  cookie: 'other=1; bc_launch_4321=launch-cookie-value-abc',
  contentType: 'application/json',
};

describe('the web host lets only its own page, in the browser holding this launch’s cookie, call the API', () => {
  it('accepts its own page', () => expect(refuseApiRequest(good, me)).toBeNull());
  it('accepts a local tool without Origin that holds the cookie', () =>
    expect(refuseApiRequest({ ...good, origin: undefined, secFetchSite: undefined }, me)).toBeNull());
  it('accepts JSON with a charset', () => expect(refuseApiRequest({ ...good, contentType: 'application/json; charset=UTF-8' }, me)).toBeNull());
  it.each([
    ['no cookie', { cookie: undefined }, 401, /not been let in/],
    ['another cookie only', { cookie: 'bc_launch_9999=launch-cookie-value-abc' }, 401, /not been let in/],
    ['a wrong cookie value', { cookie: 'bc_launch_4321=launch-cookie-value-abd' }, 401, /earlier start/],
    ['a cookie value of another length', { cookie: 'bc_launch_4321=x' }, 401, /earlier start/],
    ['another origin', { origin: 'https://evil.example' }, 403, /other web sites/],
    ['another port on loopback', { origin: 'http://127.0.0.1:9999' }, 403, /other web sites/],
    ['a cross-site fetch', { secFetchSite: 'cross-site' }, 403, /other web sites/],
    ['a rebound host name', { host: 'evil.example:4321' }, 403, /127\.0\.0\.1/],
    ['a GET', { method: 'GET' }, 405, /POST/],
    ['a form post', { contentType: 'application/x-www-form-urlencoded' }, 415, /JSON/],
    ['a look-alike media type', { contentType: 'application/jsonp' }, 415, /JSON/],
    ['JSON text sequences', { contentType: 'application/json-seq' }, 415, /JSON/],
    ['no content type', { contentType: undefined }, 415, /JSON/],
  ] as const)('refuses %s', (_name, change, status, message) => {
    const refusal = refuseApiRequest({ ...good, ...change }, me);
    expect(refusal?.status).toBe(status);
    expect(refusal?.message).toMatch(message);
  });
  it('refuses every cookie before the launch code was exchanged', () => expect(refuseApiRequest(good, { port: 4321, session: null })?.status).toBe(401));
});

describe('the launch exchange', () => {
  it('is open to the own page without a cookie', () => expect(refuseLaunchRequest({ ...good, cookie: undefined }, 4321)).toBeNull());
  it.each([
    ['another origin', { origin: 'https://evil.example' }, 403],
    ['a cross-site fetch', { secFetchSite: 'cross-site' }, 403],
    ['a rebound host name', { host: 'evil.example:4321' }, 403],
    ['a GET', { method: 'GET' }, 405],
    ['a form post', { contentType: 'text/plain' }, 415],
  ] as const)('refuses %s', (_name, change, status) => expect(refuseLaunchRequest({ ...good, ...change }, 4321)?.status).toBe(status));
  it('sets an HttpOnly, SameSite=Strict session cookie named for its port', () =>
    expect(launchCookie(4321, 'v')).toBe('bc_launch_4321=v; Path=/; HttpOnly; SameSite=Strict'));
});

describe('header parsing', () => {
  it('reads one cookie out of a Cookie header', () => {
    expect(cookieValue('a=1; bc_launch_1=xyz; b=2', 'bc_launch_1')).toBe('xyz');
    expect(cookieValue('xbc_launch_1=xyz', 'bc_launch_1')).toBeUndefined();
    expect(cookieValue(undefined, 'a')).toBeUndefined();
  });
  it('matches the JSON media type exactly', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType(' APPLICATION/JSON ;charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/jsonp')).toBe(false);
    expect(isJsonContentType('application/json+x')).toBe(false);
    expect(isJsonContentType('text/json')).toBe(false);
  });
  it('accepts a client id of at most 64 letters, digits and dashes, and ignores anything else', () => {
    expect(clientIdFrom('3f2b8a1c-9d4e-4f6a-8b7c-1d2e3f4a5b6c')).toBe('3f2b8a1c-9d4e-4f6a-8b7c-1d2e3f4a5b6c');
    expect(clientIdFrom('a'.repeat(64))).toBe('a'.repeat(64));
    for (const bad of ['a'.repeat(65), '', 'has space', 'semi;colon', 'ünïcode', '../x', undefined]) expect(clientIdFrom(bad)).toBeUndefined();
  });
});
