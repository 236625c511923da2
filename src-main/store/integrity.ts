import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { IpcChannel } from '../../src-shared/ipc-channels';
import { AppError } from '../../src-shared/result';
import type { AppContext } from '../app-context';
import type { Handler, Handlers } from '../ipc/handle';
import type { BackupInfo } from './backup';
import { openSqlite } from './sqlite';

// Startup health check of the one SQLite file, and what the app does with a damaged one: it never writes
// to it. The check opens the file read-only, so not even a WAL checkpoint touches it.

export type FileHealth =
  | { status: 'missing' }
  | { status: 'ok'; userVersion: number }
  | { status: 'damaged'; detail: string };

/** PRAGMA quick_check on a read-only connection. A file SQLite cannot even open counts as damaged. */
export function checkDatabaseFile(file: string): FileHealth {
  if (!existsSync(file)) return { status: 'missing' };
  let db: Database.Database | undefined;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((p) => p !== 'ok');
    if (problems.length > 0 || rows.length === 0) return { status: 'damaged', detail: problems.slice(0, 3).join('; ') || 'no answer' };
    return { status: 'ok', userVersion: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    return { status: 'damaged', detail: (error as Error).message };
  } finally {
    db?.close();
  }
}

function when(iso: string): string {
  return `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;
}

/** What the counselor reads: what happened, what is safe, what they can do; the technical detail last. */
export function damagedReason(detail: string, latest: BackupInfo | null): string {
  const offer = latest
    ? `The last automatic backup, taken ${when(latest.takenAt)}, can be restored; anything saved after it would be lost.`
    : 'There is no automatic backup to restore yet.';
  const technical = detail.replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return (
    'The app’s data file is damaged. To protect it, nothing will be saved and the damaged file will not be changed. ' +
    `${offer} (Database check: ${technical || 'no answer'}.)`
  );
}

export const KIOSK_READ_ONLY_REASON = 'This is a shared kiosk: nothing is saved on it, so nothing of a client stays behind.';

/** Opens the damaged file read-only; null when SQLite cannot read it at all. */
export function openReadOnly(file: string): Database.Database | null {
  try {
    const db = openSqlite(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch {
    return null;
  }
}

/**
 * In kiosk mode, or on a damaged file, every write is refused by SQLite itself (query_only, read-only
 * connection). This turns SQLite's "readonly" errors (and, on a damaged file, "corrupt" ones) into the
 * READ_ONLY envelope with the reason in words, instead of INTERNAL.
 */
export function withReadOnlyErrors(handlers: Handlers): Handlers {
  const wrapped: Partial<Record<IpcChannel, Handler<IpcChannel>>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [IpcChannel, Handler<IpcChannel>][]) {
    wrapped[channel] = async (args, ctx) => {
      try {
        return await handler(args, ctx);
      } catch (error) {
        throw asReadOnlyError(error, ctx);
      }
    };
  }
  return wrapped as Handlers;
}

function asReadOnlyError(error: unknown, ctx: AppContext): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const damagedRead = ctx.storage.damaged && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
  if (code.startsWith('SQLITE_READONLY') || damagedRead) {
    return new AppError('READ_ONLY', ctx.readOnlyReason ?? (ctx.kiosk ? KIOSK_READ_ONLY_REASON : 'The data file is open read-only.'));
  }
  return error;
}

/** Channels that delete personal data (counselor mode's "delete" and "delete all older than N days"). */
export const DELETING_CHANNELS: readonly IpcChannel[] = ['sessions:delete', 'sessions:delete-older-than'];

/**
 * A deleted session must be gone from the file. secure_delete zeroes the deleted text in the new version
 * of each page, but under WAL the old versions stay in the -wal file (and the main file keeps its copy)
 * until a checkpoint rewrites them; a TRUNCATE checkpoint right after the delete does that at once.
 * (Found by tests/integration/secure-delete.test.ts; this could live in sessions.ipc.ts instead.)
 */
export function withDeletePurge(handlers: Handlers): Handlers {
  const wrapped: Partial<Record<IpcChannel, Handler<IpcChannel>>> = { ...(handlers as Record<IpcChannel, Handler<IpcChannel>>) };
  for (const channel of DELETING_CHANNELS) {
    const handler = handlers[channel] as Handler<IpcChannel>;
    wrapped[channel] = async (args, ctx) => {
      const result = await handler(args, ctx);
      ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      return result;
    };
  }
  return wrapped as Handlers;
}
