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
import { inertItemsOf, planGroups, type LazyItems, type RowGroup } from './row-groups';
import { everyoneSet, SplitYears, type MemberSet } from './member-set';
import { sameDayByAmount, sortRowsByDay } from './row-order';
import { rowSpan, segmentsOf, spanSegments, type RowSpan } from './row-spans';

export type { LazyItems } from './row-groups';
export type { MemberSet } from './member-set';

// One year of claims as flat rows, priced under several plans without allocating: the shared machinery
// of the simulation (a million rows per comparison) and the break-even curves. The engine needs the
// rows in date order, stable within a day (the order added), and on one day a member's rows of one
// service smallest amount first (row-order.ts). Plans that dispense every prescription the same way
// share one filled claim list. Rows made with cuts (row-spans.ts) also price spans of their window: the
// plan-year stretches of the arrangements' window, on the one store of the window's rows.

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
  private readonly groups: RowGroup[];
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
  /** Per day: its segment between the cuts (all 0 without cuts); the segments' first days, then the window's end. */
  private readonly segOfDay: Uint8Array;
  private readonly cutDays: Int32Array;
  /** Span 0 is the whole window; span() adds the others. */
  private readonly spans: RowSpan[] = [];
  /** The care plan's item count (the per-segment, per-item cells are segment × itemCount + item). */
  private readonly itemCount: number;
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
  /** Per segment and item (segment × items + item): the set-aside rows counted this year. */
  private readonly asideCount: Int32Array;
  /** The (segment, item) cells counted this year (asideCount > 0), in the order first counted: item and segment. */
  private readonly countedItems: Int32Array;
  private readonly countedSegs: Uint8Array;
  private counted = 0;
  /** Quick claims were summed without their rows (a lazy draw): the rows do not hold the whole year. */
  private incomplete = false;
  /** Counting sort: rows per day, then each day's first position. */
  private readonly dayStart: Int32Array;
  /** Day offset → the day's date as the engine's day key (read for members with a birth date). */
  private readonly dayKeyOf: Int32Array;
  /** Item → its (member, service) group: items are sorted, so a group's items are consecutive. */
  private readonly itemGroup: Int32Array;

  /**
   * `cuts`: days of the window where a span may start or end (plan years starting mid-window). `planClass`:
   * per plan, plans of one class (one employer's) fill a claim list of their own, setting aside what they
   * price as quick claims even where plans of another class do not (RowGroup.extraAside).
   */
  constructor(
    private readonly care: CarePlan,
    private readonly plans: readonly CompiledPlan[],
    cuts: readonly number[] = [],
    planClass: readonly number[] = [],
  ) {
    const items = care.items;
    this.itemCount = items.length;
    ({ segOfDay: this.segOfDay, cutDays: this.cutDays } = segmentsOf(care.window.days, cuts));
    const segments = this.cutDays.length - 1;
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
    this.asideCount = new Int32Array(segments * items.length);
    this.countedItems = new Int32Array(segments * items.length);
    this.countedSegs = new Uint8Array(segments * items.length);
    ({ groups: this.groups, aside: this.aside, countFrom: this.countFrom } = planGroups(care, plans, planClass, segments));
    this.spans.push(rowSpan(this.groups, this.split, { fromSeg: 0, toSeg: segments, fromDay: 0, toDay: care.window.days }));
  }

  /** The span of days [fromDay, toDay) (both the window's ends or cuts), for priceSet: its number. */
  span(fromDay: number, toDay: number): number {
    const found = this.spans.findIndex((s) => s.fromDay === fromDay && s.toDay === toDay);
    if (found >= 0) return found;
    const split = new SplitYears(this.plans.length, Math.max(1, this.care.members.length));
    this.spans.push(rowSpan(this.groups, split, { ...spanSegments(this.cutDays, fromDay, toDay), fromDay, toDay }));
    return this.spans.length - 1;
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
    for (let t = 0; t < this.counted; t++) this.asideCount[(this.countedSegs[t] as number) * this.itemCount + (this.countedItems[t] as number)] = 0;
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
        const seg = this.segOfDay[day] as number;
        const cell = seg * this.itemCount + item;
        const count = this.asideCount[cell] as number;
        if (count === 0) {
          this.countedItems[this.counted] = item;
          this.countedSegs[this.counted++] = seg;
        }
        this.asideCount[cell] = count + 1;
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
    // Rows with cuts sum their set-aside claims per span, by day: a lazy draw does not give their days.
    const noLazy = items.some((it) => it.network !== 'plan') || this.cutDays.length > 2;
    // An aside item's countFrom is the dearest quick amount of any plan here.
    return {
      maxPay: Float64Array.from(items, (item, i) => (noLazy || this.aside[i] !== 1 || item.days !== 1 || item.perDay ? -1 : (this.countFrom[i] as number))),
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
    const n = this.itemCount;
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
   * members' claims). `spanIndex` (span()): only that span's days, as rows holding only them would price.
   */
  priceSet(set: MemberSet, record: (plan: number, totals: YearTotals) => void, whole: (() => void) | null = null, spanIndex = 0): void {
    const { household, members, memberOf, plans, quickOop, reached } = set;
    const size = household.size;
    const all = this.household.size;
    const everyone = size === all;
    const span = this.spans[spanIndex] as RowSpan;
    const { split, fromSeg, toSeg } = span;
    for (let g = 0; g < this.groups.length; g++) {
      const group = this.groups[g] as RowGroup;
      const { planIndexes } = group;
      for (let j = 0; j < planIndexes.length; j++) {
        const p = planIndexes[j] as number;
        if (plans[p] !== 1) continue;
        if (!everyone && this.keptSorted && split.has(p, this.stamp)) {
          this.year.memberPaysCents = split.pays(p, members);
          this.year.notCoveredCents = 0;
          record(p, this.year);
          continue;
        }
        const cp = this.plans[p] as CompiledPlan;
        let quick = 0;
        // Care away from home is priced on its own tiers, which read the plan's accumulators: every row then.
        if (this.away > 0) {
          const fc = this.fullList(group);
          priceTotalsFast(cp, household, fc, this.totals, memberOf, group.fcMoreCuts[fromSeg] as number, group.fcMoreCuts[toSeg] as number);
        } else {
          const fc = this.keptList(group, g, span);
          priceTotalsFast(cp, household, fc, this.totals, memberOf, group.fcCuts[fromSeg] as number, group.fcCuts[toSeg] as number);
          const spanPays = span.quickPays[g] as Float64Array;
          const spanOop = span.quickOop[g] as Float64Array;
          for (let m = 0; m < size; m++) {
            quickOop[m] = spanOop[j * all + (members[m] as number)] as number;
            reached[m] = 0;
          }
          if (setAsideCheck(cp, size, quickOop, 0, reached) === SET_ASIDE_EXACT) {
            for (let m = 0; m < size; m++) quick += spanPays[j * all + (members[m] as number)] as number;
            if (set.readBySmaller) split.keep(cp, p, this.stamp, this.totals, members, spanPays, j);
          } else {
            // Within reach of a limit (about 2% of a family's plan-years, 5–14% under the district's): every
            // claim in date order. (Only the reached member's quick claims in order, the others' set aside,
            // is exact too, but built for each plan it measured no faster than this list shared by them.)
            if (this.incomplete) {
              if (!whole) throw new RangeError('these rows lack the quick claims a lazy draw summed');
              whole();
            }
            const more = this.fullList(group);
            priceTotalsFast(cp, household, more, this.totals, memberOf, group.fcMoreCuts[fromSeg] as number, group.fcMoreCuts[toSeg] as number);
          }
        }
        this.recordYear(record, p, quick);
      }
    }
  }

  /** The group's kept rows as a claim list, with the span's set-aside sums: each made once per year. */
  private keptList(group: RowGroup, g: number, span: RowSpan): FastClaims {
    if (group.keptAt !== this.stamp || !this.keptSorted) {
      this.fillGroup(group, this.keptOrder(), this.kept, group.fcCuts, null);
      group.keptAt = this.stamp;
    }
    // After the fill: it lists the group's own set-aside rows (extraRows).
    if (span.sumsAt[g] !== this.stamp || !this.keptSorted) {
      this.addUpSetAside(group, g, span);
      span.sumsAt[g] = this.stamp;
    }
    return group.fc;
  }

  /** Every row of the year as the group's claim list (fcMore), in date order: made once per year. */
  private fullList(group: RowGroup): FastClaims {
    if (group.fullAt !== this.stamp || !this.sorted) {
      this.fillGroup(group, this.dateOrder(), this.rows, group.fcMoreCuts, group.fcMore);
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
   * The span's quick claims priced whole, per plan of the group and member (in any order: a sum): those a
   * lazy draw summed (only without cuts: the whole window), and the set-aside rows of its days: the
   * rows' and the group's own (extraRows, listed by the last fill of its claim list).
   */
  private addUpSetAside(group: RowGroup, g: number, span: RowSpan): void {
    const { quickPay, quickCounts, lazyPays, lazyOop } = group;
    const quickPays = span.quickPays[g] as Float64Array;
    const quickOop = span.quickOop[g] as Float64Array;
    const { fromSeg, toSeg, fromDay, toDay } = span;
    const { rowItem, rowAllowed, rowDay, itemMember, asideRows } = this;
    const plans = group.planIndexes.length;
    const n = this.itemCount;
    const size = this.household.size;
    // Plain loops: TypedArray.fill's call costs more than these few cells, every year of every group.
    for (let c = 0; c < quickPays.length; c++) {
      quickPays[c] = lazyPays[c] as number;
      quickOop[c] = lazyOop[c] as number;
    }
    const { countedItems, countedSegs, asideCount } = this;
    for (let t = 0; t < this.counted; t++) {
      const i = countedItems[t] as number;
      const seg = countedSegs[t] as number;
      if (seg < fromSeg || seg >= toSeg) continue;
      const count = asideCount[seg * n + i] as number;
      const m = itemMember[i] as number;
      for (let j = 0; j < plans; j++) {
        // Whole cents times a count: exact, as the sum of the same amounts one by one.
        const pay = (quickPay[j * n + i] as number) * count;
        quickPays[j * size + m] = (quickPays[j * size + m] as number) + pay;
        if (quickCounts[j * n + i] === 1) quickOop[j * size + m] = (quickOop[j * size + m] as number) + pay;
      }
    }
    const { extraRows, extra } = group;
    const listed = this.setAside;
    for (let k = 0; k < listed + extra; k++) {
      const r = (k < listed ? asideRows[k] : extraRows[k - listed]) as number;
      const day = rowDay[r] as number;
      if (day < fromDay || day >= toDay) continue;
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
   * prescription split into the pieces the group's plans dispense; `cuts[s]` gets the first claim of
   * segment s (and cuts[segments] the count): a span's claims are those between its segments' cuts. Its
   * own claim list (no `into`) leaves out the rows of the group's own set-aside items, listed in extraRows.
   */
  private fillGroup(group: RowGroup, order: Int32Array, count: number, cuts: Int32Array, into: FastClaims | null): FastClaims {
    const { fill } = group;
    const extraAside = into || !group.anyExtra ? null : group.extraAside;
    if (!into && group.extraRows.length < count) group.extraRows = new Int32Array(Math.max(count, group.extraRows.length * 2));
    const { extraRows } = group;
    let extra = 0;
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
    const { segOfDay } = this;
    const lastSeg = this.cutDays.length - 2;
    let seg = 0;
    cuts[0] = 0;
    let c = 0;
    for (let k = 0; k < count; k++) {
      const row = order[k] as number;
      const i = rowItem[row] as number;
      const allowed = rowAllowed[row] as number;
      const day = rowDay[row] as number;
      // Rows in date order: a segment's claims start where the first row of a later segment comes.
      if (seg < lastSeg) for (const to = segOfDay[day] as number; seg < to;) cuts[++seg] = c;
      if (extraAside !== null && extraAside[i] === 1) {
        extraRows[extra++] = row;
        continue;
      }
      const key = dayKeyOf[day] as number;
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
    while (seg <= lastSeg) cuts[++seg] = c;
    if (!into) group.extra = extra;
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
