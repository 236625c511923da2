import type { BackupStatus } from '../../../../src-shared/kiosk-schema';
import { call } from '../../lib/api';
import { needsRestore } from './restore-text';
import { errorText } from '../../lib/error-words';

// What app:backup-status said last: the app shell's notice, the plan library and the restore screen read it.

class RestoreState {
  status = $state<BackupStatus | null>(null);
  /** What failed (the error thrown), said in the language on screen by `error`. */
  failure = $state<unknown>(null);
  get error(): string | null {
    return this.failure === null ? null : errorText(this.failure).text;
  }
  /** The error could not be said in the language on screen: its English is shown (mark it lang="en"). */
  get errorEnglish(): boolean {
    return this.failure !== null && errorText(this.failure).english;
  }

  get needed(): boolean {
    return needsRestore(this.status);
  }

  async load(): Promise<BackupStatus | null> {
    try {
      this.status = await call('app:backup-status', {});
      this.failure = null;
    } catch (error) {
      this.failure = error;
    }
    return this.status;
  }
}

export const restoreState = new RestoreState();
