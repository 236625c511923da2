import type Database from 'better-sqlite3';
import { refusal } from '../../src-shared/refusal';
import { backupId, listBackups, type BackupInfo } from './backup';
import { checkDatabaseFile, openForLook, type DamagedRow, type FileHealth } from './integrity';
import { readPlanRow } from './plans.repo';
import { getSession } from './sessions.repo';

// What a backup holds (for the restore screen and `backup list`), which backup "newest" means, and the
// repair of single damaged rows from a backup. Opening, moving and replacing whole files is app-context's.

export interface BackupDetails extends BackupInfo {
  id: string;
  health: FileHealth;
  /** Rows it holds (null when it cannot be read). */
  plans: number | null;
  sessions: number | null;
  /** Of the rows damaged now, those it holds a usable copy of. */
  repairs: DamagedRow[];
}

function count(db: Database.Database, table: 'plans' | 'sessions'): number | null {
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } catch {
    // Schema 1 had no sessions table.
    return table === 'sessions' ? 0 : null;
  }
}

/** Whether this (open, read-only) backup holds a usable copy of the row. */
function holdsGoodCopy(db: Database.Database, row: DamagedRow): boolean {
  try {
    if (row.table === 'plans') return readPlanRow(db, row.id).state === 'ok';
    return getSession(db, row.id) !== undefined;
  } catch {
    return false;
  }
}

/** One backup as the restore screen shows it: sound or not, how many plans and sessions it holds. */
export function describeBackup(backup: BackupInfo, damagedRows: readonly DamagedRow[]): BackupDetails {
  const health = checkDatabaseFile(backup.file);
  const details: BackupDetails = { ...backup, id: backupId(backup.name), health, plans: null, sessions: null, repairs: [] };
  if (health.status !== 'ok') return details;
  let db: Database.Database | undefined;
  try {
    db = openForLook(backup.file);
    details.plans = count(db, 'plans');
    details.sessions = count(db, 'sessions');
    const open = db;
    details.repairs = damagedRows.filter((row) => holdsGoodCopy(open, row));
  } catch {
    // Counted as far as it could be read.
  } finally {
    db?.close();
  }
  return details;
}

/** Every backup, newest first, described. */
export function describeBackups(backupsDir: string, damagedRows: readonly DamagedRow[]): BackupDetails[] {
  return listBackups(backupsDir).map((b) => describeBackup(b, damagedRows));
}

/**
 * The backup a restore uses. "newest": for a damaged file the newest sound backup; for damaged rows the
 * newest sound backup holding a usable copy of all of them (else of the most of them). Otherwise the id
 * ("daily-2026-11-23T12-00-00-000Z") or file name of one backup, which must be sound.
 */
export function chooseBackup(backups: readonly BackupDetails[], choice: string, damagedRows: readonly DamagedRow[] | null): BackupDetails {
  const sound = backups.filter((b) => b.health.status === 'ok');
  if (choice === 'newest') {
    if (damagedRows === null) {
      const newest = sound[0];
      if (!newest) throw refusal('NOT_FOUND', 'err_no_backup', {});
      return newest;
    }
    const best = [...sound].sort((a, b) => b.repairs.length - a.repairs.length)[0];
    if (!best || best.repairs.length === 0) {
      throw refusal('NOT_FOUND', 'err_no_backup_rows', {});
    }
    // Among those that repair the most, the newest (the sort is stable and the list newest first).
    return best;
  }
  const wanted = choice.replace(/\.sqlite3$/, '').replace(/^auto-/, '');
  const backup = backups.find((b) => b.id === wanted);
  if (!backup) throw refusal('NOT_FOUND', 'err_no_such_backup', { choice });
  if (backup.health.status !== 'ok') {
    throw refusal('CONFLICT', 'err_backup_damaged', { id: backup.id, detail: backup.health.status === 'damaged' ? backup.health.detail : 'missing' });
  }
  return backup;
}

interface RawRow {
  [column: string]: unknown;
}

const COLUMNS = {
  plans: ['program', 'plan_year_start', 'json', 'origin', 'seed_hash', 'user_modified', 'updated_at'],
  sessions: ['label', 'member_count', 'json', 'created_at', 'updated_at'],
} as const;

/**
 * Puts the backup's copy of each damaged row in place of the damaged one, in one transaction; every other
 * row stays as it is now. Rows the backup holds no usable copy of stay as they are (and are reported).
 */
export function repairRows(
  db: Database.Database,
  backupFile: string,
  damagedRows: readonly DamagedRow[],
): { repaired: DamagedRow[]; stillDamaged: DamagedRow[] } {
  const backup = openForLook(backupFile);
  try {
    const copies = damagedRows.flatMap((row) => {
      if (!holdsGoodCopy(backup, row)) return [];
      const raw = backup.prepare(`SELECT * FROM ${row.table} WHERE id = ?`).get(row.id) as RawRow | undefined;
      return raw ? [{ row, raw }] : [];
    });
    db.transaction(() => {
      for (const { row, raw } of copies) {
        const columns = COLUMNS[row.table];
        const set = columns.map((c) => `${c} = @${c}`).join(', ');
        const values = Object.fromEntries(columns.map((c) => [c, raw[c] ?? null]));
        db.prepare(`UPDATE ${row.table} SET ${set} WHERE id = @id`).run({ ...values, id: row.id });
      }
    })();
    const repaired = copies.map((c) => c.row);
    return { repaired, stillDamaged: damagedRows.filter((r) => !repaired.includes(r)) };
  } finally {
    backup.close();
  }
}
