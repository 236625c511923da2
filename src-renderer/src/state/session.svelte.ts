import { enrollmentTypeFor } from '../../../src-shared/enrollment-types';
import { CompareRequest, type ComparePriority, type CompareRequestInput, type Relationship } from '../../../src-shared/household-schema';
import type { AppInfo, PlanSummary } from '../../../src-shared/ipc-contract';
import type { EnrollmentType, Plan } from '../../../src-shared/plan-schema';
import type { ServiceCode } from '../../../src-shared/services';
import { DEFAULT_LANGUAGE, intlLocale, m, type Language } from '../../../src-shared/i18n';
import { SESSION_FILE_TYPE, type SessionFile, type SessionState, type SessionStep } from '../../../src-shared/session-schema';
import { api as mainProcess, type Api } from '../lib/api';
import type { AccountKind } from '../../../src-shared/account-money';
import { accountCentsInput, accountKindsInput, dollarsFromCents, priceOverridesInput, withAmount, type DollarsByKey } from '../lib/session-money';
import { AutoSave } from './autosave.svelte';
import type { PlanCatalog } from './catalog.svelte';
import { fromMemberOn, memberTitles, newMember, toMemberInput, type MemberDraft } from './member-draft';
import { ExplainState } from './explain.svelte';
import { arrangementExplain } from './arrangement-explain.svelte';
import { language } from './language.svelte';
import { PricingState } from './pricing.svelte';
import { describeIssues } from './request-issues';
import { errorText } from '../lib/error-words';

// The one counseling session on screen. Every input lives here, not in the step components, so moving
// back and forward between steps never loses anything. Every edit goes through `changed()`, which
// re-prices (debounced) and autosaves; nothing needs a "calculate" button.

export type Program = 'fehb' | 'district' | 'other';
export type ProgramChoice = 'fehb' | 'district' | 'both';

export interface PlanYearChoice {
  label: string;
  start: string;
}

const SEED = 20220101;

function sessionLabel(lang: Language): string {
  const today = new Date().toLocaleDateString(intlLocale(lang), { month: 'short', day: 'numeric', year: 'numeric' });
  return m.session_default_label({ date: today }, { locale: lang });
}

export class CounselingSession {
  // The catalog and the app's mode: not client data, kept across resets.
  /** The app root's one plan catalog (connect); the session reads the plans from it, never asks for them itself. */
  #catalog = $state.raw<PlanCatalog | null>(null);
  info = $state<AppInfo | null>(null);
  /** Why the app's mode could not be read (the error thrown), said in the language on screen by loadError. */
  loadFailure = $state<unknown>(null);
  get loadError(): string | null {
    return this.loadFailure === null ? null : errorText(this.loadFailure).text;
  }
  /** Each plan's source citations (public catalog data), loaded when the report needs them. */
  planSources = $state<Record<string, Plan['sources']>>({});

  // The client's session.
  started = $state(false);
  label = $state('');
  planYear = $state('');
  programChoice = $state<ProgramChoice>('fehb');
  members = $state<MemberDraft[]>([]);
  priority = $state<ComparePriority>('lowest_expected');
  notes = $state('');
  taxRatePercent = $state<number | null>(null);
  /** The enrollment type a couple chose; null: the cheaper type for each plan (only a couple has a choice). */
  enrollmentChoice = $state<EnrollmentType | null>(null);
  /** Employer HSA/HRA money by plan id, in dollars as typed; an absent plan has none. */
  accountDollars = $state<DollarsByKey<string>>({});
  /** Whether each plan's account money is HSA or HRA money (the IRS limits an HSA); a plan with an amount and none is HSA. */
  accountKinds = $state<Partial<Record<string, AccountKind>>>({});
  /** Allowed amounts typed for this session, in dollars per the table's unit; absent = the table's default. */
  priceDollars = $state<DollarsByKey<ServiceCode>>({});
  step = $state<SessionStep>('start');
  /** The language of the printed report and the CSV; null: the session's own language. */
  handoutLanguage = $state<Language | null>(null);
  /** The counselor's name and contact line for the report (typed on Take home, never required). */
  counselorContact = $state('');
  /** Set when a member's id is needed; never reused inside a session. */
  #nextId = 1;

