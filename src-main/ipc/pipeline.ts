import { ZodError } from 'zod';
import { contract } from '../../src-shared/ipc-contract';
import { IPC_CHANNELS, type IpcChannel } from '../../src-shared/ipc-channels';
import { refusal } from '../../src-shared/refusal';
import { AppError, type AppErrorShape } from '../../src-shared/result';
import { zodIssueParts } from '../../src-shared/zod-issues';
import type { AppContext } from '../app-context';
import { isTrustedSender } from '../security/sender-policy';
import { senderLanePrefix, type Dispatch, type Handler, type Handlers } from './handle';

// The ONE IPC pipeline every transport goes through (Electron IPC, the web host, the command line, the
// tests), in the order a call meets it:
//   1. the channel exists;                       → UNKNOWN_CHANNEL
//   2. the sender is the app's own window;       → FORBIDDEN
//   3. the arguments parse against the contract  → INVALID_ARGUMENT naming the field (parsed once, here:
//      handlers and the compute workers receive typed values and check nothing again);
//   4. the handler runs, with the caller's lane (a newer computation from the same window replaces the older);
//   5. a deleting channel purges the deleted text from the file at once (WAL checkpoint);
//   6. any failure becomes an envelope: deliberate errors keep their code, SQLite's refusals on a kiosk or
//      a damaged file become READ_ONLY with the reason in words, the rest INTERNAL without internals.

/** Channels that delete personal data (counselor mode's "delete" and "delete all older than N days"). */
export const DELETING_CHANNELS: readonly IpcChannel[] = ['sessions:delete', 'sessions:delete-older-than'];

function isChannel(channel: string): channel is IpcChannel {
  return (IPC_CHANNELS as readonly string[]).includes(channel);
}

export function createDispatcher(handlers: Handlers, ctx: AppContext): Dispatch {
  return async (channel, rawArgs, sender = { kind: 'local' }) => {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return { ok: false, error: refusal('UNKNOWN_CHANNEL', 'err_unknown_channel', { channel: String(channel).slice(0, 80) }).shape };
    }
    if (!isTrustedSender(sender)) {
      return { ok: false, error: refusal('FORBIDDEN', 'err_forbidden_sender', {}).shape };
    }
    const parsed = contract[channel].args.safeParse(rawArgs);
    if (!parsed.success) {
      const parts = zodIssueParts(parsed.error, 'args');
      return { ok: false, error: refusal('INVALID_ARGUMENT', 'err_invalid_request', { channel, issue: parts.issues[0] ?? '' }, parts).shape };
    }
    try {
      const prefix = senderLanePrefix(sender);
      const handler = handlers[channel] as Handler<IpcChannel>;
      const value = await handler(parsed.data as never, ctx, { lane: prefix === null ? null : prefix + channel, lanePrefix: prefix });
      // A deleted session must be gone from the file: secure_delete zeroes the new page versions, but under
      // WAL the old ones stay in the -wal file until a checkpoint rewrites them (tests/integration/secure-delete.test.ts).
      if (DELETING_CHANNELS.includes(channel)) ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: asErrorShape(error, ctx, channel) };
    }
  };
}

function asErrorShape(error: unknown, ctx: AppContext, channel: IpcChannel): AppErrorShape {
  if (error instanceof AppError) return error.shape;
  if (error instanceof ZodError) {
    const parts = zodIssueParts(error);
    const first = parts.issues[0];
    return first ? { code: 'INVALID_ARGUMENT', message: first, ...parts } : refusal('INVALID_ARGUMENT', 'err_invalid_data', {}, parts).shape;
  }
  // In kiosk mode, or on a damaged file, SQLite itself refuses every write (query_only, a read-only
  // connection): its "readonly" errors (and, on a damaged file, "corrupt" ones) are said in words.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    const damagedRead = ctx.storage.damaged && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
    if (code.startsWith('SQLITE_READONLY') || damagedRead) {
      // The damage's own reason in English; in another language the short refusal (the notice at the top of
      // every view says the damage in that language).
      if (ctx.readOnlyReason !== null) return { ...refusal('READ_ONLY', 'err_read_only', {}).shape, message: ctx.readOnlyReason };
      return refusal('READ_ONLY', ctx.kiosk ? 'err_kiosk_read_only' : 'err_read_only', {}).shape;
    }
  }
  console.error(`[ipc] ${channel} failed:`, error);
  return refusal('INTERNAL', 'err_internal', {}).shape;
}
