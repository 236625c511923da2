import { closeSync, existsSync, fstatSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupInfo } from './backup';
import { readPlans } from './plans.repo';
import { readSessions } from './sessions.repo';
import { openSqlite } from './sqlite';

// Startup health check of the one SQLite file, and what the app does with a damaged one: it never writes
// to it. The check opens the file read-only, so not even a WAL checkpoint touches it.

/** PRAGMA application_id of every file this app writes (migration 0003): "BCNS", Benefits CouNSelor. */
export const APPLICATION_ID = 0x42434e53;
/** Schemas written before the file was marked (migrations 0001–0002): recognised by their tables instead. */
const LAST_UNMARKED_SCHEMA = 2;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** How a file is damaged: empty (0 bytes), not this app's file, cut short, or damaged inside. */
export type DamageKind = 'empty' | 'foreign' | 'truncated' | 'corrupt';

export type FileHealth = { status: 'missing' } | { status: 'ok'; userVersion: number } | { status: 'damaged'; kind: DamageKind; detail: string };

const damaged = (kind: DamageKind, detail: string): FileHealth => ({ status: 'damaged', kind, detail });

/** The first 100 bytes (the SQLite header) and the file's size, without SQLite. */
function readHeader(file: string): { size: number; header: Buffer } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(Math.min(100, size));
    readSync(fd, header, 0, header.length, 0);
    return { size, header };
  } finally {
    closeSync(fd);
  }
}

/**
 * What SQLite's own check does not see: an empty file (SQLite reads 0 bytes as a new, empty database), a
 * file that is not SQLite at all, and a file shorter than its header says (the end is missing).
 */
function checkHeader(file: string): FileHealth | null {
  const { size, header } = readHeader(file);
  if (size === 0) return damaged('empty', 'the file is empty (0 bytes)');
  const magic = header.subarray(0, SQLITE_MAGIC.length);
  if (!SQLITE_MAGIC.subarray(0, magic.length).equals(magic)) {
    return damaged('foreign', `the file is not an SQLite database (it starts with bytes ${header.subarray(0, 8).toString('hex')})`);
  }
  if (size < 100) return damaged('truncated', `the file is cut short: ${size} bytes, less than an SQLite header`);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
    return damaged('corrupt', `the header gives an impossible page size (${rawPageSize})`);
  if (size % pageSize !== 0) return damaged('truncated', `the file is cut short: ${size} bytes is not a whole number of ${pageSize}-byte pages`);
  // The header's page count is valid when its "version-valid-for" equals the change counter (SQLite 3.7+).
  const pages = header.readUInt32BE(28);
  // Unless a WAL holds frames: a checkpoint cut off by a crash (power loss, SIGKILL) can have written page 1
  // before the pages after it, and SQLite completes it from the WAL on the next open (quick_check then
  // checks the result). Only a file with no WAL to finish it is really cut short.
  const walPending = existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
  if (!walPending && pages > 0 && header.readUInt32BE(92) === header.readUInt32BE(24) && pages * pageSize > size) {
    return damaged('truncated', `the file is cut short: ${size} bytes, its header says ${pages} pages of ${pageSize} bytes (${pages * pageSize} bytes)`);
  }
  return null;
}

/**
 * A read-only connection for a look at a file that nobody else has open (a backup, or the data file before
 * the app opens it). SQLite creates an empty -wal and -shm beside a WAL file even when only reading; those
 * it created are removed again on close, so a look leaves the folder as it was.
 */
export function openForLook(file: string): Database.Database {
  const created = ['-wal', '-shm'].filter((side) => !existsSync(file + side));
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  const close = db.close.bind(db);
  db.close = () => {
    close();
    const wal = file + '-wal';
    if (created.includes('-wal') && existsSync(wal) && statSync(wal).size > 0) return db; // never drop written frames
    for (const side of created) rmSync(file + side, { force: true });
    return db;
  };
  return db;
}

