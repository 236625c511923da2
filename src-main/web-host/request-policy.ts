import { timingSafeEqual } from 'node:crypto';

// Who may call the web host's API: only the page it served, on loopback, holding this launch's token.
// Pure, so each refusal is unit-tested.

export interface ApiRequestFacts {
  method: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  token: string | undefined;
  contentType: string | undefined;
}

export interface HostIdentity {
  port: number;
  token: string;
}

export type Refusal = { status: number; message: string };

export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** null when the request may reach the handlers, else why not. */
export function refuseApiRequest(req: ApiRequestFacts, me: HostIdentity): Refusal | null {
  if (req.method !== 'POST') return { status: 405, message: 'Only POST is accepted.' };
  // A Host other than our loopback name means a DNS-rebinding page is talking to us.
  if (!req.host || !ownOrigins(me.port).map((o) => o.slice('http://'.length)).includes(req.host)) {
    return { status: 403, message: 'Requests must be addressed to this computer (127.0.0.1).' };
  }
  if (req.origin !== undefined && !ownOrigins(me.port).includes(req.origin)) {
    return { status: 403, message: 'Requests from other web sites are refused.' };
  }
  if (req.secFetchSite !== undefined && req.secFetchSite !== 'same-origin' && req.secFetchSite !== 'none') {
    return { status: 403, message: 'Requests from other web sites are refused.' };
  }
  if (!req.token) return { status: 401, message: 'The app token is missing. Open the address the app printed.' };
  if (!sameToken(req.token, me.token)) return { status: 401, message: 'The app token is wrong. Open the address the app printed.' };
  if (!req.contentType?.toLowerCase().startsWith('application/json')) {
    return { status: 415, message: 'Send JSON (Content-Type: application/json).' };
  }
  return null;
}
