import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompareRequest, Household } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { compareHousehold } from '../../../src-main/compare';
import { buildCarePlan } from '../../../src-main/compare/care-items';
import { explainYear } from '../../../src-main/compare/explain-year';
import { planWindow } from '../../../src-main/compare/plan-window';
import { tables } from './fixtures';

// A family with a student away at college (issue 13): the share of the student's care away from home goes
// on each plan's dependent out-of-area benefit (FEHB 5(h)), and Compare and Explain say how each plan
// treats it, side by side.

const fehb = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const district = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'district-kpco-2021.json'), 'utf8')) as { plans: Plan[] }).plans;
const family = {
  members: [
    { id: 'e', relationship: 'employee' as const, age: 50 },
    { id: 's', relationship: 'spouse' as const, age: 48 },
    {
      id: 'c',
      relationship: 'child' as const,
      age: 19,
      usage: { preset: 'typical' as const, counts: { pcp_visit: 8, xray: 2 } },
      away: { livesAway: 'elsewhere_us' as const, monthsAway: 9 },
    },
  ],
};

describe('a student away at college', () => {
  it("moves 9 of 12 months of the student's expected care to the out-of-area tier, and nobody else's", () => {
    const fehbPlan = fehb[0] as Plan;
    const care = buildCarePlan(Household.parse(family), planWindow(fehbPlan), tables);
    const pcp = care.items.filter((it) => it.member === 2 && it.service === 'pcp_visit');
    expect(pcp.map((it) => [it.network, it.expected])).toEqual([
      ['plan', 2],
      ['out_of_area', 6],
    ]);
    expect(care.items.filter((it) => it.member !== 2).every((it) => it.network === 'plan')).toBe(true);
    expect(care.notes.join(' ')).toContain('elsewhere in the United States');
  });

  const result = compareHousehold(fehb, { household: family, priority: 'balanced', simulations: 200, seed: 7 }, tables);
  it("each plan says how it treats the student's care away from home: Prosper 5 office visits a year at $10, then not covered", () => {
    const prosper = result.plans.find((p) => p.planId === 'fehb-kpco-2022-prosper');
    expect(prosper?.assumptions[0]).toMatch(/^Dependent out-of-area benefit: office visits: \$10 copay per visit, 5 a year, then not covered;/);
    const high = result.plans.find((p) => p.planId === 'fehb-kpco-2022-high');
    expect(high?.assumptions[0]).toMatch(/^Dependent out-of-area benefit: office visits: \$20 copay per visit, 5 a year, then not covered;/);
  });

  it("Explain: the typical year prices the out-of-area office visits, those past 5 not covered, and its figures are the comparison's", () => {
    const request = { household: family, priority: 'balanced' as const, simulations: 200, seed: 7 };
    const explained = explainYear(fehb, { request: CompareRequest.parse(request), planId: 'fehb-kpco-2022-prosper', year: 'typical' }, tables);
    // 5(h): "Up to 5 office visits per year (combined visit limit between primary care, specialty care, … preventive care …)"
    const office = ['preventive_visit', 'pcp_visit', 'specialist_visit', 'mental_health_visit'];
    const away = explained.priced.lines.filter((l) => l.member === 'c' && l.network === 'out_of_area' && office.includes(l.service));
    expect(away.length).toBeGreaterThan(5);
    expect(away.slice(0, 5).map((l) => l.copayCents)).toEqual([1000, 1000, 1000, 1000, 1000]);
    for (const l of away.slice(5)) {
      expect(l.notCoveredCents).toBe(l.allowedCents);
      expect(l.rule.decidedBy).toEqual(['network', 'visit_limit']);
    }
    const plan = result.plans.find((p) => p.planId === 'fehb-kpco-2022-prosper');
    expect(explained.figures).toEqual(plan?.typicalYear.figures);
  });

  it("the district's Plus plans (incomplete) and Select are listed, not priced, and the result never prices the Plus benefit by guess", () => {
    const r = compareHousehold(
      [...district],
      {
        household: { ...family, members: family.members.map((m) => (m.id === 'c' ? { ...m, away: { outOfNetworkProvider: true } } : m)) },
        priority: 'balanced',
        simulations: 200,
        seed: 7,
      },
      tables,
    );
    expect(r.plans).toEqual([]);
    expect(r.skipped.map((s) => s.planId).sort()).toEqual(district.map((p) => p.id).sort());
  });
});
