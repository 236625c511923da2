import { formatCostShareText } from './cost-share-text';
import { formatCents } from './money';
import type { AgeException, BenefitRule, Enrollment, Plan, PersonFamilyLimit } from './plan-schema';
import { ENROLLMENT_LABELS, ENROLLMENT_TYPES } from './enrollment-types';
import { CHANNEL_LABELS } from './sbc-form';
import { ruleDetailsText } from './rule-details';
import { SBC_ROWS } from './sbc-layout';
import { PHARMACY_CHANNELS, SERVICE_LABELS } from './services';

// What changed between two versions of a plan (or two plans), in plain words, one line per changed
// fact: "Primary care visit: $30 copay per visit → $35 copay per visit". Pure; the plans:diff handler
// adds what the change does to a sample household's year.

export interface PlanChange {
  /** What changed, as a person names it ("Deductible", "Primary care visit, out of network"). */
  label: string;
  /** The old and new value in words; "" for an item that was added or removed from a list. */
  before: string;
  after: string;
  /** The whole line: "label: before → after", or "label: added “…”". */
  text: string;
}

const NOT_ENTERED = 'not entered';
const money = (c: number | null): string => (c === null ? 'not given' : formatCents(c, c % 100 === 0));
const yesNo = (b: boolean | null | undefined): string => (b === null || b === undefined ? 'not known' : b ? 'yes' : 'no');

function limitText(l: PersonFamilyLimit | null): string {
  if (!l) return NOT_ENTERED;
  return `${money(l.personCents)} per person, ${money(l.familyCents)} per family${l.embedded ? ' (embedded)' : ' (family total only)'}`;
}

function ruleCost(rule: BenefitRule | undefined): string {
  if (!rule) return NOT_ENTERED;
  const extras = rule.visitLimitPerYear === undefined ? {} : { visitLimitPerYear: rule.visitLimitPerYear };
  return formatCostShareText(rule.costShare, rule.afterDeductible, extras);
}

function ageText(e: AgeException): string {
  const ages =
    e.minAge !== undefined && e.maxAge !== undefined
      ? `ages ${e.minAge}–${e.maxAge}`
      : e.maxAge !== undefined
        ? `age ${e.maxAge} or younger`
        : `age ${e.minAge ?? 0} or older`;
  return `${ages}: ${formatCostShareText(e.costShare, e.afterDeductible)}`;
}

function exceptionsText(rule: BenefitRule | undefined): string {
  const list = rule?.exceptions ?? [];
  return list.length === 0 ? 'none' : list.map(ageText).join('; ');
}

function premiumValues(e: Enrollment | undefined): [string, string][] {
  return [
    ['enrollment code', e ? e.code : 'not offered'],
    ['every two weeks, employee share', e ? money(e.biweekly.employeeCents) : 'not offered'],
    ['every two weeks, employer share', e ? money(e.biweekly.employerCents) : 'not offered'],
    ['monthly, employee share', e ? money(e.monthly.employeeCents) : 'not offered'],
    ['monthly, employer share', e ? money(e.monthly.employerCents) : 'not offered'],
  ];
}

function supplyText(plan: Plan, channel: (typeof PHARMACY_CHANNELS)[number]): string {
  const d = plan.pharmacy[channel];
  if (!d) return 'not offered';
  return d.tiers.map((t) => `up to ${t.upToDays} days for ${t.copays} ${t.copays === 1 ? 'copay' : 'copays'}`).join('; ');
}

const MAX_QUOTE = 160;
const quote = (s: string): string => `“${s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 3)}…` : s}”`;

/** Two long texts quoted from a little before where they first differ, so the change is in view. */
function quotePair(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  const cut = (s: string): string => {
    if (s === '') return 'none';
    const part = s.slice(from);
    return quote(`${from > 0 ? '…' : ''}${part}`);
  };
  return [cut(a), cut(b)];
}

export function diffPlans(before: Plan, after: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  const value = (label: string, a: string, b: string): void => {
    if (a !== b) changes.push({ label, before: a, after: b, text: `${label}: ${a} → ${b}` });
  };
  const list = (label: string, a: readonly string[], b: readonly string[]): void => {
    for (const item of a) if (!b.includes(item)) changes.push({ label, before: item, after: '', text: `${label}: removed ${quote(item)}` });
    for (const item of b) if (!a.includes(item)) changes.push({ label, before: '', after: item, text: `${label}: added ${quote(item)}` });
  };

  value('Carrier', before.carrier, after.carrier);
  value('Plan name', before.planName, after.planName);
  value('Option', before.option, after.option);
  value('Group number', before.group ?? 'none', after.group ?? 'none');
  value('Program', before.program, after.program);

  value('Deductible', limitText(before.deductible), limitText(after.deductible));
  value('Out-of-pocket limit', limitText(before.oopMax), limitText(after.oopMax));
  list('Not included in the out-of-pocket limit', before.oopExcludes, after.oopExcludes);
  value('Out-of-network benefit', yesNo(before.network.outOfNetworkBenefit), yesNo(after.network.outOfNetworkBenefit));
  list('Network note', before.network.notes, after.network.notes);

  for (const { service } of SBC_ROWS) {
    const a = before.benefits[service];
    const b = after.benefits[service];
    const label = SERVICE_LABELS[service];
    value(label, ruleCost(a), ruleCost(b));
    if (!a || !b) continue;
    value(`${label}, out of network`, a.outOfNetworkYouPay ?? 'not given', b.outOfNetworkYouPay ?? 'not given');
    value(`${label}, age exceptions`, exceptionsText(a), exceptionsText(b));
    value(`${label}, copay waived if admitted`, yesNo(a.waivedIfAdmitted ?? false), yesNo(b.waivedIfAdmitted ?? false));
    value(`${label}, other rules`, ruleDetailsText(a) || 'none', ruleDetailsText(b) || 'none');
    value(`${label}, counts toward the out-of-pocket limit`, yesNo(a.countsTowardOop), yesNo(b.countsTowardOop));
    if ((a.note ?? '') !== (b.note ?? '')) {
      const [was, now] = quotePair(a.note ?? '', b.note ?? '');
      changes.push({ label: `${label}, limitations`, before: a.note ?? '', after: b.note ?? '', text: `${label}, limitations: ${was} → ${now}` });
    }
  }

  for (const channel of PHARMACY_CHANNELS)
    value(`Prescription supply, ${CHANNEL_LABELS[channel].toLowerCase()}`, supplyText(before, channel), supplyText(after, channel));

  for (const type of ENROLLMENT_TYPES) {
    const a = premiumValues(before.enrollment.find((e) => e.type === type));
    const b = premiumValues(after.enrollment.find((e) => e.type === type));
    a.forEach(([column, text], i) => value(`Premium, ${ENROLLMENT_LABELS[type].toLowerCase()}, ${column}`, text, b[i]?.[1] ?? ''));
  }

  const year = (p: Plan): string => `${p.planYear.start} to ${p.planYear.end} (${p.planYear.label})`;
  value('Plan year', year(before), year(after));
  list('Note', before.notes ?? [], after.notes ?? []);
  list(
    'Source',
    before.sources.map((s) => s.title),
    after.sources.map((s) => s.title),
  );
  const status = (p: Plan): string => (p.status.complete ? 'complete' : `incomplete (${p.status.missing.length} missing)`);
  value('Status', status(before), status(after));
  return changes;
}
