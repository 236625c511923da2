import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanFile } from '../../../src-shared/plan-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { compilePlan } from '../../../src-main/engine';
import type { CompiledPlan } from '../../../src-main/engine';

// The real 2022 FEHB Kaiser Permanente Colorado plans, as encoded in data/plans/ (read, never edited
// here). The brochure tests price against these, so a wrong number in the data shows up as a failing
// brochure line.

const FILE = fileURLToPath(new URL('../../../data/plans/fehb-kpco-2022.json', import.meta.url));

export type KpOption = 'high' | 'standard' | 'prosper';

export function loadKpPlans(): Record<KpOption, Plan> {
  const file = PlanFile.parse(JSON.parse(readFileSync(FILE, 'utf8')));
  const byId = (id: string): Plan => {
    const plan = file.plans.find((p) => p.id === id);
    if (!plan) throw new Error(`${id} is not in ${FILE}`);
    return plan;
  };
  return {
    high: byId('fehb-kpco-2022-high'),
    standard: byId('fehb-kpco-2022-standard'),
    prosper: byId('fehb-kpco-2022-prosper'),
  };
}

export function compileKpPlans(): Record<KpOption, CompiledPlan> {
  const plans = loadKpPlans();
  return { high: compilePlan(plans.high), standard: compilePlan(plans.standard), prosper: compilePlan(plans.prosper) };
}
