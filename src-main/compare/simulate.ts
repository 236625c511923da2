import type { Plan } from '../../src-shared/plan-schema';
import { PRESCRIPTION_SERVICES, STAY_SERVICES } from '../../src-shared/services';
import {
  channelIndex,
  createFastClaims,
  createFastHousehold,
  createFastTotals,
  priceTotalsFast,
  serviceIndex,
  type CompiledPlan,
  type FastClaims,
} from '../engine';
import type { CarePlan } from './care-items';
import { fitPrescription } from './pharmacy-fit';
import { createRng } from './prng';

// Monte Carlo: many possible years of the same household. Each simulated year draws every expected
// count from a Poisson distribution around its mean (so rare events such as admissions happen in some
// years and not others), puts each occurrence on a random day, and draws its price from a lognormal with
// the table price as its mean. Scheduled items keep their days; their prices vary the same way. Every
// plan prices the same simulated years (common random numbers), so "plan A was cheaper in 62% of years"
// compares like with like. Year k uses its own random stream (seed, k): the result does not depend on
// how many plans are priced or in which order.

export interface SimulationOutput {
  years: number;
  /** What the household paid out of pocket, per plan (outer) and simulated year (inner). */
  outOfPocket: Float64Array[];
  /** The part of it the plan did not cover (past visit limits, not covered): outside the OOP limit. */
  notCovered: Float64Array[];
  /** Total allowed amount of each simulated year (the same for every plan). */
  allowed: Float64Array;
}

const ROW_BITS = 2 ** 20;

interface PlanFill {
  channel: Int32Array;
  supplyDays: Int32Array;
  pieces: Int32Array;
  maxPieces: number;
  key: string;
}

function fillFor(care: CarePlan, plan: Pick<Plan, 'pharmacy'>): PlanFill {
  const n = care.items.length;
  const channel = new Int32Array(n);
  const supplyDays = new Int32Array(n).fill(30);
  const pieces = new Int32Array(n).fill(1);
  care.items.forEach((item, i) => {
    channel[i] = channelIndex(item.channel);
    if (!PRESCRIPTION_SERVICES.includes(item.service)) return;
    const fit = fitPrescription(plan, item.channel, item.supplyDays);
    if (!fit) throw new RangeError('the plan dispenses no prescriptions');
    channel[i] = channelIndex(fit.channel);
    supplyDays[i] = fit.supplyDays;
    pieces[i] = fit.pieces;
  });
  return { channel, supplyDays, pieces, maxPieces: Math.max(1, ...pieces), key: `${channel.join()}|${supplyDays.join()}|${pieces.join()}` };
}

export function simulateYears(care: CarePlan, plans: readonly CompiledPlan[], years: number, seed: number): SimulationOutput {
  const items = care.items;
  const itemService = Int32Array.from(items, (it) => serviceIndex(it.service));
  const itemIsStay = Uint8Array.from(items, (it) => (STAY_SERVICES.includes(it.service) ? 1 : 0));
  const windowDays = care.window.days;
  const meanExtraDays = Math.max(0, care.admissionMeanDays - 1);
  const household = createFastHousehold(care.members.map((m) => m.age));
  const totals = createFastTotals(Math.max(1, care.members.length));

  // Plans that dispense every prescription the same way share one filled claim list per year.
  const fills = plans.map((p) => fillFor(care, p.plan));
  const groups = new Map<string, { fill: PlanFill; planIndexes: number[]; fc: FastClaims }>();
  fills.forEach((fill, p) => {
    const g = groups.get(fill.key);
    if (g) g.planIndexes.push(p);
    else groups.set(fill.key, { fill, planIndexes: [p], fc: createFastClaims(256) });
  });

  let capacity = 256;
  let rowItem = new Int32Array(capacity);
  let rowAllowed = new Float64Array(capacity);
  let rowDays = new Int32Array(capacity);
  let keys = new Float64Array(capacity);
  const grow = (): void => {
    capacity *= 2;
    const ri = new Int32Array(capacity);
    ri.set(rowItem);
    rowItem = ri;
    const ra = new Float64Array(capacity);
    ra.set(rowAllowed);
    rowAllowed = ra;
    const rd = new Int32Array(capacity);
    rd.set(rowDays);
    rowDays = rd;
    keys = new Float64Array(capacity);
  };

  const out: SimulationOutput = {
    years,
    outOfPocket: plans.map(() => new Float64Array(years)),
    notCovered: plans.map(() => new Float64Array(years)),
    allowed: new Float64Array(years),
  };

  for (let k = 0; k < years; k++) {
    const rng = createRng(seed, k);
    let rows = 0;
    let allowedTotal = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as (typeof items)[number];
      const expected = item.kind === 'expected';
      const count = expected ? rng.poisson(item.expected) : item.offsets.length;
      const span = windowDays - item.from;
      for (let j = 0; j < count; j++) {
        if (rows >= capacity || rows >= ROW_BITS - 1) {
          if (rows >= ROW_BITS - 1) break;
          grow();
        }
        const offset = expected ? item.from + Math.floor(rng.next() * span) : (item.offsets[j] as number);
        const days = item.days === 0 ? 1 + rng.poisson(meanExtraDays) : item.days;
        const allowed = Math.round(item.allowedCents * (item.perDay ? days : 1) * rng.priceFactor(item.spread));
        rowItem[rows] = i;
        rowAllowed[rows] = allowed;
        rowDays[rows] = days;
        // Day first, then the order generated: a stable date sort, as the engine requires.
        keys[rows] = offset * ROW_BITS + rows;
        allowedTotal += allowed;
        rows++;
      }
    }
    out.allowed[k] = allowedTotal;
    const sorted = keys.subarray(0, rows).sort();

    for (const { fill, planIndexes, fc: fc0 } of groups.values()) {
      let fc = fc0;
      const need = rows * fill.maxPieces;
      if (fc.member.length < need) {
        fc = createFastClaims(Math.max(need, fc.member.length * 2));
        groups.get(fill.key)!.fc = fc;
      }
      let n = 0;
      for (let r = 0; r < rows; r++) {
        const row = (sorted[r] as number) % ROW_BITS;
        const i = rowItem[row] as number;
        const item = items[i] as (typeof items)[number];
        const pieces = fill.pieces[i] as number;
        const allowed = rowAllowed[row] as number;
        for (let p = 0; p < pieces; p++) {
          fc.member[n] = item.member;
          fc.service[n] = itemService[i] as number;
          fc.allowedCents[n] = pieces === 1 ? allowed : Math.floor(allowed / pieces) + (p === pieces - 1 ? allowed % pieces : 0);
          fc.days[n] = itemIsStay[i] === 1 ? (rowDays[row] as number) : 1;
          fc.supplyDays[n] = fill.supplyDays[i] as number;
          fc.channel[n] = fill.channel[i] as number;
          fc.admitted[n] = item.admitted ? 1 : 0;
          fc.year[n] = 0;
          n++;
        }
      }
      fc.count = n;
      for (const p of planIndexes) {
        priceTotalsFast(plans[p] as CompiledPlan, household, fc, totals);
        (out.outOfPocket[p] as Float64Array)[k] = totals.memberPaysCents;
        (out.notCovered[p] as Float64Array)[k] = totals.notCoveredCents;
      }
    }
  }
  return out;
}
