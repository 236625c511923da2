import { describeCostShare, describeRule, parseCostShareText, type CostShareExtras } from './cost-share-text';
import { readDollars, readLines, readWhole } from './form-values';
import { missingForPricing } from './plan-completeness';
import { planProblems } from './plan-editor-checks';
import { ruleDetails } from './rule-details';
import { Plan, type BenefitRule, type Enrollment, type NetworkTierPlan, type PersonFamilyLimit, type PlanInput, type TierRule } from './plan-schema';
import { ENROLLMENT_LABELS } from './enrollment-types';
import { CHANNEL_LABELS, OTHER_DEDUCTIBLES_PREFIX, REFERRAL_PREFIX, formFromPlan, sbcSourceId, type CellForm, type LimitForm, type SbcForm } from './sbc-form';
import { fieldForPath, issueMessage, issueTranslated } from './sbc-form-fields';
import { getLocale, m, type Language } from './i18n';
import { channelLabel, enrollmentLabel } from './i18n/terms';
import { SBC_ROWS, SBC_SECTION, sbcRowCitation, type SbcRow } from './sbc-layout';
import { PHARMACY_CHANNELS, type PharmacyChannel, type ServiceCode } from './services';

// Reads the SBC-shaped form back into a Plan. What the person did not touch is kept exactly as stored
// (its source, notes and exceptions included); what they typed is read, and every problem is tied to
// the field it comes from, so the editor can show it there. A plan comes out only when nothing blocks it.
// The problems speak the language on screen (messages/grid; the renderer reads the form inside a $derived,
// so a change of language reads it again); what goes into the plan (its missing items, sources, notes)
// stays English, the plan file's language. The cost parser's refusals are said in that language too (it is
// asked for them in it); only the schema's and the engine's own words are marked English (`english`).

export interface FormProblem {
  /** The form field the problem belongs to (see sbc-form-fields.ts), or "general". */
  field: string;
  /** In the language on screen when it was read (the editor reads the form again when it changes). */
  message: string;
  severity: 'error' | 'warning';
  /** The message is the engine's or the schema's own English (its parser's words), not the app's catalog. */
  english?: true;
}

export type CellReading = { state: 'empty' } | { state: 'read'; text: string } | { state: 'error'; message: string };

export interface FormResult {
  /** The plan to save, or null while an error stops it. */
  plan: Plan | null;
  problems: FormProblem[];
  /** How the engine reads each row, shown beside its cells. */
  readings: Record<ServiceCode, { inNetwork: CellReading; outOfNetwork: CellReading }>;
  /** What the plan still lacks before it can be priced (empty: complete). */
  missing: string[];
  /** Services covered before the deductible, as the rows say (the SBC's second Important Question). */
  coveredBeforeDeductible: ServiceCode[];
}

