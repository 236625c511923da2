import type { Claim } from '../../src-shared/claims-schema';
import { NETWORK_TIERS, STAY_SERVICES } from '../../src-shared/services';
import {
  createFastClaims,
  createFastHousehold,
  createFastTotals,
  priceTotalsFast,
  serviceIndex,
  setAsideCheck,
  SET_ASIDE_EXACT,
  type CompiledPlan,
  type FastClaims,
  type FastHousehold,
  type FastTotals,
} from '../engine';
import type { CarePlan } from './care-items';
import { windowDayKeys } from './plan-window';
import { rowsToClaims } from './rows-to-claims';
import { fillFor, inertItemsOf, quickItems, type LazyItems, type PlanFill, type RowGroup } from './row-groups';
import { everyoneSet, SplitYears, type MemberSet } from './member-set';
import { sameDayByAmount, sortRowsByDay } from './row-order';

export type { LazyItems } from './row-groups';
export type { MemberSet } from './member-set';

// One year of claims as flat rows, priced under several plans without allocating: the shared machinery
// of the simulation (a million rows per comparison) and the break-even curves. The engine needs the
// rows in date order, stable within a day (the order added), and on one day a member's rows of one
// service smallest amount first (row-order.ts). Plans that dispense every prescription the same way
// share one filled claim list.

/** What the simulation and the break-even curves read of a priced year. */
export interface YearTotals {
  memberPaysCents: number;
  notCoveredCents: number;
}