  readonly pricing: PricingState;
  /** The year open on the Explain step (client data: cleared with the session). */
  readonly explain: ExplainState;
  readonly saver: AutoSave;
  readonly #api: Api;

  constructor(api: Api = mainProcess) {
    this.#api = api;
    this.pricing = new PricingState(api);
    this.explain = new ExplainState(api);
    this.saver = new AutoSave(api);
  }

  /** Hands the session the catalog the app root provides to every screen (App.svelte, once). */
  connect(catalog: PlanCatalog): void {
    this.#catalog = catalog;
  }

  /** The usable plans of the catalog; none until it is connected and loaded. */
  get plans(): PlanSummary[] {
    return this.#catalog?.plans ?? [];
  }

  get kiosk(): boolean {
    return this.info?.kiosk ?? false;
  }

  /** The session's language, the one on screen: switching it changes every screen at once and keeps every input. */
  get language(): Language {
    return language.current;
  }

  setLanguage(lang: Language): void {
    if (language.current === lang) return;
    language.current = lang;
    // Saved with the session; the figures do not depend on the language, so nothing is priced again.
    this.saver.schedule(() => this.snapshot());
  }

  /** The language the report and the CSV are written in. */
  get handoutLang(): Language {
    return this.handoutLanguage ?? language.current;
  }

  readonly planYears: PlanYearChoice[] = $derived.by(() => {
    // A local scratch map inside a derivation, not state: nothing reads it reactively.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const byLabel = new Map<string, string>();
    for (const p of this.plans) if (!byLabel.has(p.planYear.label)) byLabel.set(p.planYear.label, p.planYear.start);
    return [...byLabel].map(([label, start]) => ({ label, start })).sort((a, b) => b.start.localeCompare(a.start));
  });

  readonly programs: Program[] = $derived(this.programChoice === 'both' ? ['fehb', 'district'] : [this.programChoice]);

  readonly planYearStart: string | null = $derived(this.planYears.find((y) => y.label === this.planYear)?.start ?? null);

  /** The plans of the chosen programs whose plan year contains the chosen year's first day. */
  readonly planSet: PlanSummary[] = $derived.by(() => {
    const start = this.planYearStart;
    if (!start) return [];
    return this.plans.filter((p) => this.programs.includes(p.program) && p.planYear.start <= start && start <= p.planYear.end);
  });

  readonly titles: string[] = $derived(memberTitles(this.members, language.current));

  /** Null while nobody is listed yet. */
  readonly enrollmentType: EnrollmentType | null = $derived(enrollmentTypeFor(this.members.length));

  readonly requestInput: CompareRequestInput = $derived.by(() => {
    // Only what was entered goes in: an untouched session asks exactly what it asked before these fields.
    const accounts = accountCentsInput(
      this.accountDollars,
      this.planSet.map((p) => p.id),
    );
    const prices = priceOverridesInput(this.priceDollars);
    return {
      household: {
        members: this.members.map(toMemberInput),
        ...(this.taxRatePercent !== null ? { taxRatePercent: this.taxRatePercent } : {}),
        // Only a household of two chooses between Self Plus One and Self and Family.
        ...(this.enrollmentChoice !== null && this.members.length === 2 ? { enrollmentType: this.enrollmentChoice } : {}),
        ...(Object.keys(accounts).length > 0 ? { accountCentsByPlan: accounts, accountTypeByPlan: accountKindsInput(accounts, this.accountKinds) } : {}),
        ...(Object.keys(prices).length > 0 ? { priceOverrides: prices } : {}),
      },
      planIds: this.planSet.map((p) => p.id),
      priority: this.priority,
      seed: SEED,
      ...(this.planYearStart ? { planYearStart: this.planYearStart } : {}),
    };
  });

  readonly check = $derived(CompareRequest.safeParse(this.requestInput));
  readonly request: CompareRequest | null = $derived(this.check.success && this.planSet.length > 0 ? this.check.data : null);
  readonly issues: string[] = $derived.by(() => {
    const list = this.check.success ? [] : describeIssues(this.check.error, this.titles, Object.fromEntries(this.planSet.map((p) => [p.id, p.displayName])));
    if (this.started && this.planSet.length === 0) list.unshift(m.session_no_plans_match());
    return list;
  });

