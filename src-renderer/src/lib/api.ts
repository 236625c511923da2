import type { ChannelArgs, ChannelResult } from '../../../src-shared/ipc-contract';
import type { IpcChannel } from '../../../src-shared/ipc-channels';
import type { AppErrorShape, Result } from '../../../src-shared/result';

// The renderer's one door to the main process. In Electron the preload exposes `window.api` (one
// function per channel); in the loopback web host the same contract travels over HTTP, authorised by
// the launch cookie. Callers see neither.

type Bridge = { [C in IpcChannel]: (args: unknown) => Promise<Result<unknown>> };

declare global {
  interface Window {
    api?: Bridge;
  }
}

/** A random id for this tab (this page load), kept in memory only and sent with every call over HTTP. */
function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const CLIENT_ID = typeof window !== 'undefined' && !window.api ? newClientId() : '';

/**
 * The web host prints an address with a one-time launch code in its fragment (`#launch=…`). The page
 * takes it out of the address bar and out of this history entry at once (history.replaceState), then
 * POSTs it to the host, which answers with an HttpOnly, SameSite=Strict cookie for this launch: no script
 * can read that cookie, and nothing is kept in sessionStorage. A spent or wrong code changes nothing: a
 * tab of a browser that already holds the cookie keeps working, any other is refused by the host.
 */
function exchangeLaunchCode(): Promise<void> {
  const match = /(?:^#|&)launch=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match?.[1]) return Promise.resolve();
  const code = match[1];
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  return fetch('/launch', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
    credentials: 'same-origin',
  }).then(
    () => undefined,
    () => undefined,
  );
}

// At load, before any other script can push a history entry that would copy the code.
const launched: Promise<void> = typeof window !== 'undefined' && !window.api ? exchangeLaunchCode() : Promise.resolve();

async function overHttp(channel: IpcChannel, args: unknown): Promise<Result<unknown>> {
  await launched;
  const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-app-client': CLIENT_ID },
    body: JSON.stringify(args ?? {}),
    credentials: 'same-origin',
  });
  return (await response.json()) as Result<unknown>;
}

export class ApiError extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
    this.name = 'ApiError';
  }
}

/** Calls a channel and returns its value, or throws ApiError with the envelope's error. */
export async function call<C extends IpcChannel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const result = window.api ? await window.api[channel](args) : await overHttp(channel, args);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelResult<C>;
}

/**
 * The main process as the renderer's state classes see it. They take it as a constructor argument, so
 * their unit tests pass a fake one that answers when the test says (tests/unit/renderer/fake-api.ts).
 */
export interface Api {
  call<C extends IpcChannel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>>;
}

export const api: Api = { call };
