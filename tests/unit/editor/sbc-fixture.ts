import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SbcForm } from '../../../src-shared/sbc-form';
import type { Plan } from '../../../src-shared/plan-schema';
import { PlanFile } from '../../../src-shared/plan-schema';
import type { PharmacyChannel, ServiceCode } from '../../../src-shared/services';

// The made-up SBC of tests/fixtures/sbc-dhmo2000plus.json, and the same plan as a plan file. Shared by
// the unit, integration and end-to-end tests of the plan editor.

export interface SbcFixture {
  planId: string;
  source: { title: string; citation: string };
  importantQuestions: {
    deductible: { person: string; family: string; embedded: boolean };
    oopMax: { person: string; family: string; embedded: boolean };
    oopExcludes: string[];
    outOfNetworkBenefit: 'yes' | 'no' | 'unknown';
    networkNote: string;
    referrals: string;
    otherDeductibles: string;
  };
  commonMedicalEvents: { service: ServiceCode; inNetwork: string; outOfNetwork: string; limitations: string; waivedIfAdmitted?: boolean }[];
  pharmacy: Partial<Record<PharmacyChannel, { upToDays: string; copays: string }[]>>;
  premiums: {
    type: 'self_only' | 'self_plus_one' | 'self_and_family';
    code: string;
    biweeklyEmployee: string;
    biweeklyEmployer: string;
    monthlyEmployee: string;
    monthlyEmployer: string;
  }[];
  planYear: { start: string; end: string; label: string };
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function loadSbcFixture(): SbcFixture {
  return JSON.parse(readFileSync(join(FIXTURES, 'sbc-dhmo2000plus.json'), 'utf8')) as SbcFixture;
}

export function planFileText(): string {
  return readFileSync(join(FIXTURES, 'dhmo2000plus-plan-file.json'), 'utf8');
}

export function planFromPlanFile(): Plan {
  const plan = PlanFile.parse(JSON.parse(planFileText())).plans[0];
  if (!plan) throw new Error('the fixture plan file holds no plan');
  return plan;
}

/** What an HR administrator types into the editor, applied to the form as the editor holds it. */
export function fillForm(form: SbcForm, sbc: SbcFixture): SbcForm {
  const f = structuredClone(form);
  const q = sbc.importantQuestions;
  f.source = { ...sbc.source };
  f.deductible = { ...q.deductible };
  f.oopMax = { ...q.oopMax };
  f.oopExcludes = q.oopExcludes.join('\n');
  f.outOfNetworkBenefit = q.outOfNetworkBenefit;
  f.networkNotes = `${f.networkNotes}\n${q.networkNote}`;
  f.referrals = q.referrals;
  f.otherDeductibles = q.otherDeductibles;
  for (const row of sbc.commonMedicalEvents) {
    const cell = f.cells[row.service];
    cell.inNetwork = row.inNetwork;
    cell.outOfNetwork = row.outOfNetwork;
    cell.limitations = row.limitations;
    cell.waivedIfAdmitted = row.waivedIfAdmitted ?? false;
  }
  for (const [channel, tiers] of Object.entries(sbc.pharmacy) as [PharmacyChannel, { upToDays: string; copays: string }[]][]) {
    f.pharmacy[channel].offered = true;
    tiers.forEach((t, i) => (f.pharmacy[channel].tiers[i] = { ...t }));
  }
  f.premiums = f.premiums.map((p) => ({ ...p, ...sbc.premiums.find((x) => x.type === p.type) }));
  f.planYear = { ...sbc.planYear };
  return f;
}
