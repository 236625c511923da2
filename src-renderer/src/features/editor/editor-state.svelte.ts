import type { Plan } from '../../../../src-shared/plan-schema';
import { formFromPlan, type SbcForm } from '../../../../src-shared/sbc-form';
import { planFromForm, type FormProblem, type FormResult } from '../../../../src-shared/sbc-form-to-plan';
import { m } from '../../../../src-shared/i18n';
import { ApiError, call } from '../../lib/api';

// The plan editor's state: the stored plan, the SBC-shaped form over it, and the form read back into a
// plan on every keystroke (planFromForm is pure and fast), so readings and problems show at once. The
// messages are composed inside $derived or by getters, so they follow the language switch.

/** The last name typed at the editor's start, offered again for the next plan in this window. */
let lastAuthor = '';

export class EditorState {
  base = $state.raw<Plan | null>(null);
  form = $state<SbcForm | null>(null);
  /** The latest revision when the plan was loaded or saved: a save based on an older one is refused. */
  revision = $state<number | null>(null);
  author = $state(lastAuthor);
  saving = $state(false);
  /** The outcome of the last save, in words (`text` is a getter: it speaks the language on screen). */
  saveMessage = $state.raw<SaveMessage | null>(null);
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
    if (!this.result) return m.save_loading();
    if (this.saving) return m.grid_save_saving();
    const first = this.errors[0];
    if (first) return m.save_fix({ count: this.errors.length, first: first.message });
    if (!this.dirty) return m.save_nothing();
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
      const words = { id: saved.revision.id, author: saved.revision.author, when: saved.revision.createdAt.slice(0, 16).replace('T', ' ') };
      const complete = saved.plan.status.complete;
      this.saveMessage = {
        kind: 'ok',
        get text() {
          return complete ? m.save_ok_complete(words) : m.save_ok_incomplete(words);
        },
        reason: null,
        details: saved.warnings,
      };
    } catch (error) {
      this.conflict = error instanceof ApiError && error.error.code === 'CONFLICT';
      const reason = (error as Error).message;
      this.saveMessage = {
        kind: 'error',
        get text() {
          return `${m.save_not_saved()} ${reason}`;
        },
        reason,
        failure: error,
        details: error instanceof ApiError ? (error.error.issues ?? []) : [],
      };
    } finally {
      this.saving = false;
    }
  }
}

/** The outcome of a save. */
export interface SaveMessage {
  kind: 'ok' | 'error';
  readonly text: string;
  /** A refusal's reason as the main process writes it (English), shown after "Not saved."; null when saved. */
  reason: string | null;
  /** What the main process refused with (its envelope), said in the language on screen (error-words.ts). */
  failure?: unknown;
  /** The save's warnings or the refusal's issues, as the main process writes them (English). */
  details: string[];
}

/** An element id for a form field key ("cell.pcp_visit.in" → "ed-cell-pcp_visit-in"). */
export const fieldId = (field: string): string => `ed-${field.replace(/[^A-Za-z0-9_]+/g, '-')}`;
export const errorId = (field: string): string => `${fieldId(field)}-problems`;
