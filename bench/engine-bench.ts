import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Claim, EngineMember } from '../src-shared/claims-schema';
import { PlanFile } from '../src-shared/plan-schema';
import { compilePlan, createFastTotals, priceClaims, priceTotalsFast, toFastInput } from '../src-main/engine';
import type { CompiledPlan } from '../src-main/engine';

// Claims adjudicated per second on one core, for a family of four's year of care (~60 claims of a
// realistic mix) under the three 2022 FEHB Kaiser Permanente Colorado options, repeated:
//   - priceTotalsFast (the Monte Carlo path: pre-validated typed arrays, no allocation),
//   - priceClaims without the ledger (validation + sort + pricing),
//   - priceClaims with the ledger (one explained line per claim).
// Run: npx tsx -e "import('./bench/engine-bench.ts').then(m=>m.runEngineBench())"

const MEMBERS: EngineMember[] = [
  { id: 'parent1', age: 41 },
  { id: 'parent2', age: 38 },
  { id: 'teen', age: 15 },
  { id: 'child', age: 8 },
];

function yearOfClaims(): Claim[] {
  const claims: Claim[] = [];
  let seed = 12345;
  const jitter = (base: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.round(base * (0.6 + (seed / 2147483648) * 0.8));
  };
  const add = (member: string, month: number, service: Claim['service'], allowed: number, extra: Partial<Claim> = {}) => {
    claims.push({
      member,
      date: `2022-${String(month).padStart(2, '0')}-${String(1 + (claims.length % 28)).padStart(2, '0')}`,
      service,
      allowedCents: jitter(allowed),
      ...extra,
    });
  };
  for (const m of MEMBERS) {
    add(m.id, 2, 'preventive_visit', 25000);
    add(m.id, 3, 'pcp_visit', 15000);
    add(m.id, 9, 'pcp_visit', 15000);
    add(m.id, 4, 'lab_test', 6000);
    add(m.id, 10, 'telehealth_visit', 8000);
  }
  for (let month = 1; month <= 12; month++) add('parent1', month, 'rx_generic', 2500);
  for (const month of [1, 4, 7, 10]) add('parent2', month, 'rx_preferred_brand', 45000, { supplyDays: 90, channel: 'mail' });
  for (const month of [2, 5, 8, 11]) add('parent2', month, 'specialist_visit', 25000);
  for (let visit = 0; visit < 8; visit++) add('teen', 3 + Math.floor(visit / 2), 'pt_visit', 12000);
  for (let visit = 0; visit < 6; visit++) add('parent1', 1 + 2 * visit, 'mental_health_visit', 16000);
  add('child', 6, 'urgent_care_visit', 20000);
  add('child', 6, 'xray', 30000);
  add('teen', 3, 'advanced_imaging', 120000);
  add('parent2', 7, 'er_visit', 180000, { admitted: true });
  add('parent2', 7, 'inpatient_admission', 2400000, { days: 3 });
  add('parent1', 11, 'diabetic_supplies', 9000);
  add('child', 12, 'dental_preventive', 20000);
  return claims;
}

function loadPlans(): CompiledPlan[] {
  const file = fileURLToPath(new URL('../data/plans/fehb-kpco-2022.json', import.meta.url));
  return PlanFile.parse(JSON.parse(readFileSync(file, 'utf8')))
    .plans.filter((p) => p.program === 'fehb')
    .map(compilePlan);
}

/** Runs `once` (which prices `claimsPerCall` claims) for about `ms` milliseconds; returns claims/second. */
function measure(once: () => void, claimsPerCall: number, ms = 1500): number {
  for (let i = 0; i < 2000; i++) once(); // warm up the JIT
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 500; i++) once();
    calls += 500;
    elapsed = performance.now() - start;
  }
  return (calls * claimsPerCall) / (elapsed / 1000);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export async function runEngineBench(): Promise<void> {
  const plans = loadPlans();
  const claims = yearOfClaims();
  const n = claims.length;
  console.log(`engine bench: family of four, ${n} claims a year, ${plans.length} plans (${plans.map((p) => p.plan.id).join(', ')})`);

  const fast = plans.map((p) => toFastInput(p, MEMBERS, claims));
  const out = createFastTotals();
  let k = 0;
  let sink = 0;
  const fastRate = measure(() => {
    const i = k++ % plans.length;
    const input = fast[i]!;
    // Vary one price per call, as a Monte Carlo draw would, so nothing can be cached.
    input.claims.allowedCents[k % n] = 10000 + (k % 997);
    sink += priceTotalsFast(plans[i]!, input.household, input.claims, out).memberPaysCents;
  }, n);
  console.log(`  priceTotalsFast (no ledger, typed arrays):  ${fmt(fastRate)} claims/s`);

  const noLedger = measure(() => {
    sink += priceClaims(plans[k++ % plans.length]!, MEMBERS, claims, { ledger: false }).totals.memberPaysCents;
  }, n);
  console.log(`  priceClaims, ledger off (validate + sort):  ${fmt(noLedger)} claims/s`);

  const withLedger = measure(() => {
    sink += priceClaims(plans[k++ % plans.length]!, MEMBERS, claims, { ledger: true }).lines.length;
  }, n);
  console.log(`  priceClaims, ledger on:                     ${fmt(withLedger)} claims/s`);
  if (sink === -1) console.log('(unreachable: keeps the results alive)');
}