const initialForms = new WeakMap<Plan, SbcForm>();
function initialForm(base: Plan): SbcForm {
  let form = initialForms.get(base);
  if (!form) initialForms.set(base, (form = formFromPlan(base)));
  return form;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
/** A cell is one line of the SBC; a line break typed into it is a space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The form read back into a plan, with what is wrong or doubtful in it. One pass on purpose: every section
 * (limits, the grid's cells, the out-of-network column, pharmacy, premiums, notes and sources) adds to the
 * same problem list, compares with the same stored plan and says whether the SBC is cited; each nested
 * reader is named for the section it reads.
 */
// eslint-disable-next-line max-lines-per-function -- one pass over the form's sections (the reason above)
export function planFromForm(form: SbcForm, base: Plan): FormResult {
  const initial = initialForm(base);
  const problems: FormProblem[] = [];
  const error = (field: string, message: string, english = false): void =>
    void problems.push({ field, message, severity: 'error', ...(english ? { english } : {}) });
  const warning = (field: string, message: string): void => void problems.push({ field, message, severity: 'warning' });
  const lang = getLocale();
  const channelName = (ch: PharmacyChannel): string => (lang === 'en' ? CHANNEL_LABELS[ch] : channelLabel(ch, lang));
  const sourceId = sbcSourceId(base.id);
  let citesSbc = false;

  function limit(
    f: LimitForm,
    was: LimitForm,
    stored: PersonFamilyLimit | null,
    key: 'deductible' | 'oopMax' | 'oonDeductible' | 'oonOopMax',
    name: string,
  ): PersonFamilyLimit | null {
    if (same(f, was)) return stored;
    const person = readDollars(f.person, m.grid_limit_person({ name }));
    const family = readDollars(f.family, m.grid_limit_family({ name }));
    if (!person.ok) error(`${key}.person`, person.error);
    if (!family.ok) error(`${key}.family`, family.error);
    if (!person.ok || !family.ok) return null;
    if (person.value === null && family.value === null) return null;
    if (person.value === null) return (error(`${key}.person`, m.prob_amount_person({ name })), null);
    if (family.value === null) return (error(`${key}.family`, m.prob_amount_family({ name })), null);
    return { personCents: person.value, familyCents: family.value, embedded: f.embedded };
  }
  const deductible = limit(form.deductible, initial.deductible, base.deductible, 'deductible', m.grid_limit_deductible());
  const oopMax = limit(form.oopMax, initial.oopMax, base.oopMax, 'oopMax', m.grid_limit_oop());

  const hasDeductible = (deductible?.personCents ?? 0) > 0;
  const outOfNetwork = form.outOfNetworkBenefit === 'yes' ? true : form.outOfNetworkBenefit === 'no' ? false : null;
  const readings = {} as FormResult['readings'];
  const benefits: Partial<Record<ServiceCode, BenefitRule>> = {};
  for (const row of SBC_ROWS) {
    const cell = form.cells[row.service];
    const rule = ruleFromCell(row, cell, initial.cells[row.service], base.benefits[row.service]);
    readings[row.service] = rule.readings;
    if (rule.rule) benefits[row.service] = rule.rule;
  }

  function ruleFromCell(row: SbcRow, cell: CellForm, was: CellForm, stored: BenefitRule | undefined) {
    const field = `cell.${row.service}`;
    const text = oneLine(cell.inNetwork);
    const oonText = outOfNetwork === false ? '' : oneLine(cell.outOfNetwork);
    const oonReading = readOutOfNetwork(oonText, row, field);
    if (text === '') {
      if (oonText !== '') error(`${field}.in`, m.prob_in_too());
      return { rule: undefined, readings: { inNetwork: { state: 'empty' } as const, outOfNetwork: oonReading } };
    }
    if (stored && same(cell, was)) {
      const kept = outOfNetwork === false ? withoutKey(stored, 'outOfNetworkYouPay') : stored;
      return { rule: kept, readings: { inNetwork: { state: 'read', text: reading(kept, hasDeductible, lang) } as const, outOfNetwork: oonReading } };
    }
    const parsed = parseCostShareText(text, { unitHint: row.unitHint, lang });
    if (!parsed.ok) {
      error(`${field}.in`, parsed.error);
      return { rule: undefined, readings: { inNetwork: { state: 'error', message: parsed.error } as const, outOfNetwork: oonReading } };
    }
    const keepSource = stored !== undefined && text === oneLine(was.inNetwork);
    if (!keepSource) citesSbc = true;
    const limitations = cell.limitations.trim();
    const exceptions = cell.keepExceptions ? stored?.exceptions : undefined;
    // What the grid has no place for is kept unless the person unticked it (a changed cost keeps the
    // habilitative visits, the autism exception, a day limit, the office settings …).
    const details = cell.keepDetails && stored ? ruleDetails(stored) : {};
    const waived = row.service === 'er_visit' ? cell.waivedIfAdmitted : stored?.waivedIfAdmitted;
    const rule: BenefitRule = {
      costShare: parsed.costShare,
      afterDeductible: parsed.afterDeductible,
      countsTowardOop: cell.countsTowardOop,
      ...(exceptions && exceptions.length > 0 ? { exceptions } : {}),
      ...(waived ? { waivedIfAdmitted: true } : {}),
      ...(parsed.visitLimitPerYear !== undefined ? { visitLimitPerYear: parsed.visitLimitPerYear } : {}),
      ...details,
      ...(oonText !== '' ? { outOfNetworkYouPay: oonText } : {}),
      source: keepSource && stored ? stored.source : { document: sourceId, section: SBC_SECTION, row: sbcRowCitation(row.service), youPay: text },
      ...(limitations !== '' ? { note: limitations } : {}),
    };
    return { rule, readings: { inNetwork: { state: 'read', text: reading(rule, hasDeductible, lang) } as const, outOfNetwork: oonReading } };
  }

  function readOutOfNetwork(text: string, row: SbcRow, field: string): CellReading {
    if (text === '') return { state: 'empty' };
    const parsed = parseCostShareText(text, { unitHint: row.unitHint, lang });
    if (parsed.ok) return { state: 'read', text: describeCostShare(parsed.costShare, parsed.afterDeductible, extrasOf(parsed), lang) };
    const message = m.grid_oon_kept({ reason: parsed.error });
    warning(`${field}.out`, message);
    return { state: 'error', message };
  }

  /**
   * The out-of-network column as the plan's out_of_network tier: every row with an in-network rule needs
   * a readable out-of-network cell, and the tier needs its deductible and out-of-pocket limit; until then
   * the tier is incomplete and lists what is missing (never guessed). "No" → not offered.
   */
  function outOfNetworkTier(): NetworkTierPlan {
    if (outOfNetwork === false) {
      return { status: 'not_offered', reason: 'The plan does not pay for out-of-network care (its Summary of Benefits and Coverage).' };
    }
    if (outOfNetwork === null) {
      return { status: 'incomplete', missing: ['whether the plan pays for out-of-network care ("Will you pay less if you use a network provider?")'] };
    }
    const missing: string[] = [];
    const tierDeductible = limit(form.oonDeductible, { person: '', family: '', embedded: true }, null, 'oonDeductible', m.grid_limit_oon_deductible());
    const tierOop = limit(form.oonOopMax, { person: '', family: '', embedded: true }, null, 'oonOopMax', m.grid_limit_oon_oop());
    if (!tierDeductible) missing.push('the out-of-network deductible (per person and per family)');
    if (!tierOop) missing.push('the out-of-network out-of-pocket limit (per person and per family)');
    const tierBenefits: Partial<Record<ServiceCode, TierRule>> = {};
    for (const row of SBC_ROWS) {
      if (!benefits[row.service]) continue;
      const text = oneLine(form.cells[row.service].outOfNetwork);
      if (text === '') {
        missing.push(`the out-of-network cost of ${row.label.toLowerCase()}`);
        continue;
      }
      const parsed = parseCostShareText(text, { unitHint: row.unitHint });
      if (!parsed.ok) {
        missing.push(`the out-of-network cost of ${row.label.toLowerCase()} in words the editor reads`);
        continue;
      }
      tierBenefits[row.service] = {
        costShare: parsed.costShare,
        afterDeductible: parsed.afterDeductible,
        countsTowardOop: form.cells[row.service].countsTowardOop,
        source: { document: sourceId, section: SBC_SECTION, row: `${sbcRowCitation(row.service)} — Out-of-network provider`, youPay: text },
      };
      citesSbc = true;
    }
    if (missing.length > 0 || !tierDeductible || !tierOop) return { status: 'incomplete', missing };
    return {
      status: 'offered',
      label: 'Out-of-network provider',
      deductible: tierDeductible,
      oopMax: tierOop,
      benefits: tierBenefits,
      notCoveredReason: "the plan's Summary of Benefits and Coverage gives no out-of-network cost for this service",
      notCoveredSource: {
        document: sourceId,
        section: SBC_SECTION,
        row: 'Out-of-network provider (You will pay the most)',
        youPay: 'No out-of-network cost given',
      },
    };
  }

  // The out-of-network column: kept as stored while nothing about it changed (an unchanged plan saves back
  // exactly as it was), read again from the form otherwise.
  const oonChanged =
    form.outOfNetworkBenefit !== initial.outOfNetworkBenefit ||
    !same(form.oonDeductible, initial.oonDeductible) ||
    !same(form.oonOopMax, initial.oonOopMax) ||
    SBC_ROWS.some((r) => form.cells[r.service].outOfNetwork !== initial.cells[r.service].outOfNetwork);
  const networkTiers = oonChanged ? { ...(base.networkTiers ?? {}), out_of_network: outOfNetworkTier() } : base.networkTiers;

  const pharmacy: Plan['pharmacy'] = {};
  for (const ch of PHARMACY_CHANNELS) {
    const f = form.pharmacy[ch];
    if (!f.offered) continue;
    const stored = base.pharmacy[ch];
    if (stored && same(f, initial.pharmacy[ch])) {
      pharmacy[ch] = stored;
      continue;
    }
    const tiers: { upToDays: number; copays: number }[] = [];
    f.tiers.forEach((t, i) => {
      const days = readWhole(t.upToDays, m.prob_supply_days({ channel: channelName(ch), n: i + 1 }), 1, 366);
      const copays = readWhole(t.copays, m.prob_supply_copays({ channel: channelName(ch), n: i + 1 }), 0, 12);
      if (!days.ok) return error(`pharmacy.${ch}.${i}.days`, days.error);
      if (!copays.ok) return error(`pharmacy.${ch}.${i}.copays`, copays.error);
      if (days.value === null && copays.value === null) return;
      if (days.value === null) return error(`pharmacy.${ch}.${i}.days`, m.prob_rx_days({ channel: channelName(ch) }));
      if (copays.value === null) return error(`pharmacy.${ch}.${i}.copays`, m.prob_rx_copays({ channel: channelName(ch), days: days.value }));
      tiers.push({ upToDays: days.value, copays: copays.value });
    });
    if (tiers.length === 0) {
      error(`pharmacy.${ch}.0.days`, m.prob_rx_one({ channel: channelName(ch) }));
      continue;
    }
    tiers.sort((a, b) => a.upToDays - b.upToDays);
    const youPay = tiers.map((t) => `up to ${t.upToDays} days for ${t.copays} ${t.copays === 1 ? 'copay' : 'copays'}`).join('; ');
    citesSbc = true;
    pharmacy[ch] = { tiers, source: { document: sourceId, section: 'Prescription drug supply', row: CHANNEL_LABELS[ch], youPay } };
  }

  const enrollment: Enrollment[] = [];
  form.premiums.forEach((p) => {
    const stored = base.enrollment.find((e) => e.type === p.type);
    const was = initial.premiums.find((w) => w.type === p.type);
    if (stored && same(p, was)) return void enrollment.push(stored);
    const field = `premium.${p.type}`;
    const label = lang === 'en' ? ENROLLMENT_LABELS[p.type] : enrollmentLabel(p.type, lang);
    const amounts = {
      biweeklyEmployee: readDollars(p.biweeklyEmployee, m.field_premium({ type: label, column: m.field_prem_biweekly_employee() })),
      biweeklyEmployer: readDollars(p.biweeklyEmployer, m.field_premium({ type: label, column: m.field_prem_biweekly_employer() })),
      monthlyEmployee: readDollars(p.monthlyEmployee, m.field_premium({ type: label, column: m.field_prem_monthly_employee() })),
      monthlyEmployer: readDollars(p.monthlyEmployer, m.field_premium({ type: label, column: m.field_prem_monthly_employer() })),
    };
    const values: Record<string, number | null> = {};
    for (const [key, read] of Object.entries(amounts)) {
      if (read.ok) values[key] = read.value;
      else error(`${field}.${key}`, read.error);
    }
    const code = p.code.trim();
    const anyAmount = Object.values(values).some((v) => v !== null && v !== undefined);
    if (code === '') {
      if (anyAmount) error(`${field}.code`, m.prob_code({ type: label }));
      return;
    }
    enrollment.push({
      type: p.type,
      code,
      biweekly: { employeeCents: values.biweeklyEmployee ?? null, employerCents: values.biweeklyEmployer ?? null },
      monthly: { employeeCents: values.monthlyEmployee ?? null, employerCents: values.monthlyEmployer ?? null },
      ...(stored?.note ? { note: stored.note } : {}),
    });
  });

  const keepLines = (text: string, was: string, stored: () => string[]): string[] => (text === was ? stored() : readLines(text));
  const networkNotes = keepLines(form.networkNotes, initial.networkNotes, () => base.network.notes.filter((n) => !n.startsWith(REFERRAL_PREFIX)));
  if (form.referrals.trim() !== '') networkNotes.push(REFERRAL_PREFIX + form.referrals.trim());
  const notes = keepLines(form.notes, initial.notes, () => (base.notes ?? []).filter((n) => !n.startsWith(OTHER_DEDUCTIBLES_PREFIX)));
  const other = form.otherDeductibles.trim();
  if (other !== '') {
    notes.push(OTHER_DEDUCTIBLES_PREFIX + other);
    if (!/^no\b/i.test(other)) {
      warning('otherDeductibles', m.prob_other_deductibles());
    }
  }

  const sbcStored = base.sources.find((s) => s.id === sourceId);
  const sources = base.sources.filter((s) => s.id !== sourceId);
  if (citesSbc || sbcStored || Object.values(benefits).some((r) => r.source.document === sourceId)) {
    if (form.source.title.trim() === '') error('source.title', m.prob_source_title());
    if (form.source.citation.trim() === '') error('source.citation', m.prob_source_citation());
    sources.push({
      id: sourceId,
      title: form.source.title.trim(),
      citation: form.source.citation.trim(),
      ...(sbcStored?.excerpt ? { excerpt: sbcStored.excerpt } : {}),
    });
  }

  const group = form.group.trim();
  const missing = missingForPricing({ deductible, oopMax, benefits, enrollment });
  const candidate: PlanInput = {
    id: base.id,
    carrier: form.carrier.trim(),
    planName: form.planName.trim(),
    option: form.option.trim(),
    ...(group !== '' ? { group } : {}),
    program: form.program,
    planYear: { start: form.planYear.start.trim(), end: form.planYear.end.trim(), label: form.planYear.label.trim() },
    network: { outOfNetworkBenefit: outOfNetwork, notes: networkNotes },
    status: missing.length === 0 ? { complete: true } : { complete: false, missing },
    deductible,
    oopMax,
    oopExcludes: keepLines(form.oopExcludes, initial.oopExcludes, () => base.oopExcludes),
    enrollment,
    pharmacy,
    benefits,
    ...(networkTiers !== undefined ? { networkTiers } : {}),
    sources,
    ...(notes.length > 0 || base.notes !== undefined ? { notes } : {}),
  };

  const types = enrollment.map((e) => e.type);
  const parsed = Plan.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldForPath(issue.path, types);
      error(field, issueMessage(issue, field), !issueTranslated(issue));
    }
  } else {
    for (const p of planProblems(parsed.data)) {
      problems.push({ field: fieldForPath(p.path.split(/[.[\]]+/).filter(Boolean), types), message: p.message, severity: p.severity });
    }
  }
  const blocked = problems.some((p) => p.severity === 'error');
  const coveredBeforeDeductible = SBC_ROWS.map((r) => r.service).filter((code) => {
    const rule = benefits[code];
    return rule !== undefined && !rule.afterDeductible && rule.costShare.kind !== 'not_covered';
  });
  return {
    plan: !blocked && parsed.success ? parsed.data : null,
    problems,
    readings,
    missing,
    coveredBeforeDeductible,
  };
}

/**
 * The rule in the engine's words, in the language on screen: the reading is shown under the cell and
 * never stored (the plan keeps the cell's own text as its source). Under a plan with a deductible, a cost
 * that does not wait for it says so outright, so a cell typed without "after deductible" by mistake is
 * visible before saving.
 */
function reading(rule: BenefitRule, hasDeductible: boolean, lang: Language): string {
  const full = describeRule(rule, lang);
  const costs = rule.costShare.kind !== 'nothing' && rule.costShare.kind !== 'not_covered';
  if (!hasDeductible || rule.afterDeductible || !costs) return full;
  const plain = describeCostShare(rule.costShare, false, {}, lang);
  return describeCostShare(rule.costShare, false, { deductibleWaived: true }, lang) + full.slice(plain.length);
}

/** What a parsed cell said besides its cost (the deductible waived, a visit limit), for describeCostShare. */
function extrasOf(parsed: CostShareExtras): CostShareExtras {
  return {
    ...(parsed.deductibleWaived ? { deductibleWaived: true } : {}),
    ...(parsed.visitLimitPerYear !== undefined ? { visitLimitPerYear: parsed.visitLimitPerYear } : {}),
  };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
