import type { Handlers } from './handle';

// What the app offers when its data file (or a row in it) is damaged: every automatic backup with what it
// holds, and restoring one. Paths stay in the main process; the renderer sees names and times only.

export const backupHandlers: Pick<Handlers, 'app:backup-status' | 'app:restore-backup'> = {
  'app:backup-status': (_args, ctx) => ctx.storage.status(ctx),

  // The whole damaged file, or only the damaged rows of a sound one; refused when nothing is damaged.
  'app:restore-backup': (args, ctx) => ctx.storage.restore(ctx, args?.backup ?? 'newest'),
};
