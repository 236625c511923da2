import type { CompareRequest } from '../../../src-shared/household-schema';
import type { ExplainResult, ExplainYear } from '../../../src-shared/compare-result-schema';
import { m } from '../../../src-shared/i18n';
import { ApiError, api as mainProcess, type Api } from '../lib/api';
import { errorText } from '../lib/error-words';

// The year open on the Explain step, claim by claim: asked of the main process (engine:explain) for the
// comparison on screen, so its figures are the comparison's. A late answer for an earlier choice is
// dropped; a newer choice replaces the older one in the compute pool.

export type YearChoice = 'typical' | 'median' | 'bad' | 'worst';

/** The years Explain opens claim by claim, in the order offered, with their names on screen. */
export const YEARS: readonly { value: YearChoice; label: () => string }[] = [
  { value: 'typical', label: m.explain_year_typical },
  { value: 'median', label: m.explain_year_median },
  { value: 'bad', label: m.explain_year_bad },
  { value: 'worst', label: m.explain_year_worst },
];

/**
 * One year explained claim by claim, asked of the main process: the newest request's answer wins (a late
 * answer for an earlier choice is dropped, a cancelled one is no error), and asking again for what is
 * already open or on its way does nothing. Plans (ExplainState) and arrangements share it.
 */
export class ExplainedYear<T> {
  result = $state<T | null>(null);
  loading = $state(false);
  /** What failed (the error thrown), said in the language on screen by `error`. */
  failure = $state<unknown>(null);
  get error(): string | null {
    return this.failure === null ? null : errorText(this.failure).text;
  }
  /** The error could not be said in the language on screen: its English is shown (mark it lang="en"). */
  get errorEnglish(): boolean {
    return this.failure !== null && errorText(this.failure).english;
  }
  #seq = 0;
  #key = '';

  /** Asks `answer()` unless `key` is what is open already. */
  protected async ask(key: string, answer: () => Promise<T>): Promise<void> {
    if (key === this.#key && (this.result || this.loading)) return;
    this.#key = key;
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const value = await answer();
      if (seq !== this.#seq) return;
      this.result = value;
      this.failure = null;
    } catch (error) {
      if (seq !== this.#seq || (error instanceof ApiError && error.error.code === 'CANCELLED')) return;
      this.result = null;
      this.failure = error;
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  clear(): void {
    this.#seq++;
    this.#key = '';
    this.result = null;
    this.loading = false;
    this.failure = null;
  }
}

export class ExplainState extends ExplainedYear<ExplainResult> {
  readonly #api: Api;

  constructor(api: Api = mainProcess) {
    super();
    this.#api = api;
  }

  /** Opens `year` of plan `planId` for the comparison of `request`; does nothing if that is already open. */
  open(request: CompareRequest, planId: string, year: ExplainYear): Promise<void> {
    return this.ask(JSON.stringify([request, planId, year]), () => this.#api.call('engine:explain', { request, planId, year }));
  }
}
