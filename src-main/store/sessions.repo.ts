import type Database from 'better-sqlite3';
import { SessionState, type SessionSummary } from '../../src-shared/session-schema';

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

export function listSessions(db: Database.Database): SessionSummary[] {
  return (db.prepare('SELECT * FROM sessions ORDER BY updated_at DESC, id').all() as SessionRow[]).map(summary);
}

export function getSession(db: Database.Database, id: string): (SessionSummary & { state: SessionState }) | undefined {
  const row = db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  return row ? { ...summary(row), state: SessionState.parse(JSON.parse(row.json)) } : undefined;
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
