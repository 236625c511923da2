import { timingSafeEqual } from 'node:crypto';

// Who may call the web host: only the page it served, on loopback, in the browser that exchanged this
// launch's one-time code for the launch cookie. Pure, so each refusal is unit-tested.

export interface ApiRequestFacts {
  method: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The raw Cookie header. */
  cookie: string | undefined;
  contentType: string | undefined;
}

export interface HostIdentity {
  port: number;
  /** The launch cookie's value, once the launch code has been exchanged (null before). */
  session: string | null;
}

export type Refusal = { status: number; message: string };

export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * The launch cookie's name. Cookies are not kept apart by port, so each launch (each port) has its own
 * name: two hosts on one computer do not overwrite each other's cookie.
 */
export function launchCookieName(port: number): string {
  return `bc_launch_${port}`;
}

/** The Set-Cookie value: HttpOnly (no script reads it), SameSite=Strict, no expiry (gone with the browser). */
export function launchCookie(port: number, value: string): string {
  return `${launchCookieName(port)}=${value}; Path=/; HttpOnly; SameSite=Strict`;
}

/** The value of cookie `name` in a Cookie header (the first one, as browsers send the most specific first). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `application/json`, optionally with parameters (`; charset=utf-8`): the media type itself, exactly. */
export function isJsonContentType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** A tab's client id (`x-app-client`): at most 64 of [A-Za-z0-9-]; anything else is ignored. */
export function clientIdFrom(header: string | undefined): string | undefined {
  return header !== undefined && /^[A-Za-z0-9-]{1,64}$/.test(header) ? header : undefined;
}

/** The checks every POST to the host shares: method, Host, Origin, Sec-Fetch-Site. */
function refuseForeign(req: ApiRequestFacts, port: number): Refusal | null {
  if (req.method !== 'POST') return { status: 405, message: 'Only POST is accepted.' };
  // A Host other than our loopback name means a DNS-rebinding page is talking to us.
  if (
    !req.host ||
    !ownOrigins(port)
      .map((o) => o.slice('http://'.length))
      .includes(req.host)
  ) {
    return { status: 403, message: 'Requests must be addressed to this computer (127.0.0.1).' };
  }
  if (req.origin !== undefined && !ownOrigins(port).includes(req.origin)) {
    return { status: 403, message: 'Requests from other web sites are refused.' };
  }
  if (req.secFetchSite !== undefined && req.secFetchSite !== 'same-origin' && req.secFetchSite !== 'none') {
    return { status: 403, message: 'Requests from other web sites are refused.' };
  }
  return null;
}

const NOT_JSON: Refusal = { status: 415, message: 'Send JSON (Content-Type: application/json).' };

/** null when the request may reach the handlers, else why not. */
export function refuseApiRequest(req: ApiRequestFacts, me: HostIdentity): Refusal | null {
  const foreign = refuseForeign(req, me.port);
  if (foreign) return foreign;
  const given = cookieValue(req.cookie, launchCookieName(me.port));
  if (!given) {
    return {
      status: 401,
      message: 'This browser has not been let in. Open the address the app printed when it started (each address works once).',
    };
  }
  if (me.session === null || !sameSecret(given, me.session)) {
    return { status: 401, message: 'This browser was let in by an earlier start of the app. Open the address the app printed this time.' };
  }
  if (!isJsonContentType(req.contentType)) return NOT_JSON;
  return null;
}

/** null when the request may exchange a launch code (whether the code is right is the host's to check). */
export function refuseLaunchRequest(req: ApiRequestFacts, port: number): Refusal | null {
  const foreign = refuseForeign(req, port);
  if (foreign) return foreign;
  if (!isJsonContentType(req.contentType)) return NOT_JSON;
  return null;
}
