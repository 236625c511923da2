import type { Claim } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { PHARMACY_CHANNELS, PRESCRIPTION_SERVICES, STAY_SERVICES } from '../../src-shared/services';
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
// of the simulation (a million rows per comparison) and the break-even curves. Rows are kept in day
// buckets (a linked list per day, appended in the order added), which gives the stable date order the
// engine requires without sorting. Plans that dispense every prescription the same way share one filled
// claim list.

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
  private readonly itemIsStay: Uint8Array;
  private readonly groups: { fill: PlanFill; planIndexes: number[]; fc: FastClaims }[] = [];
  private capacity = 256;
  private rowItem = new Int32Array(256);
  private rowAllowed = new Float64Array(256);
  private rowDays = new Int32Array(256);
  private rowNext = new Int32Array(256);
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
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
    this.itemIsStay = Uint8Array.from(items, (it) => (STAY_SERVICES.includes(it.service) ? 1 : 0));
    this.head = new Int32Array(care.window.days).fill(-1);
    this.tail = new Int32Array(care.window.days);
    // Issue 17: birth dates (age on the date of service) and conditions (no therapy visit limit) count here
    // too, and a day's rows of one member and service are kept smallest amount first (add()), the engine's
    // same-day order (validate-input.ts compareSameDay; care-items.ts sorts the items the same way).
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
    this.head.fill(-1);
    this.rows = 0;
    this.allowedTotal = 0;
  }

  /** One occurrence of care item `item` on day offset `day`. */
  add(item: number, day: number, allowed: number, days: number): void {
    if (this.rows >= this.capacity) this.grow();
    const r = this.rows++;
    this.rowItem[r] = item;
    this.rowAllowed[r] = allowed;
    this.rowDays[r] = days;
    this.rowNext[r] = -1;
    const t = this.tail[day] as number;
    if (this.head[day] === -1) {
      this.head[day] = r;
      this.tail[day] = r;
    } else if (this.itemGroup[this.rowItem[t] as number] !== this.itemGroup[item] || (this.rowAllowed[t] as number) <= allowed) {
      this.rowNext[t] = r;
      this.tail[day] = r;
    } else this.insertByAmount(r, day);
    this.allowedTotal += allowed;
  }

  /** Rare: a second row of one member and service on one day, smaller than the last: before the first larger one. */
  private insertByAmount(r: number, day: number): void {
    const g = this.itemGroup[this.rowItem[r] as number] as number;
    const allowed = this.rowAllowed[r] as number;
    let prev = -1;
    let cur = this.head[day] as number;
    while (cur !== -1 && !(this.itemGroup[this.rowItem[cur] as number] === g && (this.rowAllowed[cur] as number) > allowed)) {
      prev = cur;
      cur = this.rowNext[cur] as number;
    }
    this.rowNext[r] = cur;
    if (prev === -1) this.head[day] = r;
    else this.rowNext[prev] = r;
  }

  /** Prices the rows under every plan; `record(plan, totals)` reads the totals before the next plan. */
  price(record: (plan: number, totals: FastTotals) => void): void {
    const { head, rowNext, rowItem, rowAllowed, rowDays, itemMember, itemService, itemIsStay, itemAdmitted } = this;
    for (const group of this.groups) {
      const { fill } = group;
      if (group.fc.member.length < this.rows * fill.maxPieces) {
        group.fc = createFastClaims(Math.max(this.rows * fill.maxPieces, group.fc.member.length * 2));
      }
      const fc = group.fc;
      // Locals, not property loads, in the loop that runs for every claim of every simulated year.
      const { member, service, allowedCents, days, supplyDays, channel, admitted, dayKey } = fc;
      const dayKeyOf = this.dayKeyOf;
      const piecesOf = fill.pieces;
      const supplyOf = fill.supplyDays;
      const channelOf = fill.channel;
      let c = 0;
      for (let day = 0; day < head.length; day++) {
        const key = dayKeyOf[day] as number;
        for (let row = head[day] as number; row !== -1; row = rowNext[row] as number) {
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
            dayKey[c] = key;
            c++;
          }
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
    for (let day = 0; day < this.head.length; day++) {
      const date = isoDate(this.care.window.startDay + day);
      for (let row = this.head[day] as number; row !== -1; row = this.rowNext[row] as number) {
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
          claims.push(claim);
        }
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
    const rn = new Int32Array(this.capacity);
    rn.set(this.rowNext);
    this.rowNext = rn;
  }
}
