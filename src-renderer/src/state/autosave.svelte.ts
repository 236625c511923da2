import type { SessionState } from '../../../src-shared/session-schema';
import { api as mainProcess, type Api } from '../lib/api';
import { m } from '../../../src-shared/i18n';
import { errorText } from '../lib/error-words';

// Saves the session to the app's database a moment after each edit (counselor mode only: on a kiosk
// nothing of a client is written to disk). Saves run one at a time, so the first save's new id is used
// by the next; a reset bumps the generation so a save still on its way cannot revive a wiped session.

export const SAVE_DELAY_MS = 600;

export class AutoSave {
  sessionId = $state<string | null>(null);
  savedAt = $state<string | null>(null);
  /** What failed (the error thrown), said in the language on screen by `error`. */
  failure = $state<unknown>(null);
  get error(): string | null {
    return this.failure === null ? null : m.err_session_not_saved({ error: errorText(this.failure).text });
  }
  /** The error could not be said in the language on screen: its English is shown (mark it lang="en"). */
  get errorEnglish(): boolean {
    return this.failure !== null && errorText(this.failure).english;
  }
  saving = $state(false);
  enabled = $state(false);

  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: (() => SessionState | null) | null = null;
  #running: Promise<void> | null = null;
  #generation = 0;
  readonly #api: Api;

  constructor(api: Api = mainProcess) {
    this.#api = api;
  }

  /** `snapshot` is read when the save runs, so a burst of edits saves the latest state once. */
  schedule(snapshot: () => SessionState | null): void {
    if (!this.enabled) return;
    this.#pending = snapshot;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves now whatever is pending (before leaving the session, or in tests). */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    while (this.#running) await this.#running;
    const snapshot = this.#pending;
    this.#pending = null;
    const state = snapshot?.();
    if (!state || !this.enabled) return;
    const generation = this.#generation;
    this.saving = true;
    this.#running = (async () => {
      try {
        const saved = await this.#api.call('sessions:save', { ...(this.sessionId ? { id: this.sessionId } : {}), state });
        if (generation !== this.#generation) return;
        this.sessionId = saved.id;
        this.savedAt = saved.updatedAt;
        this.failure = null;
      } catch (error) {
        if (generation === this.#generation) this.failure = error;
      } finally {
        this.saving = false;
        this.#running = null;
      }
    })();
    await this.#running;
  }

  /** Forgets the session (a new one starts, or the kiosk wipes it). */
  reset(sessionId: string | null = null): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
    this.#generation++;
    this.sessionId = sessionId;
    this.savedAt = null;
    this.failure = null;
  }
}
