import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { DamagedRow, RestoreReport } from '../../src-shared/kiosk-schema';
import { refusal } from '../../src-shared/refusal';
import { moveDamagedAside, placeBackup, putDamagedBack, fsyncPath } from './backup';
import { checkDatabaseFile, checkRows } from './integrity';
import { chooseBackup, describeBackups, repairRows } from './restore';
import { loadSeedPlans, seedPlans } from './seed';
import { openDamaged, openSound } from './storage-open';
import { summary } from './storage-status';
import type { StorageHolder, StorageOptions, StorageState } from './storage';

// Restoring a backup: the whole file when it is damaged (moved aside untouched, the backup put in its
// place and fully checked), else only the damaged rows of a sound file (a copy of the file kept first).

function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace('.', '-');
}

function counts(d: Database.Database): { plans: number; sessions: number } {
  const n = (table: string) => (d.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { plans: n('plans'), sessions: n('sessions') };
}

/** The whole damaged file: moved aside untouched, the backup copied in, fully checked, then opened. */
export function restoreFile(options: StorageOptions, state: StorageState, holder: StorageHolder, choice: string): RestoreReport {
  const { file, backupsDir, now } = options;
  const backup = chooseBackup(describeBackups(backupsDir, []), choice, null);
  state.stop();
  holder.db.close();
  const keptAs = moveDamagedAside(file, now());
  try {
    placeBackup(backup, file);
    const check = checkDatabaseFile(file, { full: true });
    if (check.status !== 'ok') throw new Error(`the restored copy failed the integrity check: ${check.status === 'damaged' ? check.detail : check.status}`);
    holder.db = openSound(options).db;
  } catch (error) {
    // Back to where we were: the damaged file in place, read-only.
    putDamagedBack(keptAs, file);
    holder.db = openDamaged(options, state.damage?.kind ?? 'corrupt').db;
    console.error('[store] restoring the backup failed:', error);
    throw refusal('INTERNAL', 'err_restore_failed', {});
  }
  state.damaged = false;
  state.damage = null;
  state.source = 'file';
  holder.readOnlyReason = null;
  state.startDailyBackups(() => holder.db);
  return { restored: summary(backup), mode: 'file', damagedFileKeptAs: basename(keptAs), ...counts(holder.db), repaired: [], stillDamaged: [] };
}

/** Damaged rows of a sound file: a copy of the file first, then only those rows from the backup. */
export function restoreRows(options: StorageOptions, holder: StorageHolder, choice: string, rows: DamagedRow[]): RestoreReport {
  const { file, backupsDir, now } = options;
  const backup = chooseBackup(describeBackups(backupsDir, rows), choice, rows);
  if (backup.repairs.length === 0) {
    throw refusal('CONFLICT', 'err_backup_no_rows', { id: backup.id });
  }
  const keptAs = join(dirname(file), `${basename(file, '.sqlite3')}.damaged-${stamp(now())}.sqlite3`);
  const db = holder.db;
  const locked = db.pragma('query_only', { simple: true }) === 1;
  if (locked) db.pragma('query_only = OFF'); // a kiosk: this one repair, then locked again
  try {
    if (existsSync(keptAs)) throw refusal('CONFLICT', 'err_kept_exists', { name: basename(keptAs) });
    db.prepare('VACUUM INTO ?').run(keptAs);
    fsyncPath(keptAs);
    const result = repairRows(db, backup.file, rows);
    // A repaired seeded plan may be older than the shipped data: the usual seeding brings it up to date.
    seedPlans(db, loadSeedPlans(options.seedDir), now().toISOString());
    const check = db.pragma('quick_check') as { quick_check: string }[];
    if (check.some((r) => r.quick_check !== 'ok')) throw refusal('INTERNAL', 'err_repair_check', {});
    const still = checkRows(db).damaged;
    return {
      restored: summary(backup),
      mode: 'rows',
      damagedFileKeptAs: basename(keptAs),
      ...counts(db),
      repaired: result.repaired,
      stillDamaged: still,
    };
  } finally {
    if (locked) db.pragma('query_only = ON');
  }
}
