import { describe, expect, it } from 'vitest';
import { refuseApiRequest, type ApiRequestFacts } from '../../../src-main/web-host/request-policy';

const me = { port: 4321, token: 'secret-token-abc' };
const good: ApiRequestFacts = {
  method: 'POST',
  host: '127.0.0.1:4321',
  origin: 'http://127.0.0.1:4321',
  secFetchSite: 'same-origin',
  token: 'secret-token-abc',
  contentType: 'application/json',
};

describe('the web host lets only its own page, with this launch’s token, call the API', () => {
  it('accepts its own page', () => expect(refuseApiRequest(good, me)).toBeNull());
  it('accepts a local tool without Origin that holds the token', () =>
    expect(refuseApiRequest({ ...good, origin: undefined, secFetchSite: undefined }, me)).toBeNull());
  it.each([
    ['no token', { token: undefined }, 401, /missing/],
    ['a wrong token', { token: 'secret-token-abd' }, 401, /wrong/],
    ['a token of another length', { token: 'x' }, 401, /wrong/],
    ['another origin', { origin: 'https://evil.example' }, 403, /other web sites/],
    ['another port on loopback', { origin: 'http://127.0.0.1:9999' }, 403, /other web sites/],
    ['a cross-site fetch', { secFetchSite: 'cross-site' }, 403, /other web sites/],
    ['a rebound host name', { host: 'evil.example:4321' }, 403, /127\.0\.0\.1/],
    ['a GET', { method: 'GET' }, 405, /POST/],
    ['a form post', { contentType: 'application/x-www-form-urlencoded' }, 415, /JSON/],
  ] as const)('refuses %s', (_name, change, status, message) => {
    const refusal = refuseApiRequest({ ...good, ...change }, me);
    expect(refusal?.status).toBe(status);
    expect(refusal?.message).toMatch(message);
  });
});
