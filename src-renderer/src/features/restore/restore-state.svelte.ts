import type { BackupStatus } from '../../../../src-shared/kiosk-schema';
import { call } from '../../lib/api';
import { needsRestore } from './restore-text';

// What app:backup-status said last: the app shell's notice, the plan library and the restore screen read it.

class RestoreState {
  status = $state<BackupStatus | null>(null);
  error = $state<string | null>(null);

  get needed(): boolean {
    return needsRestore(this.status);
  }

  async load(): Promise<BackupStatus | null> {
    try {
      this.status = await call('app:backup-status', {});
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
    }
    return this.status;
  }
}

export const restoreState = new RestoreState();