export class ClaimRows {
  rows = 0;
  allowedTotal = 0;
  /** Rows of care on another network tier (away from home, out of network), counted as they are added. */
  private away = 0;
  readonly household: FastHousehold;
  private readonly totals: FastTotals;
  private readonly itemService: Int32Array;
  private readonly itemMember: Int32Array;
  private readonly itemAdmitted: Uint8Array;
  private readonly itemNetwork: Uint8Array;
  private readonly itemIsStay: Uint8Array;
  private readonly groups: RowGroup[] = [];
  private readonly year: YearTotals = { memberPaysCents: 0, notCoveredCents: 0 };
  private capacity = 256;
  private rowItem = new Int32Array(256);
  private rowAllowed = new Float64Array(256);
  private rowDays = new Int32Array(256);
  private rowDay = new Int32Array(256);
  /** The rows in date order (valid while `sorted`). */
  private order = new Int32Array(256);
  private sorted = false;
  /** The kept rows in date order (valid while `keptSorted`: every group reads the same order). */
  private partial = new Int32Array(256);
  private keptSorted = false;
  /** Counts the years (resets): what priceSet made of a year's rows is valid while its stamp is this and no row came since. */
  private stamp = 0;
  /** What each member paid when every member was priced together, for the sets of fewer (member-set.ts). */
  private readonly split: SplitYears;
  /** Every member under every plan, as price() prices them. */
  private readonly everyone: MemberSet;
  /** Per item: 1 when every plan prices it as a quick claim (its rows are set aside). */
  private readonly aside: Uint8Array;
  /** The rows kept for the engine and the rows set aside, in the order added (filled by add()). */
  private keptRows = new Int32Array(256);
  private asideRows = new Int32Array(256);
  private kept = 0;
  private setAside = 0;
  /**
   * Per item: a set-aside row allowed at least this costs every plan its whole quick amount (the dearest
   * plan's; Infinity for items not set aside). Such rows are counted per item, not listed: the year's sums
   * add each item's amount times its count (addUpSetAside), a few items instead of every row.
   */
  private readonly countFrom: Float64Array;
  private readonly asideCount: Int32Array;
  /** The items counted this year (asideCount > 0), in the order first counted. */
  private readonly countedItems: Int32Array;
  private counted = 0;
  /** Quick claims were summed without their rows (a lazy draw): the rows do not hold the whole year. */
  private incomplete = false;
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
    this.dayKeyOf = windowDayKeys(care.window.startDay, care.window.days);
    let group = -1;
    this.itemGroup = Int32Array.from(items, (it, i) => {
      const prev = items[i - 1];
      if (!prev || prev.member !== it.member || prev.service !== it.service) group++;
      return group;
    });
    this.totals = createFastTotals(Math.max(1, care.members.length));
    this.split = new SplitYears(plans.length, Math.max(1, care.members.length));
    this.everyone = everyoneSet(this.household, plans.length);
    const byKey = new Map<string, { fill: PlanFill; planIndexes: number[] }>();
    plans.forEach((p, i) => {
      const fill = fillFor(care, p.plan);
      const g = byKey.get(fill.key);
      if (g) g.planIndexes.push(i);
      else byKey.set(fill.key, { fill, planIndexes: [i] });
    });
    const members = Math.max(1, care.members.length);
    this.asideCount = new Int32Array(items.length);
    this.countedItems = new Int32Array(items.length);
    // Set aside: the items every plan prices as quick claims (one set for every group of plans).
    this.aside = new Uint8Array(items.length).fill(byKey.size > 0 ? 1 : 0);
    for (const { fill, planIndexes } of byKey.values()) {
      const { aside, ...quick } = quickItems(
        care,
        fill,
        planIndexes.map((i) => plans[i] as CompiledPlan),
        members,
      );
      aside.forEach((a, i) => (this.aside[i] = a === 1 ? (this.aside[i] as number) : 0));
      this.groups.push({ fill, planIndexes, fc: createFastClaims(256), fcMore: createFastClaims(256), keptAt: -1, fullAt: -1, ...quick });
    }
    this.countFrom = Float64Array.from(items, (_, i) => {
      if (this.aside[i] !== 1) return Infinity;
      let max = 0;
      for (const g of this.groups) for (let j = 0; j < g.planIndexes.length; j++) max = Math.max(max, g.quickPay[j * items.length + i] as number);
      return max;
    });
  }

  reset(): void {
    this.stamp++;
    this.rows = 0;
    this.away = 0;
    this.kept = 0;
    this.setAside = 0;
    this.allowedTotal = 0;
    this.sorted = false;
    this.keptSorted = false;
    for (let t = 0; t < this.counted; t++) this.asideCount[this.countedItems[t] as number] = 0;
    this.counted = 0;
    if (this.incomplete) {
      for (const g of this.groups) {
        const { lazyPays, lazyOop } = g;
        for (let c = 0; c < lazyPays.length; c++) {
          lazyPays[c] = 0;
          lazyOop[c] = 0;
        }
      }
      this.incomplete = false;
    }
  }

  /** One occurrence of care item `item` on day offset `day`. */
  add(item: number, day: number, allowed: number, days: number): void {
    if (this.rows >= this.capacity) this.grow();
    const r = this.rows++;
    this.rowItem[r] = item;
    this.rowAllowed[r] = allowed;
    this.rowDays[r] = days;
    this.rowDay[r] = day;
    if (this.aside[item] === 1) {
      if (allowed < (this.countFrom[item] as number)) this.asideRows[this.setAside++] = r;
      else {
        const count = this.asideCount[item] as number;
        if (count === 0) this.countedItems[this.counted++] = item;
        this.asideCount[item] = count + 1;
      }
    } else this.keptRows[this.kept++] = r;
    this.sorted = false;
    this.keptSorted = false;
    this.allowedTotal += allowed;
    if (this.itemNetwork[item] !== 0) this.away++;
  }

  /**
   * Items whose quick claims a drawer may sum without storing their rows (addQuickCount, addQuick): set
   * aside under every plan, one day each, priced per occurrence. None when any care is away from home
   * (such a year prices every row in date order). The rows then lack those claims (allowedTotal too);
   * price() has the year drawn again whole when it needs them.
   */
  lazyItems(): LazyItems {
    const items = this.care.items;
    const away = items.some((it) => it.network !== 'plan');
    // An aside item's countFrom is the dearest quick amount of any plan here.
    return {
      maxPay: Float64Array.from(items, (item, i) => (away || this.aside[i] !== 1 || item.days !== 1 || item.perDay ? -1 : (this.countFrom[i] as number))),
    };
  }

  /** `count` quick claims of a lazy item, each allowed at least its maxPay: every plan's quick amount. */
  addQuickCount(item: number, count: number): void {
    this.addLazy(item, count, Infinity);
  }

  /** One quick claim of a lazy item allowed `allowed`. */
  addQuick(item: number, allowed: number): void {
    this.addLazy(item, 1, allowed);
  }

  private addLazy(item: number, count: number, allowed: number): void {
    this.incomplete = true;
    const n = this.care.items.length;
    const size = this.household.size;
    const m = this.itemMember[item] as number;
    for (const g of this.groups) {
      const { quickPay, quickCounts, lazyPays, lazyOop } = g;
      for (let j = 0; j < g.planIndexes.length; j++) {
        const q = quickPay[j * n + item] as number;
        const pay = (q < allowed ? q : allowed) * count;
        lazyPays[j * size + m] = (lazyPays[j * size + m] as number) + pay;
        if (quickCounts[j * n + item] === 1) lazyOop[j * size + m] = (lazyOop[j * size + m] as number) + pay;
      }
    }
  }

  /** Every row in date order, stable within a day (kept until the next add()). */
  private dateOrder(): Int32Array {
    if (!this.sorted) this.sortRows(null, this.rows, this.order);
    this.sorted = true;
    return this.order;
  }

  /** The rows kept for the engine (not set aside), in date order: the first `kept` of the array. */
  private keptOrder(): Int32Array {
    if (!this.keptSorted) this.sortRows(this.keptRows, this.kept, this.partial);
    this.keptSorted = true;
    return this.partial;
  }

  /** Puts `count` rows — those listed in `list` (in the order added), or rows 0… — in date order into `out`. */
  private sortRows(list: Int32Array | null, count: number, out: Int32Array): void {
    sortRowsByDay(this.rowDay, this.dayStart, list, count, out);
    sameDayByAmount(out, count, this.rowDay, this.rowItem, this.rowAllowed, this.itemGroup);
  }

  /**
   * Items whose every occurrence is inert under every plan (free, on the plan's network): the
   * simulation need not store their rows at all (simulate.ts still draws them, to keep the random stream).
   */
  inertItems(): Uint8Array {
    return inertItemsOf(this.groups, this.aside);
  }

  /**
   * Prices the rows under every plan; `record(plan, totals)` reads the totals before the next plan. Rows
   * of an item every plan of the group prices as a quick claim (engine/quick-services.ts) are set aside:
   * the rest go to the engine in date order and the set-aside ones are added priced whole, which is exact
   * while the out-of-pocket limits are out of reach (setAsideCheck); within reach, every row is priced in
   * date order. `whole` draws the year again with every row stored, for the quick claims a lazy draw
   * summed without their rows (lazyItems).
   */
  price(record: (plan: number, totals: YearTotals) => void, whole: (() => void) | null = null): void {
    this.priceSet(this.everyone, record, whole);
  }

  /**
   * Prices the year of a set of these rows' members (one enrollment of a larger household; price(): all
   * of them) under its plans, exactly as price() prices rows holding only theirs: the same claims in the
   * same order, since the set's rows in date order are these rows' in date order without the others'. The
   * claim lists and the set-aside sums are made once a year for every set (the engine skips the other
   * members' claims).
   */
  priceSet(set: MemberSet, record: (plan: number, totals: YearTotals) => void, whole: (() => void) | null = null): void {
    const { household, members, memberOf, plans, quickOop, reached } = set;
    const size = household.size;
    const all = this.household.size;
    const everyone = size === all;
    for (const group of this.groups) {
      const { planIndexes } = group;
      for (let j = 0; j < planIndexes.length; j++) {
        const p = planIndexes[j] as number;
        if (plans[p] !== 1) continue;
        if (!everyone && this.keptSorted && this.split.has(p, this.stamp)) {
          this.year.memberPaysCents = this.split.pays(p, members);
          this.year.notCoveredCents = 0;
          record(p, this.year);
          continue;
        }
        const cp = this.plans[p] as CompiledPlan;
        let quick = 0;
        // Care away from home is priced on its own tiers, which read the plan's accumulators: every row then.
        if (this.away > 0) priceTotalsFast(cp, household, this.fullList(group), this.totals, memberOf);
        else {
          priceTotalsFast(cp, household, this.keptList(group), this.totals, memberOf);
          for (let m = 0; m < size; m++) {
            quickOop[m] = group.quickOop[j * all + (members[m] as number)] as number;
            reached[m] = 0;
          }
          if (setAsideCheck(cp, size, quickOop, 0, reached) === SET_ASIDE_EXACT) {
            for (let m = 0; m < size; m++) quick += group.quickPays[j * all + (members[m] as number)] as number;
            if (set.readBySmaller) this.split.keep(cp, p, this.stamp, this.totals, members, group.quickPays, j);
          } else {
            // Within reach of a limit (about 2% of a family's plan-years, 5–14% under the district's): every
            // claim in date order. (Only the reached member's quick claims in order, the others' set aside,
            // is exact too, but built for each plan it measured no faster than this list shared by them.)
            if (this.incomplete) {
              if (!whole) throw new RangeError('these rows lack the quick claims a lazy draw summed');
              whole();
            }
            priceTotalsFast(cp, household, this.fullList(group), this.totals, memberOf);
          }
        }
        this.recordYear(record, p, quick);
      }
    }
  }

  /** The group's kept rows as a claim list, with the year's set-aside sums: made once per year. */
  private keptList(group: RowGroup): FastClaims {
    if (group.keptAt !== this.stamp || !this.keptSorted) {
      this.addUpSetAside(group);
      this.fillGroup(group, this.keptOrder(), this.kept);
      group.keptAt = this.stamp;
    }
    return group.fc;
  }

  /** Every row of the year as the group's claim list (fcMore), in date order: made once per year. */
  private fullList(group: RowGroup): FastClaims {
    if (group.fullAt !== this.stamp || !this.sorted) {
      this.fillGroup(group, this.dateOrder(), this.rows, group.fcMore);
      group.fullAt = this.stamp;
    }
    return group.fcMore;
  }

  private recordYear(record: (plan: number, totals: YearTotals) => void, p: number, setAside: number): void {
    this.year.memberPaysCents = this.totals.memberPaysCents + setAside;
    this.year.notCoveredCents = this.totals.notCoveredCents;
    record(p, this.year);
  }

  /**
   * The year's quick claims priced whole, per plan of the group and member (in any order: a sum): those a
   * lazy draw summed, and the set-aside rows.
   */
  private addUpSetAside(group: RowGroup): void {
    const { quickPay, quickCounts, quickPays, quickOop, lazyPays, lazyOop } = group;
    const { rowItem, rowAllowed, itemMember, asideRows } = this;
    const plans = group.planIndexes.length;
    const n = this.care.items.length;
    const size = this.household.size;
    // Plain loops: TypedArray.fill's call costs more than these few cells, every year of every group.
    for (let c = 0; c < quickPays.length; c++) {
      quickPays[c] = lazyPays[c] as number;
      quickOop[c] = lazyOop[c] as number;
    }
    const { countedItems, asideCount } = this;
    for (let t = 0; t < this.counted; t++) {
      const i = countedItems[t] as number;
      const count = asideCount[i] as number;
      const m = itemMember[i] as number;
      for (let j = 0; j < plans; j++) {
        // Whole cents times a count: exact, as the sum of the same amounts one by one.
        const pay = (quickPay[j * n + i] as number) * count;
        quickPays[j * size + m] = (quickPays[j * size + m] as number) + pay;
        if (quickCounts[j * n + i] === 1) quickOop[j * size + m] = (quickOop[j * size + m] as number) + pay;
      }
    }
    for (let k = 0; k < this.setAside; k++) {
      const r = asideRows[k] as number;
      const i = rowItem[r] as number;
      const allowed = rowAllowed[r] as number;
      const m = itemMember[i] as number;
      for (let j = 0; j < plans; j++) {
        const q = quickPay[j * n + i] as number;
        const pay = q < allowed ? q : allowed;
        quickPays[j * size + m] = (quickPays[j * size + m] as number) + pay;
        if (quickCounts[j * n + i] === 1) quickOop[j * size + m] = (quickOop[j * size + m] as number) + pay;
      }
    }
  }

  /**
   * Fills a claim list of the group (its own, or `into`) with the first `count` rows of `order`, each
   * prescription split into the pieces the group's plans dispense.
   */
  private fillGroup(group: RowGroup, order: Int32Array, count: number, into?: FastClaims): FastClaims {
    const { fill } = group;
    const need = count * fill.maxPieces;
    let fc = into ?? group.fc;
    if (fc.member.length < need) {
      fc = createFastClaims(Math.max(need, fc.member.length * 2));
      if (into) group.fcMore = fc;
      else group.fc = fc;
    }
    // Locals, not property loads, in the loop that runs for every claim of every simulated year.
    const { rowItem, rowAllowed, rowDays, itemMember, itemService, itemIsStay, itemAdmitted, itemNetwork, dayKeyOf, rowDay } = this;
    const { member, service, allowedCents, days, supplyDays, channel, admitted, network, dayKey } = fc;
    const piecesOf = fill.pieces;
    const supplyOf = fill.supplyDays;
    const channelOf = fill.channel;
    let c = 0;
    for (let k = 0; k < count; k++) {
      const row = order[k] as number;
      const i = rowItem[row] as number;
      const allowed = rowAllowed[row] as number;
      const key = dayKeyOf[rowDay[row] as number] as number;
      const pieces = piecesOf[i] as number;
      const stayDays = itemIsStay[i] === 1 ? (rowDays[row] as number) : 1;
      for (let p = 0; p < pieces; p++) {
        member[c] = itemMember[i] as number;
        service[c] = itemService[i] as number;
        // A supply split into pieces keeps its whole allowed amount to the cent.
        allowedCents[c] = pieces === 1 ? allowed : Math.floor(allowed / pieces) + (p === pieces - 1 ? allowed % pieces : 0);
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
    return fc;
  }

  /**
   * The rows as the claim list plan `p` prices, in the order price() gives the engine (by day, then in the
   * order added), each prescription split into the pieces the plan dispenses. Used to explain one
   * simulated year line by line: priceClaims on this list gives exactly the totals price() recorded.
   */
  toClaims(p: number): Claim[] {
    const group = this.groups.find((g) => g.planIndexes.includes(p));
    if (!group) throw new RangeError(`no plan ${p} in these rows`);
    const { rowItem, rowDay, rowAllowed, rowDays } = this;
    return rowsToClaims(this.care, group.fill, { order: this.dateOrder(), count: this.rows, rowItem, rowDay, rowAllowed, rowDays });
  }

  private grow(): void {
    const n = (this.capacity *= 2);
    this.rowItem = grown(this.rowItem, new Int32Array(n));
    this.rowAllowed = grown(this.rowAllowed, new Float64Array(n));
    this.rowDays = grown(this.rowDays, new Int32Array(n));
    this.rowDay = grown(this.rowDay, new Int32Array(n));
    this.keptRows = grown(this.keptRows, new Int32Array(n));
    this.asideRows = grown(this.asideRows, new Int32Array(n));
    // Orders are made anew from the rows: no need to keep their contents.
    this.order = new Int32Array(n);
    this.partial = new Int32Array(n);
  }
}

/** `into`, holding `from`'s values first. */
function grown<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
