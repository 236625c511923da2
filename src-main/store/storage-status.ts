import { basename } from 'node:path';
import type { BackupEntry, BackupStatus, DamagedRow } from '../../src-shared/kiosk-schema';
import { keepBackup, type BackupInfo } from './backup';
import { checkRows } from './integrity';
import { chooseBackup, describeBackups, type BackupDetails } from './restore';
import type { StorageHolder, StorageOptions, StorageState } from './storage';

// What app:backup-status and `backup list` show: what is damaged, every backup with what it holds, and
// what a restore would do; and the backup kept out of the rotation for damaged rows.

export const when = (iso: string): string => `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;

function entry(b: BackupDetails): BackupEntry {
  return {
    id: b.id,
    kind: b.kind,
    takenAt: b.takenAt,
    name: b.name,
    sound: b.health.status === 'ok',
    problem: b.health.status === 'damaged' ? b.health.detail : b.health.status === 'missing' ? 'the file is missing' : null,
    plans: b.plans,
    sessions: b.sessions,
    kept: b.kept ?? null,
    repairs: b.repairs.length,
  };
}

export const summary = (b: BackupInfo) => ({ kind: b.kind, takenAt: b.takenAt, name: b.name });

/** Damaged rows of a sound file: the newest backup holding them all (or most) is kept out of the rotation. */
export function keepRepairSource(options: StorageOptions, details: BackupDetails[], rows: DamagedRow[]): void {
  const { now } = options;
  if (rows.length === 0) return;
  try {
    const source = chooseBackup(details, 'newest', rows);
    if (!source.kept)
      keepBackup(
        source,
        now(),
        `the last backup with a usable copy of ${rows.map((r) => `${r.table === 'plans' ? 'plan' : 'session'} “${r.label}”`).join(', ')}, found damaged on ${when(now().toISOString())}`,
      );
  } catch {
    // No backup holds a usable copy: nothing to keep.
  }
}

export function backupStatus(options: StorageOptions, state: StorageState, holder: StorageHolder): BackupStatus {
  const { file, backupsDir } = options;
  const rows = state.source === 'shipped-only' ? null : checkRows(holder.db);
  const damagedRows = state.damaged ? [] : (rows?.damaged ?? []);
  const details = describeBackups(backupsDir, damagedRows);
  keepRepairSource(options, details, damagedRows);
  const latest = details.find((b) => b.health.status === 'ok');
  const keptAs = `${basename(file, '.sqlite3')}.damaged-<date>.sqlite3`;
  const restoreEffect = state.damaged
    ? `The damaged file is not deleted or changed: it is renamed to ${keptAs} in the data folder and kept as it is. ` +
      'The backup you choose takes its place, is checked, and the app works normally again; anything saved after that backup is not in it.'
    : damagedRows.length > 0
      ? 'Only the damaged rows are replaced by their copies from the backup you choose; every other plan and saved session stays as it is now. ' +
        `A copy of the data file as it is now is kept first, as ${keptAs} in the data folder.`
      : null;
  return {
    damaged: state.damaged,
    readOnlyReason: holder.readOnlyReason,
    latest: latest ? summary(latest) : null,
    damage: state.damage,
    plans: state.source === 'shipped-only' ? 'shipped-only' : (rows?.plans ?? 'unreadable'),
    sessions: rows?.sessions ?? 'unreadable',
    damagedRows,
    backups: details.map(entry),
    restoreEffect,
    fileName: basename(file),
  };
}
