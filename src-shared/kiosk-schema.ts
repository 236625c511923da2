import { z } from 'zod';

// Results of the kiosk and storage-recovery channels (issue 7).

export const KioskSettings = z.object({
  kiosk: z.boolean(),
  /** Minutes without a key press or click before the session ends by itself. */
  idleMinutes: z.int().min(2),
  /** How long before that the countdown warning shows. */
  warningSeconds: z.int().min(1),
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

export const BackupStatus = z.object({
  damaged: z.boolean(),
  readOnlyReason: z.string().nullable(),
  latest: BackupSummary.nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const RestoreReport = z.object({
  restored: BackupSummary,
  /** The damaged file, kept untouched under this name in the data folder. */
  damagedFileKeptAs: z.string(),
});
export type RestoreReport = z.infer<typeof RestoreReport>;
