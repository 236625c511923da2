import { basename } from 'node:path';
import type { BackupInfo } from '../store/backup';
import { newestSoundBackup } from '../store/backup';
import type { Handlers } from './handle';

// What the app offers when its data file is damaged: the newest sound automatic backup, and restoring it.
// Paths stay in the main process; the renderer sees names and times only.

const summary = (b: BackupInfo) => ({ kind: b.kind, takenAt: b.takenAt, name: b.name });

export const backupHandlers: Pick<Handlers, 'app:backup-status' | 'app:restore-backup'> = {
  'app:backup-status': (_args, ctx) => {
    const latest = newestSoundBackup(ctx.storage.backupsDir);
    return { damaged: ctx.storage.damaged, readOnlyReason: ctx.readOnlyReason, latest: latest ? summary(latest) : null };
  },

  'app:restore-backup': (_args, ctx) => {
    const { restored, damagedFileKeptAs } = ctx.storage.restoreLatestBackup();
    return { restored: summary(restored), damagedFileKeptAs: basename(damagedFileKeptAs) };
  },
};
