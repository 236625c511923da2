import { ZodError } from 'zod';
import { contract, type ChannelParsedArgs, type ChannelResult } from '../../src-shared/ipc-contract';
import { IPC_CHANNELS, type IpcChannel } from '../../src-shared/ipc-channels';
import { AppError, type Result } from '../../src-shared/result';
import { formatZodIssues } from '../../src-shared/zod-issues';
import type { AppContext } from '../app-context';
import { isTrustedSender, type Sender } from '../security/sender-policy';

/** What a handler knows of the call beyond its arguments. */
export interface CallInfo {
  /**
   * The window or browser tab that asked, and for which channel ("wc-3:engine:compare"): a newer
   * computation in the same lane replaces the older one. Null for the command line and tests.
   */
  lane: string | null;
  /** The caller's prefix of every lane ("wc-3:"), to cancel all of a window's work; null as above. */
  lanePrefix: string | null;
}

export type Handler<C extends IpcChannel> = (
  args: ChannelParsedArgs<C>,
  ctx: AppContext,
  call: CallInfo,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

/** One handler per channel; the mapped type makes a missing channel a compile error. */
export type Handlers = { [C in IpcChannel]: Handler<C> };

export type Dispatch = (channel: string, rawArgs: unknown, sender?: Sender) => Promise<Result<unknown>>;

/** The caller's prefix of every lane ("wc-3:"), or null when the sender names no window or tab. */
export function senderLanePrefix(sender: Sender): string | null {
  return sender.kind === 'renderer' && sender.client ? `${sender.client}:` : null;
}

function isChannel(channel: string): channel is IpcChannel {
  return (IPC_CHANNELS as readonly string[]).includes(channel);
}

/**
 * The ONE wrapper: checks the sender, validates the arguments against the contract, runs the handler and
 * returns an envelope. Nothing thrown escapes; an unexpected error becomes INTERNAL without internals.
 */
export function createDispatcher(handlers: Handlers, ctx: AppContext): Dispatch {
  return async (channel, rawArgs, sender = { kind: 'local' }) => {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel named "${String(channel).slice(0, 80)}".` } };
    }
    if (!isTrustedSender(sender)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from the app’s own window.' } };
    }
    const parsed = contract[channel].args.safeParse(rawArgs);
    if (!parsed.success) {
      const issues = formatZodIssues(parsed.error, 'args');
      return { ok: false, error: { code: 'INVALID_ARGUMENT', message: `Invalid request for ${channel}: ${issues[0]}`, issues } };
    }
    try {
      const handler = handlers[channel] as Handler<IpcChannel>;
      const prefix = senderLanePrefix(sender);
      const value = await handler(parsed.data as never, ctx, { lane: prefix === null ? null : prefix + channel, lanePrefix: prefix });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
      }
      if (error instanceof ZodError) {
        const issues = formatZodIssues(error);
        return { ok: false, error: { code: 'INVALID_ARGUMENT', message: issues[0] ?? 'Invalid data.', issues } };
      }
      console.error(`[ipc] ${channel} failed:`, error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside the app. Nothing was changed.' } };
    }
  };
}
