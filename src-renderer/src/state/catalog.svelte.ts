import { getContext, setContext } from 'svelte';
import type { PlanSummary } from '../../../src-shared/ipc-contract';
import { api as mainProcess, type Api } from '../lib/api';
import { LatestRequest } from './latest-request';
import { errorText } from '../lib/error-words';

// The plan catalog: the one list of stored plans every screen reads (the session's plan years and plan
// set, the plan library, the editor's "copy from" and "compare with another plan"). It is made once, at
// the app root (App.svelte), and handed down through Svelte context; it asks the main process again only
// when the plans changed (an import, a save, a new plan, a restore). Damaged rows come with the list
// (includeDamaged) so the library can name them; everything else reads `plans`, the usable ones.

export class PlanCatalog {
  /** Every stored plan from the newest answer, the damaged rows (each with its reason) included. */
  all = $state.raw<PlanSummary[]>([]);
  readonly plans: PlanSummary[] = $derived(this.all.filter((p) => !p.damaged));
  readonly damaged: PlanSummary[] = $derived(this.all.filter((p) => p.damaged));
  /** True while a request for the list is on its way. */
  loading = $state(false);
  /** True once a list has arrived; until then a screen says it is loading rather than showing no plans. */
  loaded = $state(false);
  /** Why the newest request failed; null after a good answer. The last list received stays in `all`. */
  /** What failed (the error thrown), said in the language on screen by `error`. */
  failure = $state<unknown>(null);
  get error(): string | null {
    return this.failure === null ? null : errorText(this.failure).text;
  }
  /** The error could not be said in the language on screen: its English is shown (mark it lang="en"). */
  get errorEnglish(): boolean {
    return this.failure !== null && errorText(this.failure).english;
  }

  readonly #api: Api;
  readonly #latest = new LatestRequest();
  /** The newest request, until it has answered. */
  #inFlight: Promise<void> | null = null;
  #asked = false;

  constructor(api: Api = mainProcess) {
    this.#api = api;
  }

  /**
   * Asks for the list again; resolves when the newest request has answered, so the list is then at least
   * as new as this call. An answer to an older request that arrives after a newer one is dropped.
   */
  refresh(): Promise<void> {
    this.#asked = true;
    const isLatest = this.#latest.begin();
    this.loading = true;
    const request = this.#api.call('plans:list', { includeDamaged: true }).then(
      (list) => {
        if (!isLatest()) return;
        this.all = list;
        this.loaded = true;
        this.failure = null;
        this.loading = false;
      },
      (error: unknown) => {
        if (!isLatest()) return;
        this.failure = error;
        this.loading = false;
      },
    );
    const pending = request.finally(() => {
      if (this.#inFlight === pending) this.#inFlight = null;
    });
    this.#inFlight = pending;
    return this.#settled();
  }

  /** Resolves once the newest request has answered; asks first only if the list was never asked for. */
  whenLoaded(): Promise<void> {
    return this.#asked ? this.#settled() : this.refresh();
  }

  async #settled(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
  }
}

const CATALOG = Symbol('plan catalog');

/** At the app root: makes `catalog` the one every component below reads. */
export function provideCatalog(catalog: PlanCatalog): PlanCatalog {
  return setContext<PlanCatalog>(CATALOG, catalog);
}

/** In a component (during its initialisation): the catalog the app root provided. */
export function useCatalog(): PlanCatalog {
  const catalog = getContext<PlanCatalog | undefined>(CATALOG);
  if (!catalog) throw new Error('No plan catalog: App.svelte provides it (provideCatalog) for every screen below it.');
  return catalog;
}
