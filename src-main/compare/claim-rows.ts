import type { Claim } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { NETWORK_TIERS, PHARMACY_CHANNELS, PRESCRIPTION_SERVICES, STAY_SERVICES } from '../../src-shared/services';
import {
  channelIndex,
  createFastClaims,
  createFastHousehold,
  createFastTotals,
  parseDayKey,
  priceTotalsFast,
  serviceIndex,
  type CompiledPlan,
  type FastClaims,
  type FastHousehold,
  type FastTotals,
} from '../engine';
import type { CarePlan } from './care-items';
import { fitPrescription } from './pharmacy-fit';
import { isoDate } from './plan-window';

// One year of claims as flat rows, priced under several plans without allocating: the shared machinery
// of the simulation (a million rows per comparison) and the break-even curves. The engine needs the
// rows in date order, stable within a day (the order added): a counting sort by day gives it in two
// passes over the rows and one branch-free pass over the days (walking a list per day instead cost a
// mispredicted branch for each of the 365 days). On one day, a member's rows of one service go smallest
// amount first: the engine's same-day order (validate-input.ts compareSameDay; care-items.ts sorts the
// items by member and service the same way, so a day's rows of one item group are side by side). Plans
// that dispense every prescription the same way share one filled claim list.

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

export class ClaimRows {
  rows = 0;
  allowedTotal = 0;
  readonly household: FastHousehold;
  private readonly totals: FastTotals;
  private readonly itemService: Int32Array;
  private readonly itemMember: Int32Array;
  private readonly itemAdmitted: Uint8Array;
  private readonly itemNetwork: Uint8Array;
  private readonly itemIsStay: Uint8Array;
  private readonly groups: { fill: PlanFill; planIndexes: number[]; fc: FastClaims }[] = [];
  private capacity = 256;
  private rowItem = new Int32Array(256);
  private rowAllowed = new Float64Array(256);
  private rowDays = new Int32Array(256);
  private rowDay = new Int32Array(256);
  /** The rows in date order (valid while `sorted`). */
  private order = new Int32Array(256);
  private sorted = false;
  /** Counting sort: rows per day, then each day's first position. */
  private readonly dayStart: Int32Array;
  /** Day offset → the day's date as the engine's day key (read for members with a birth date). */
  private readonly dayKeyOf: Int32Array;
  /** Item → its (member, service) group: items are sorted, so a group's items are consecutive. */
  private readonly itemGroup: Int32Array;

  constructor(
    private readonly care: CarePlan,
    private readonly plans: readonly CompiledPlan[],
  ) {
    const items = care.items;
    this.itemService = Int32Array.from(items, (it) => serviceIndex(it.service));
    this.itemMember = Int32Array.from(items, (it) => it.member);
    this.itemAdmitted = Uint8Array.from(items, (it) => (it.admitted ? 1 : 0));
    this.itemNetwork = Uint8Array.from(items, (it) => NETWORK_TIERS.indexOf(it.network));
    this.itemIsStay = Uint8Array.from(items, (it) => (STAY_SERVICES.includes(it.service) ? 1 : 0));
    this.dayStart = new Int32Array(care.window.days + 1);
    // Birth dates (age on the date of service) and conditions (no therapy visit limit) count here too.
    this.household = createFastHousehold(
      care.members.map((m) => m.age),
      { birthDates: care.members.map((m) => m.birthDate), conditions: care.members.map((m) => m.conditions) },
    );
    this.dayKeyOf = Int32Array.from({ length: care.window.days }, (_, d) => parseDayKey(isoDate(care.window.startDay + d)));
    let group = -1;
    this.itemGroup = Int32Array.from(items, (it, i) => {
      const prev = items[i - 1];
      if (!prev || prev.member !== it.member || prev.service !== it.service) group++;
      return group;
    });
    this.totals = createFastTotals(Math.max(1, care.members.length));
    const byKey = new Map<string, (typeof this.groups)[number]>();
    plans.forEach((p, i) => {
      const fill = fillFor(care, p.plan);
      const g = byKey.get(fill.key);
      if (g) g.planIndexes.push(i);
      else {
        const group = { fill, planIndexes: [i], fc: createFastClaims(256) };
        byKey.set(fill.key, group);
        this.groups.push(group);
      }
    });
  }

  reset(): void {
    this.rows = 0;
    this.allowedTotal = 0;
    this.sorted = false;
  }

  /** One occurrence of care item `item` on day offset `day`. */
  add(item: number, day: number, allowed: number, days: number): void {
    if (this.rows >= this.capacity) this.grow();
    const r = this.rows++;
    this.rowItem[r] = item;
    this.rowAllowed[r] = allowed;
    this.rowDays[r] = days;
    this.rowDay[r] = day;
    this.sorted = false;
    this.allowedTotal += allowed;
  }

  /** The rows in date order, stable within a day. */
  private dateOrder(): Int32Array {
    if (this.sorted) return this.order;
    const { rowDay, dayStart, rows } = this;
    const order = this.order;
    dayStart.fill(0);
    for (let r = 0; r < rows; r++) {
      const d = (rowDay[r] as number) + 1;
      dayStart[d] = (dayStart[d] as number) + 1;
    }
    for (let d = 1; d < dayStart.length; d++) dayStart[d] = (dayStart[d] as number) + (dayStart[d - 1] as number);
    for (let r = 0; r < rows; r++) {
      const d = rowDay[r] as number;
      order[dayStart[d] as number] = r;
      dayStart[d] = (dayStart[d] as number) + 1;
    }
    // The same-day order within an item group: smallest amount first (an insertion step; such runs are
    // a row or two long, and most days have none).
    const { itemGroup, rowItem, rowAllowed } = this;
    for (let k = 1; k < rows; k++) {
      const r = order[k] as number;
      const g = itemGroup[rowItem[r] as number] as number;
      const day = rowDay[r] as number;
      const amount = rowAllowed[r] as number;
      let j = k;
      for (; j > 0; j--) {
        const q = order[j - 1] as number;
        if (rowDay[q] !== day || itemGroup[rowItem[q] as number] !== g || (rowAllowed[q] as number) <= amount) break;
        order[j] = q;
      }
      order[j] = r;
    }
    this.sorted = true;
    return order;
  }