  /** Loads the app's mode and (through the catalog) the plans: at start, and again after a restore. */
  async load(): Promise<void> {
    try {
      // The catalog keeps its own error (App shows it); the session's loadError is about the app's mode.
      const [info, kiosk] = await Promise.all([this.#api.call('app:info', {}), this.#api.call('app:kiosk-settings', {}), this.#catalog?.refresh()]);
      this.info = info;
      // A fresh page (a new start, or the page after a kiosk's End session) speaks the configured language.
      if (language.startWith !== kiosk.defaultLanguage) {
        language.startWith = kiosk.defaultLanguage;
        if (!this.started) language.current = kiosk.defaultLanguage;
      }
      this.saver.enabled = !info.kiosk && !info.readOnly;
      if (!this.planYear) this.planYear = this.defaultPlanYear();
      this.loadFailure = null;
    } catch (error) {
      this.loadFailure = error;
    }
  }

  /** After a restore: reload the app's mode and the catalog, and re-price the open session with them. */
  async plansChanged(): Promise<void> {
    await this.load();
    this.repriceWithNewPlans();
  }

  /** After the catalog was refreshed (an import, a save): re-price the open session even if its inputs are unchanged. */
  repriceWithNewPlans(): void {
    this.pricing.invalidate();
    this.pricing.schedule(this.request);
  }

  get readOnly(): boolean {
    return this.info?.readOnly ?? false;
  }

  async loadPlanSources(): Promise<void> {
    for (const plan of this.planSet) {
      if (this.planSources[plan.id]) continue;
      try {
        const { plan: full } = await this.#api.call('plans:get', { id: plan.id });
        this.planSources = { ...this.planSources, [plan.id]: full.sources };
      } catch {
        // The report then names the plan and year without the citation; nothing else depends on it.
      }
    }
  }

  defaultPlanYear(): string {
    // The latest year that has federal plans, else the latest year of any plan.
    const fehb = this.plans.filter((p) => p.program === 'fehb').sort((a, b) => b.planYear.start.localeCompare(a.planYear.start))[0];
    return fehb?.planYear.label ?? this.planYears[0]?.label ?? '';
  }

  /** Call after every edit: re-prices and saves. */
  changed(): void {
    this.pricing.schedule(this.request);
    this.saver.schedule(() => this.snapshot());
  }

  /** Runs an edit and then `changed()`: `session.edit(() => (member.age = 40))`. */
  edit(mutate: () => void): void {
    mutate();
    this.changed();
  }

  goTo(step: SessionStep, fromHistory = false): void {
    if (this.step === step) return;
    this.step = step;
    if (!fromHistory) history.pushState({ step }, '');
    this.saver.schedule(() => this.snapshot());
  }

  /** A new session with the chosen plan set and one employee whose age is still to be entered. */
  startNew(): void {
    const planYear = this.planYear;
    const programChoice = this.programChoice;
    this.resetSession();
    this.planYear = planYear;
    this.programChoice = programChoice;
    this.started = true;
    this.label = sessionLabel(this.language);
    this.members = [newMember(this.newId(), 'employee', null)];
    this.goTo('household');
    this.changed();
  }

  /** Employer account money for one plan; null (an empty field) means none. */
  /** HSA or HRA for one plan's account money. */
  setAccountKind(planId: string, kind: AccountKind): void {
    this.edit(() => (this.accountKinds = { ...this.accountKinds, [planId]: kind }));
  }

  setAccount(planId: string, dollars: number | null): void {
    this.edit(() => (this.accountDollars = withAmount(this.accountDollars, planId, dollars)));
  }

  /** A service's price for this session; null (an empty field, "Reset to default") goes back to the table's. */
  setPrice(code: ServiceCode, dollars: number | null): void {
    this.edit(() => (this.priceDollars = withAmount(this.priceDollars, code, dollars)));
  }

  addMember(relationship: Relationship, age: number | null): void {
    this.edit(() => this.members.push(newMember(this.newId(), relationship, age)));
  }

  removeMember(index: number): void {
    this.edit(() => this.members.splice(index, 1));
  }

  newId(): string {
    // Ids only have to be unique within the household; "-newborn" ids are the engine's.
    let id = `person-${this.#nextId++}`;
    while (this.members.some((m) => m.id === id)) id = `person-${this.#nextId++}`;
    return id;
  }

  /** The session as saved and exported; null while the inputs are not valid (nothing half-typed is stored). */
  snapshot(): SessionState | null {
    if (!this.started || !this.check.success) return null;
    return {
      label: this.label.trim() || sessionLabel(this.language),
      planSet: { planYear: this.planYear, programs: [...this.programs] },
      request: this.check.data,
      notes: this.notes,
      step: this.step,
      language: this.language,
      ...(this.handoutLanguage !== null ? { handoutLanguage: this.handoutLanguage } : {}),
      ...(this.counselorContact.trim() ? { counselorContact: this.counselorContact.trim() } : {}),
    };
  }

  sessionFile(): SessionFile | null {
    const data = this.snapshot();
    // A timestamp for the file, read once: not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return data ? { type: SESSION_FILE_TYPE, version: 1, createdAt: new Date().toISOString(), data } : null;
  }

  /** Opens a saved or imported session exactly as it was. `id` is the stored session's, if any. */
  open(state: SessionState, id: string | null): void {
    this.resetSession();
    this.saver.reset(id);
    this.started = true;
    this.label = state.label;
    this.planYear = state.planSet.planYear;
    const programs = state.planSet.programs;
    this.programChoice = programs.includes('fehb') && programs.includes('district') ? 'both' : programs.includes('district') ? 'district' : 'fehb';
    this.members = state.request.household.members.map(fromMemberOn(state.request.planYearStart));
    this.#nextId = this.members.length + 1;
    this.priority = state.request.priority;
    this.taxRatePercent = state.request.household.taxRatePercent ?? null;
    this.enrollmentChoice = state.request.household.enrollmentType ?? null;
    this.accountDollars = dollarsFromCents(state.request.household.accountCentsByPlan);
    this.accountKinds = { ...(state.request.household.accountTypeByPlan ?? {}) };
    this.priceDollars = dollarsFromCents(state.request.household.priceOverrides);
    this.notes = state.notes;
    this.step = state.step;
    language.current = state.language ?? DEFAULT_LANGUAGE;
    this.handoutLanguage = state.handoutLanguage ?? null;
    this.counselorContact = state.counselorContact ?? '';
    history.pushState({ step: state.step }, '');
    this.pricing.schedule(this.request);
  }

  /**
   * Wipes every bit of client data from the renderer's memory and returns to Start (the kiosk's "End
   * session" calls this). The plan catalog and the app's mode stay: they hold nothing about the client.
   * The language goes back to the one a fresh session starts in (the kiosk's, on a kiosk) when `language`
   * is set; otherwise the screen keeps speaking the counselor's language.
   */
  resetSession(options: { language?: boolean } = {}): void {
    this.pricing.clear();
    this.explain.clear();
    arrangementExplain.clear();
    this.saver.reset();
    this.started = false;
    this.label = '';
    this.members = [];
    this.priority = 'lowest_expected';
    this.notes = '';
    this.taxRatePercent = null;
    this.enrollmentChoice = null;
    this.accountDollars = {};
    this.accountKinds = {};
    this.priceDollars = {};
    this.programChoice = 'fehb';
    this.planYear = this.defaultPlanYear();
    this.handoutLanguage = null;
    this.counselorContact = '';
    if (options.language) language.current = language.startWith;
    this.#nextId = 1;
    this.step = 'start';
    history.replaceState({ step: 'start' }, '');
  }
}

export const session = new CounselingSession();

// The browser's back and forward buttons move between steps too; each step change pushes a history entry.
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', (event: PopStateEvent) => {
    const step = (event.state as { step?: SessionStep } | null)?.step;
    if (step && (session.started || step === 'start')) session.goTo(step, true);
  });
}
