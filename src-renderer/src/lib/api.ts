import type { ChannelArgs, ChannelResult } from '../../../src-shared/ipc-contract';
import type { IpcChannel } from '../../../src-shared/ipc-channels';
import type { AppErrorShape, Result } from '../../../src-shared/result';

// The renderer's one door to the main process. In Electron the preload exposes `window.api` (one
// function per channel); in the loopback web host the same contract travels over HTTP with the launch
// token. Callers see neither.

type Bridge = { [C in IpcChannel]: (args: unknown) => Promise<Result<unknown>> };

declare global {
  interface Window {
    api?: Bridge;
  }
}

const TOKEN_KEY = 'benefits-counselor.token';

/** The web host hands its token in the URL fragment; keep it for reloads, then clean the address bar. */
function webToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | null = null;

async function overHttp(channel: IpcChannel, args: unknown): Promise<Result<unknown>> {
  token ??= webToken();
  const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-app-token': token },
    body: JSON.stringify(args ?? {}),
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