  /** Prices the rows under every plan; `record(plan, totals)` reads the totals before the next plan. */
  price(record: (plan: number, totals: FastTotals) => void): void {
    const { rowItem, rowAllowed, rowDays, itemMember, itemService, itemIsStay, itemAdmitted } = this;
    const order = this.dateOrder();
    const rows = this.rows;
    for (const group of this.groups) {
      const { fill } = group;
      if (group.fc.member.length < this.rows * fill.maxPieces) {
        group.fc = createFastClaims(Math.max(this.rows * fill.maxPieces, group.fc.member.length * 2));
      }
      const fc = group.fc;
      // Locals, not property loads, in the loop that runs for every claim of every simulated year.
      const { member, service, allowedCents, days, supplyDays, channel, admitted, network, dayKey } = fc;
      const itemNetwork = this.itemNetwork;
      const { dayKeyOf, rowDay } = this;
      const piecesOf = fill.pieces;
      const supplyOf = fill.supplyDays;
      const channelOf = fill.channel;
      let c = 0;
      for (let k = 0; k < rows; k++) {
        const row = order[k] as number;
        const key = dayKeyOf[rowDay[row] as number] as number;
        const i = rowItem[row] as number;
        const pieces = piecesOf[i] as number;
        const allowed = rowAllowed[row] as number;
        const stayDays = itemIsStay[i] === 1 ? (rowDays[row] as number) : 1;
        if (pieces === 1) {
          member[c] = itemMember[i] as number;
          service[c] = itemService[i] as number;
          allowedCents[c] = allowed;
          days[c] = stayDays;
          supplyDays[c] = supplyOf[i] as number;
          channel[c] = channelOf[i] as number;
          admitted[c] = itemAdmitted[i] as number;
          network[c] = itemNetwork[i] as number;
          dayKey[c] = key;
          c++;
          continue;
        }
        for (let p = 0; p < pieces; p++) {
          member[c] = itemMember[i] as number;
          service[c] = itemService[i] as number;
          // A supply split into pieces keeps its whole allowed amount to the cent.
          allowedCents[c] = Math.floor(allowed / pieces) + (p === pieces - 1 ? allowed % pieces : 0);
          days[c] = stayDays;
          supplyDays[c] = supplyOf[i] as number;
          channel[c] = channelOf[i] as number;
          admitted[c] = itemAdmitted[i] as number;
          network[c] = itemNetwork[i] as number;
          dayKey[c] = key;
          c++;
        }
      }
      // year[] stays 0 (createFastClaims zero-fills it): every row is in the one plan year priced.
      fc.count = c;
      for (const p of group.planIndexes) {
        priceTotalsFast(this.plans[p] as CompiledPlan, this.household, fc, this.totals);
        record(p, this.totals);
      }
    }
  }

  /**
   * The rows as the claim list plan `p` prices, in the order price() gives the engine (by day, then in the
   * order added), each prescription split into the pieces the plan dispenses. Used to explain one
   * simulated year line by line: priceClaims on this list gives exactly the totals price() recorded.
   */
  toClaims(p: number): Claim[] {
    const group = this.groups.find((g) => g.planIndexes.includes(p));
    if (!group) throw new RangeError(`no plan ${p} in these rows`);
    const { fill } = group;
    const claims: Claim[] = [];
    const order = this.dateOrder();
    for (let n = 0; n < this.rows; n++) {
      const row = order[n] as number;
      const date = isoDate(this.care.window.startDay + (this.rowDay[row] as number));
      const i = this.rowItem[row] as number;
      const item = this.care.items[i] as CarePlan['items'][number];
      const pieces = fill.pieces[i] as number;
      const allowed = this.rowAllowed[row] as number;
      for (let k = 0; k < pieces; k++) {
        const claim: Claim = {
          member: this.care.members[item.member]?.id as string,
          date,
          service: item.service,
          allowedCents: Math.floor(allowed / pieces) + (k === pieces - 1 ? allowed % pieces : 0),
          label: item.label,
        };
        if (STAY_SERVICES.includes(item.service)) claim.days = this.rowDays[row] as number;
        if (PRESCRIPTION_SERVICES.includes(item.service)) {
          claim.supplyDays = fill.supplyDays[i] as number;
          claim.channel = PHARMACY_CHANNELS[fill.channel[i] as number];
        }
        if (item.admitted) claim.admitted = true;
        if (item.network !== 'plan') claim.network = item.network;
        claims.push(claim);
      }
    }
    return claims;
  }

  private grow(): void {
    this.capacity *= 2;
    const ri = new Int32Array(this.capacity);
    ri.set(this.rowItem);
    this.rowItem = ri;
    const ra = new Float64Array(this.capacity);
    ra.set(this.rowAllowed);
    this.rowAllowed = ra;
    const rd = new Int32Array(this.capacity);
    rd.set(this.rowDays);
    this.rowDays = rd;
    const rday = new Int32Array(this.capacity);
    rday.set(this.rowDay);
    this.rowDay = rday;
    this.order = new Int32Array(this.capacity);
  }
}
