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
import { lognormalTable, QUANTILES } from './lognormal-table';
import { Rng } from './prng';

// Monte Carlo: many possible years of the same household. Each simulated year draws every expected
// count from a Poisson distribution around its mean (so rare events such as admissions happen in some
// years and not others), puts each occurrence on a random day, and draws its price from a lognormal with
// the table price as its mean (lognormal-table.ts). Scheduled items keep their days; their prices vary the same way. Every
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
  const n = items.length;
  // Item fields as flat arrays: the loop below runs about a million times per comparison.
  const itemService = Int32Array.from(items, (it) => serviceIndex(it.service));
  const itemMember = Int32Array.from(items, (it) => it.member);
  const itemAdmitted = Uint8Array.from(items, (it) => (it.admitted ? 1 : 0));
  const itemIsStay = Uint8Array.from(items, (it) => (STAY_SERVICES.includes(it.service) ? 1 : 0));
  const itemExpected = Uint8Array.from(items, (it) => (it.kind === 'expected' ? 1 : 0));
  const itemLambda = Float64Array.from(items, (it) => it.expected);
  const itemLimit = Float64Array.from(items, (it) => Math.exp(-it.expected));
  const itemFrom = Int32Array.from(items, (it) => it.from);
  const itemAllowed = Float64Array.from(items, (it) => it.allowedCents);
  const itemPerDay = Uint8Array.from(items, (it) => (it.perDay ? 1 : 0));
  const itemDays = Int32Array.from(items, (it) => it.days);
  const itemSpread = items.map((it) => lognormalTable(it.spread));
  const windowDays = care.window.days;
  const meanExtraDays = Math.max(0, care.admissionMeanDays - 1);
  const extraDaysLimit = Math.exp(-meanExtraDays);
  const household = createFastHousehold(care.members.map((m) => m.age));
  const totals = createFastTotals(Math.max(1, care.members.length));

  // Plans that dispense every prescription the same way share one filled claim list per year.
  const groups = new Map<string, { fill: PlanFill; planIndexes: number[]; fc: FastClaims }>();
  plans.forEach((p, i) => {
    const fill = fillFor(care, p.plan);
    const g = groups.get(fill.key);
    if (g) g.planIndexes.push(i);
    else groups.set(fill.key, { fill, planIndexes: [i], fc: createFastClaims(256) });
  });

  // Rows are kept in day buckets (a linked list per day, appended in generation order), which gives the
  // stable date order the engine requires without sorting.
  let capacity = 256;
  let rowItem = new Int32Array(capacity);
  let rowAllowed = new Float64Array(capacity);
  let rowDays = new Int32Array(capacity);
  let rowNext = new Int32Array(capacity);
  const head = new Int32Array(windowDays);
  const tail = new Int32Array(windowDays);
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
    const rn = new Int32Array(capacity);
    rn.set(rowNext);
    rowNext = rn;
  };

  const out: SimulationOutput = {
    years,
    outOfPocket: plans.map(() => new Float64Array(years)),
    notCovered: plans.map(() => new Float64Array(years)),
    allowed: new Float64Array(years),
  };

  const rng = new Rng(seed, 0);
  for (let k = 0; k < years; k++) {
    rng.reseed(seed, k);
    head.fill(-1);
    let rows = 0;
    let allowedTotal = 0;
    for (let i = 0; i < n; i++) {
      const expected = itemExpected[i] === 1;
      const offsets = items[i]?.offsets as number[];
      const count = expected ? rng.poissonWithLimit(itemLambda[i] as number, itemLimit[i] as number) : offsets.length;
      const from = itemFrom[i] as number;
      const span = windowDays - from;
      const table = itemSpread[i] as Float64Array;
      for (let j = 0; j < count; j++) {
        if (rows >= capacity) grow();
        const day = expected ? from + Math.floor(rng.next() * span) : (offsets[j] as number);
        const fixedDays = itemDays[i] as number;
        const days = fixedDays === 0 ? 1 + rng.poissonWithLimit(meanExtraDays, extraDaysLimit) : fixedDays;
        const factor = table[(rng.next() * QUANTILES) | 0] as number;
        const allowed = Math.round((itemAllowed[i] as number) * (itemPerDay[i] === 1 ? days : 1) * factor);
        rowItem[rows] = i;
        rowAllowed[rows] = allowed;
        rowDays[rows] = days;
        rowNext[rows] = -1;
        if (head[day] === -1) head[day] = rows;
        else rowNext[tail[day] as number] = rows;
        tail[day] = rows;
        allowedTotal += allowed;
        rows++;
      }
    }
    out.allowed[k] = allowedTotal;

    for (const group of groups.values()) {
      const { fill, planIndexes } = group;
      if (group.fc.member.length < rows * fill.maxPieces) group.fc = createFastClaims(Math.max(rows * fill.maxPieces, group.fc.member.length * 2));
      const fc = group.fc;
      let c = 0;
      for (let day = 0; day < windowDays; day++) {
        for (let row = head[day] as number; row !== -1; row = rowNext[row] as number) {
          const i = rowItem[row] as number;
          const pieces = fill.pieces[i] as number;
          const allowed = rowAllowed[row] as number;
          for (let p = 0; p < pieces; p++) {
            fc.member[c] = itemMember[i] as number;
            fc.service[c] = itemService[i] as number;
            fc.allowedCents[c] = pieces === 1 ? allowed : Math.floor(allowed / pieces) + (p === pieces - 1 ? allowed % pieces : 0);
            fc.days[c] = itemIsStay[i] === 1 ? (rowDays[row] as number) : 1;
            fc.supplyDays[c] = fill.supplyDays[i] as number;
            fc.channel[c] = fill.channel[i] as number;
            fc.admitted[c] = itemAdmitted[i] as number;
            fc.year[c] = 0;
            c++;
          }
        }
      }
      fc.count = c;
      for (const p of planIndexes) {
        priceTotalsFast(plans[p] as CompiledPlan, household, fc, totals);
        (out.outOfPocket[p] as Float64Array)[k] = totals.memberPaysCents;
        (out.notCovered[p] as Float64Array)[k] = totals.notCoveredCents;
      }
    }
  }
  return out;
}
