import { z } from 'zod';
import { Language } from './i18n/language';

// Results of the kiosk and storage-recovery channels (issue 7).

export const KioskSettings = z.object({
  kiosk: z.boolean(),
  /** Minutes without a key press or click before the session ends by itself. */
  idleMinutes: z.int().min(2),
  /** How long before that the countdown warning shows. */
  warningSeconds: z.int().min(1),
  /** The language a fresh session starts in, and the one End session returns to: kiosk.json's, else English. */
  defaultLanguage: Language,
});
export type KioskSettings = z.infer<typeof KioskSettings>;

export const EndSessionReport = z.object({
  clipboardCleared: z.boolean(),
  /** true in Electron's kiosk: the main process opens a fresh window and discards this one. */
  windowReplaced: z.boolean(),
});
export type EndSessionReport = z.infer<typeof EndSessionReport>;

export const BackupSummary = z.object({
  kind: z.enum(['daily', 'before-migration']),
  takenAt: z.string(),
  name: z.string(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/** One automatic backup as the restore screen and `backup list` show it. */
export const BackupEntry = BackupSummary.extend({
  /** What `backup restore <id>` and app:restore-backup take: "daily-2026-11-23T12-00-00-000Z". */
  id: z.string(),
  /** false: the copy is itself damaged and cannot be restored (problem says why). */
  sound: z.boolean(),
  problem: z.string().nullable(),
  /** How many plans and saved sessions it holds (null when it cannot be read). */
  plans: z.int().nullable(),
  sessions: z.int().nullable(),
  /** Kept out of the rotation because it was the last backup before damage was found. */
  kept: z.object({ since: z.string(), reason: z.string() }).nullable(),
  /** How many of the rows damaged now it holds a usable copy of (0 when nothing is damaged row by row). */
  repairs: z.int(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** A stored plan or session that does not parse or validate: left as it is, listed with the reason. */
export const DamagedRow = z.object({
  table: z.enum(['plans', 'sessions']),
  id: z.string(),
  label: z.string(),
  reason: z.string(),
  updatedAt: z.string(),
});
export type DamagedRow = z.infer<typeof DamagedRow>;

export const BackupStatus = z.object({
  /** The whole file is damaged (empty, not this app's, cut short or damaged inside): it is open read-only. */
  damaged: z.boolean(),
  readOnlyReason: z.string().nullable(),
  /** The newest sound backup. */
  latest: BackupSummary.nullable(),
  /** What is wrong with the file, when `damaged`. */
  damage: z.object({ kind: z.enum(['empty', 'foreign', 'truncated', 'corrupt']), detail: z.string() }).nullable(),
  /**
   * Whether the stored plans can be read: 'shipped-only' when SQLite cannot read the file at all and only the
   * plans shipped with the app are shown (plans imported or edited here are missing until a restore).
   */
  plans: z.enum(['readable', 'unreadable', 'shipped-only']),
  sessions: z.enum(['readable', 'unreadable']),
  /** Single rows that cannot be used (the file itself is sound otherwise). */
  damagedRows: z.array(DamagedRow),
  /** Every automatic backup, newest first. */
  backups: z.array(BackupEntry),
  /** In plain words, what a restore does with the damaged file (or rows); null when there is nothing to restore. */
  restoreEffect: z.string().nullable(),
  /** The data file's name in the data folder. */
  fileName: z.string(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

/** `backup`: "newest", or the id (or file name) of one backup. */
export const RestoreArgs = z.strictObject({ backup: z.string().min(1).max(200).optional() }).optional();

export const RestoreReport = z.object({
  restored: BackupSummary,
  /** 'file': the backup replaced the damaged file; 'rows': only the damaged rows were replaced from it. */
  mode: z.enum(['file', 'rows']),
  /** The damaged file, kept untouched under this name in the data folder ('rows': a copy made before the repair). */
  damagedFileKeptAs: z.string(),
  /** What the data file holds now. */
  plans: z.int(),
  sessions: z.int(),
  /** 'rows': the rows put back from the backup, and those it had no usable copy of. */
  repaired: z.array(DamagedRow),
  stillDamaged: z.array(DamagedRow),
});
export type RestoreReport = z.infer<typeof RestoreReport>;
