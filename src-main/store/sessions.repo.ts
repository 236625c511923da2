import type Database from 'better-sqlite3';
import { AppError } from '../../src-shared/result';
import { SessionState, type SessionSummary } from '../../src-shared/session-schema';
import { rowProblem } from './plans.repo';

interface SessionRow {
  id: string;
  label: string;
  member_count: number;
  json: string;
  created_at: string;
  updated_at: string;
}

const summary = (r: SessionRow): SessionSummary => ({
  id: r.id,
  label: r.label,
  memberCount: r.member_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Every row's summary, from its columns alone (the stored JSON is not read). */
export function listSessions(db: Database.Database): SessionSummary[] {
  return (db.prepare('SELECT * FROM sessions ORDER BY updated_at DESC, id').all() as SessionRow[]).map(summary);
}

/** A saved session whose stored JSON does not parse or validate: kept as it is, listed with the reason. */
export interface DamagedSession extends SessionSummary {
  reason: string;
}

function readState(row: SessionRow): { ok: true; state: SessionState } | { ok: false; reason: string } {
  try {
    return { ok: true, state: SessionState.parse(JSON.parse(row.json)) };
  } catch (error) {
    return { ok: false, reason: rowProblem(error, 'session') };
  }
}

/** Every row: the sessions that can be opened, and the damaged ones with their reasons. */
export function readSessions(db: Database.Database): { sessions: SessionSummary[]; damaged: DamagedSession[] } {
  const sessions: SessionSummary[] = [];
  const damaged: DamagedSession[] = [];
  for (const row of db.prepare('SELECT * FROM sessions ORDER BY updated_at DESC, id').all() as SessionRow[]) {
    const read = readState(row);
    if (read.ok) sessions.push(summary(row));
    else damaged.push({ ...summary(row), reason: read.reason });
  }
  return { sessions, damaged };
}

export function damagedSessionMessage(d: DamagedSession): string {
  return `The saved session “${d.label}” is damaged and cannot be opened: ${d.reason}. The other sessions work; restore this one from a backup (Restore from a backup, or: backup restore newest).`;
}

/** A session that can be opened, or undefined when there is none; a damaged row is refused with its reason. */
export function getSession(db: Database.Database, id: string): (SessionSummary & { state: SessionState }) | undefined {
  const row = db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  if (!row) return undefined;
  const read = readState(row);
  if (!read.ok) throw new AppError('NOT_FOUND', damagedSessionMessage({ ...summary(row), reason: read.reason }));
  return { ...summary(row), state: read.state };
}

/** Inserts or updates one session in a single statement (atomic under WAL, durable with synchronous=FULL). */
export function saveSession(db: Database.Database, id: string, state: SessionState, now: string): SessionSummary {
  db.prepare(
    `INSERT INTO sessions (id, label, member_count, json, created_at, updated_at)
     VALUES (@id, @label, @members, @json, @now, @now)
     ON CONFLICT (id) DO UPDATE SET label = excluded.label, member_count = excluded.member_count,
       json = excluded.json, updated_at = excluded.updated_at`,
  ).run({ id, label: state.label, members: state.request.household.members.length, json: JSON.stringify(state), now });
  return summary(db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow);
}

export function deleteSession(db: Database.Database, id: string): boolean {
  return db.prepare('DELETE FROM sessions WHERE id = ?').run(id).changes > 0;
}

export function deleteSessionsUpdatedBefore(db: Database.Database, cutoffIso: string): number {
  return db.prepare('DELETE FROM sessions WHERE updated_at < ?').run(cutoffIso).changes;
}
