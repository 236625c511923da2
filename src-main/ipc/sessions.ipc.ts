import { createHash, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { refusal } from '../../src-shared/refusal';
import type { AppContext } from '../app-context';
import { deleteSession, deleteSessionsUpdatedBefore, getSession, readSessions, saveSession } from '../store/sessions.repo';
import type { Handlers } from './handle';

const DAY_MS = 24 * 60 * 60 * 1000;

interface ChangedRow {
  id: string;
  label: string;
  updated_at: string;
}

/** The sessions a bulk delete with this cutoff removes (the same WHERE as deleteSessionsUpdatedBefore), oldest first. */
function changedBefore(db: Database.Database, cutoffIso: string): ChangedRow[] {
  return db.prepare('SELECT id, label, updated_at FROM sessions WHERE updated_at < ? ORDER BY updated_at, id').all(cutoffIso) as ChangedRow[];
}

/** Names exactly one set of sessions in their current version: what the person confirmed. */
function digestOf(rows: readonly ChangedRow[]): string {
  return createHash('sha256')
    .update(rows.map((r) => `${r.id}\t${r.updated_at}`).join('\n'))
    .digest('hex');
}

function refuseInKiosk(ctx: AppContext): void {
  if (ctx.kiosk) {
    throw refusal('FORBIDDEN', 'err_kiosk_sessions', {});
  }
}

export const sessionHandlers: Pick<Handlers, 'sessions:list' | 'sessions:get' | 'sessions:save' | 'sessions:delete' | 'sessions:delete-older-than'> = {
  // A damaged row is left out (app:backup-status lists it, with its reason); every other session opens.
  'sessions:list': (_args, ctx) => {
    if (ctx.kiosk) return [];
    if (ctx.storage.source === 'shipped-only') {
      throw ctx.readOnlyReason === null
        ? refusal('READ_ONLY', 'err_sessions_unreadable', {})
        : refusal('READ_ONLY', 'err_sessions_unreadable_because', { reason: ctx.readOnlyReason });
    }
    return readSessions(ctx.db).sessions;
  },

  'sessions:get': ({ id }, ctx) => {
    refuseInKiosk(ctx);
    const session = getSession(ctx.db, id);
    if (!session) throw refusal('NOT_FOUND', 'err_session_gone', {});
    return session;
  },

  'sessions:save': ({ id, state }, ctx) => {
    refuseInKiosk(ctx);
    return saveSession(ctx.db, id ?? randomUUID(), state, ctx.now().toISOString());
  },

  'sessions:delete': ({ id }, ctx) => {
    refuseInKiosk(ctx);
    return { deleted: deleteSession(ctx.db, id) };
  },

  // Confirmed in two calls (see the contract): a preview of what would go, then the delete of exactly that.
  'sessions:delete-older-than': ({ days, preview, confirm }, ctx) => {
    refuseInKiosk(ctx);
    const latestCutoff = new Date(ctx.now().getTime() - days * DAY_MS).toISOString();
    if (preview) {
      const rows = changedBefore(ctx.db, latestCutoff);
      const first = rows[0];
      const last = rows[rows.length - 1];
      return {
        deleted: 0,
        preview: {
          cutoff: latestCutoff,
          count: rows.length,
          digest: digestOf(rows),
          oldest: first ? { label: first.label, updatedAt: first.updated_at } : null,
          newest: last ? { label: last.label, updatedAt: last.updated_at } : null,
        },
      };
    }
    if (!confirm) return { deleted: deleteSessionsUpdatedBefore(ctx.db, latestCutoff) };
    const cutoff = new Date(confirm.cutoff);
    // The main process's clock decides: a cutoff later than `days` allows would delete newer sessions.
    if (cutoff.getTime() > Date.parse(latestCutoff)) {
      throw refusal('CONFLICT', 'err_delete_recent', { days });
    }
    const cutoffIso = cutoff.toISOString();
    return ctx.db.transaction(() => {
      if (digestOf(changedBefore(ctx.db, cutoffIso)) !== confirm.digest) {
        throw refusal('CONFLICT', 'err_delete_changed', {});
      }
      return { deleted: deleteSessionsUpdatedBefore(ctx.db, cutoffIso) };
    })();
  },
};
