import type { Plan } from '../../../../src-shared/plan-schema';
import { formFromPlan, type SbcForm } from '../../../../src-shared/sbc-form';
import { planFromForm, type FormProblem, type FormResult } from '../../../../src-shared/sbc-form-to-plan';
import { ApiError, call } from '../../lib/api';

// The plan editor's state: the stored plan, the SBC-shaped form over it, and the form read back into a
// plan on every keystroke (planFromForm is pure and fast), so readings and problems show at once.

/** The last name typed at the editor's start, offered again for the next plan in this window. */
let lastAuthor = '';

export class EditorState {
  base = $state.raw<Plan | null>(null);
  form = $state<SbcForm | null>(null);
  /** The latest revision when the plan was loaded or saved: a save based on an older one is refused. */
  revision = $state<number | null>(null);
  author = $state(lastAuthor);
  saving = $state(false);
  /** The outcome of the last save, in words. */
  saveMessage = $state<{ kind: 'ok' | 'error'; text: string; details: string[] } | null>(null);
  conflict = $state(false);
  #initial = $state('');
  /** Told after each save (the app's plan catalog asks for the list again). */
  readonly #onSaved: () => void;

  constructor(onSaved: () => void = () => undefined) {
    this.#onSaved = onSaved;
  }

  result: FormResult | null = $derived(this.form && this.base ? planFromForm(this.form, this.base) : null);
  dirty: boolean = $derived(this.form !== null && JSON.stringify(this.form) !== this.#initial);
  errors: FormProblem[] = $derived(this.result?.problems.filter((p) => p.severity === 'error') ?? []);

  /** Why Save is disabled, or null when it is enabled. */
  saveBlockedReason: string | null = $derived.by(() => {
    if (!this.result) return 'The plan is still loading.';
    if (this.saving) return 'Saving…';
    const first = this.errors[0];
    if (first) return `Fix ${this.errors.length === 1 ? 'this problem' : `these ${this.errors.length} problems`} first: ${first.message}`;
    if (!this.dirty) return 'Nothing has changed since the plan was opened or saved.';
    return null;
  });

  problemsFor(field: string): FormProblem[] {
    return this.result?.problems.filter((p) => p.field === field) ?? [];
  }

  open(plan: Plan, revision: number | null): void {
    this.base = plan;
    const form = formFromPlan(plan);
    this.#initial = JSON.stringify(form);
    this.form = form;
    this.revision = revision;
    this.conflict = false;
  }

  async load(id: string): Promise<void> {
    const [{ plan }, revisions] = await Promise.all([call('plans:get', { id }), call('plans:revisions', { id })]);
    this.open(plan, revisions[0]?.id ?? null);
  }

  setAuthor(name: string): void {
    this.author = name.trim();
    lastAuthor = this.author;
  }

  async save(): Promise<void> {
    const plan = this.result?.plan;
    if (!plan || this.saveBlockedReason !== null) return;
    this.saving = true;
    try {
      const saved = await call('plans:save', {
        plan: $state.snapshot(plan) as Plan,
        author: this.author,
        ...(this.revision !== null ? { basedOnRevision: this.revision } : {}),
      });
      this.open(saved.plan, saved.revision.id);
      this.#onSaved();
      const when = saved.revision.createdAt.slice(0, 16).replace('T', ' ');
      this.saveMessage = {
        kind: 'ok',
        text: `Saved as revision ${saved.revision.id} by ${saved.revision.author} (${when} UTC). The plan is ${saved.plan.status.complete ? 'complete and can be priced' : 'saved but still incomplete'}.`,
        details: saved.warnings,
      };
    } catch (error) {
      this.conflict = error instanceof ApiError && error.error.code === 'CONFLICT';
      this.saveMessage = {
        kind: 'error',
        text: `Not saved. ${(error as Error).message}`,
        details: error instanceof ApiError ? (error.error.issues ?? []) : [],
      };
    } finally {
      this.saving = false;
    }
  }
}

/** An element id for a form field key ("cell.pcp_visit.in" → "ed-cell-pcp_visit-in"). */
export const fieldId = (field: string): string => `ed-${field.replace(/[^A-Za-z0-9_]+/g, '-')}`;
export const errorId = (field: string): string => `${fieldId(field)}-problems`;