/** Whether an opened file is this app's: marked with APPLICATION_ID, or an older unmarked file of ours. */
function foreignReason(db: Database.Database): string | null {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (applicationId === APPLICATION_ID) return null;
  if (applicationId !== 0) return `the file belongs to another application (application_id ${applicationId})`;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  // A file SQLite created and nothing wrote yet: nothing to lose, and the migrations will mark it.
  if (tables.length === 0 && userVersion === 0) return null;
  if (userVersion >= 1 && userVersion <= LAST_UNMARKED_SCHEMA && tables.includes('plans')) return null;
  return `the file is not this app’s data file (schema ${userVersion}, tables: ${tables.slice(0, 5).join(', ') || 'none'})`;
}

/**
 * The start-up check, on a read-only connection (not even a WAL checkpoint touches the file): the header
 * (empty, foreign, cut short), PRAGMA quick_check (or the full integrity_check with `full`, for a backup
 * about to be restored) and the application_id. A file SQLite cannot even open counts as damaged.
 */
export function checkDatabaseFile(file: string, options: { full?: boolean } = {}): FileHealth {
  if (!existsSync(file)) return { status: 'missing' };
  let db: Database.Database | undefined;
  try {
    const header = checkHeader(file);
    if (header) return header;
    db = openForLook(file);
    const pragma = options.full ? 'integrity_check' : 'quick_check';
    const rows = db.pragma(pragma) as Record<string, string>[];
    const problems = rows.map((r) => r[pragma]).filter((p) => p !== 'ok');
    if (problems.length > 0 || rows.length === 0) return damaged('corrupt', problems.slice(0, 3).join('; ') || 'no answer');
    const foreign = foreignReason(db);
    if (foreign) return damaged('foreign', foreign);
    return { status: 'ok', userVersion: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    return damaged('corrupt', (error as Error).message);
  } finally {
    db?.close();
  }
}

function when(iso: string): string {
  return `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;
}

const WHAT_IS_WRONG: Record<DamageKind, string> = {
  corrupt: 'The app’s data file is damaged.',
  empty: 'The app’s data file is damaged: it is empty (0 bytes), so its plans and saved sessions cannot be read.',
  truncated: 'The app’s data file is damaged: it is cut short (its end is missing).',
  foreign: 'The app’s data file is damaged: the file in its place is not a Benefits Counselor data file.',
};

/** What the counselor reads: what happened, what is safe, what they can do; the technical detail last. */
export function damagedReason(damage: { kind: DamageKind; detail: string }, latest: BackupInfo | null): string {
  const offer = latest
    ? `The last automatic backup, taken ${when(latest.takenAt)}, can be restored; anything saved after it would be lost.`
    : 'There is no automatic backup to restore yet.';
  const technical = damage.detail
    .replace(/\*\*\* in database \w+ \*\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return (
    `${WHAT_IS_WRONG[damage.kind]} To protect it, nothing will be saved and the damaged file will not be changed. ` +
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

export interface DamagedRow {
  table: 'plans' | 'sessions';
  id: string;
  /** The plan's id or the session's label, as the list shows it. */
  label: string;
  reason: string;
  updatedAt: string;
}

export interface RowHealth {
  /** 'unreadable': SQLite itself cannot read the table (a damaged file); its rows are not known. */
  plans: 'readable' | 'unreadable';
  sessions: 'readable' | 'unreadable';
  damaged: DamagedRow[];
}

/** Reads every plan and session row and lists the ones that cannot be used. Never throws. */
export function checkRows(db: Database.Database): RowHealth {
  const health: RowHealth = { plans: 'readable', sessions: 'readable', damaged: [] };
  try {
    for (const d of readPlans(db).damaged) health.damaged.push({ table: 'plans', id: d.id, label: d.id, reason: d.reason, updatedAt: d.updatedAt });
  } catch {
    health.plans = 'unreadable';
  }
  try {
    for (const d of readSessions(db).damaged) health.damaged.push({ table: 'sessions', id: d.id, label: d.label, reason: d.reason, updatedAt: d.updatedAt });
  } catch {
    health.sessions = 'unreadable';
  }
  return health;
}
