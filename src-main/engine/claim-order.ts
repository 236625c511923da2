import type { Claim } from '../../src-shared/claims-schema';
import { SERVICE_CODES } from '../../src-shared/services';
import { DEFAULT_SUPPLY_DAYS, channelIndex } from './fast-input';
import type { RawRows } from './validate-claim';
import {
  BRAND_INDEX,
  DEFAULT_CHANNEL_INDEX,
  RAW_FIELDS,
  R_ADMITTED,
  R_CHANNEL,
  R_DAYS,
  R_MEMBER,
  R_NETWORK,
  R_PRECERT,
  R_PURPOSE,
  R_SERVICE,
  R_SETTING,
  R_SUPPLY,
} from './validate-claim';

/**
 * The order of claims on the same day (README "Same-day claims"): claims are priced in date order; on one
 * date by member id (as text, so neither the claims' nor the members' order matters), then by service (the order of SERVICE_CODES: visits, tests,
 * procedures, stays, drugs …), then the smaller allowed amount first, then days, supply, pharmacy,
 * admission, purpose, setting and label. The order a list gives does not matter: the same claims in any
 * order give the same ledger. The comparison's simulated years follow the same rule (care-items.ts sorts
 * the care items this way; claim-rows.ts keeps a day's rows of one member and service by amount).
 */
export function compareSameDay(
  a: {
    member: string;
    service: number;
    allowed: number;
    days: number;
    supply: number;
    channel: number;
    admitted: number;
    purpose: number;
    setting: number;
    network?: number;
    precert?: number;
    label: string;
  },
  b: typeof a,
): number {
  return (
    (a.member < b.member ? -1 : a.member > b.member ? 1 : 0) ||
    a.service - b.service ||
    a.allowed - b.allowed ||
    a.days - b.days ||
    a.supply - b.supply ||
    a.channel - b.channel ||
    a.admitted - b.admitted ||
    a.purpose - b.purpose ||
    a.setting - b.setting ||
    (a.network ?? 0) - (b.network ?? 0) ||
    (a.precert ?? 0) - (b.precert ?? 0) ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  );
}

/** The rows of a claim list in adjudication order: sorted row → row as checked (validate-claim.ts). */
export function sortRows(claims: readonly Claim[], ids: readonly string[], rr: RawRows): Int32Array {
  const { raw, keys, rowClaim, rowPart, rows } = rr;
  // Date order across the household; on one date the same-day order (compareSameDay), by the claim as
  // given, so that a brand's price difference stays right after its copay row.
  const sortKey = (k: number) => {
    const r = k * RAW_FIELDS;
    const c = claims[rowClaim[k] as number] as Claim;
    return {
      member: ids[raw[r + R_MEMBER] as number] as string,
      service: rowPart[k] === 1 ? BRAND_INDEX : (raw[r + R_SERVICE] as number),
      allowed: c.allowedCents,
      days: rowPart[k] === 1 ? (c.days ?? 1) : (raw[r + R_DAYS] as number),
      supply: rowPart[k] === 1 ? (c.supplyDays ?? DEFAULT_SUPPLY_DAYS) : (raw[r + R_SUPPLY] as number),
      channel: rowPart[k] === 1 ? (c.channel === undefined ? DEFAULT_CHANNEL_INDEX : channelIndex(c.channel)) : (raw[r + R_CHANNEL] as number),
      admitted: raw[r + R_ADMITTED] as number,
      purpose: raw[r + R_PURPOSE] as number,
      setting: raw[r + R_SETTING] as number,
      network: raw[r + R_NETWORK] as number,
      precert: raw[r + R_PRECERT] as number,
      label: c.label ?? '',
    };
  };
  // Sorted in two passes, fast for long lists: first by the date, the member (ranked by id as text) and
  // the service, packed into one number with the row (a plain numeric sort, no comparator); then each run
  // of rows equal in those (a member's claims of one service on one day, usually one or two) by the rest.
  const byId = ids.map((_, m) => m).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0));
  const memberRank = new Int32Array(ids.length);
  byId.forEach((m, rank) => (memberRank[m] = rank));
  // Day keys (y·10000 + m·100 + d) of a list span at most two plan years: a few tens of thousands apart.
  let firstKey = Infinity;
  for (let k = 0; k < rows; k++) if ((keys[k] as number) < firstKey) firstKey = keys[k] as number;
  const packed = new Float64Array(rows);
  const claimAllowed = new Float64Array(rows);
  for (let k = 0; k < rows; k++) {
    claimAllowed[k] = (claims[rowClaim[k] as number] as Claim).allowedCents;
    const r = k * RAW_FIELDS;
    const sortService = rowPart[k] === 1 ? BRAND_INDEX : (raw[r + R_SERVICE] as number);
    const group = (((keys[k] as number) - firstKey) * ids.length + (memberRank[raw[r + R_MEMBER] as number] as number)) * SERVICE_CODES.length + sortService;
    packed[k] = group * rows + k;
  }
  packed.sort();
  const rowOrder = new Int32Array(rows);
  for (let j = 0; j < rows; j++) rowOrder[j] = (packed[j] as number) % rows;
  // Two brand claims of one member and day alike in everything the same-day order compares are told apart
  // by the generic's price, then by the claim, before the part: each claim's price difference stays right
  // after its own copay row (with the part first, two such claims priced A, B, A's difference, B's, and
  // the ledger put both differences on B's line).
  const genericOf = (k: number): number => (claims[rowClaim[k] as number] as Claim).genericAllowedCents ?? -1;
  const tie = (a: number, b: number): number =>
    (claimAllowed[a] as number) - (claimAllowed[b] as number) ||
    compareSameDay(sortKey(a), sortKey(b)) ||
    genericOf(a) - genericOf(b) ||
    (rowClaim[a] as number) - (rowClaim[b] as number) ||
    (rowPart[a] as number) - (rowPart[b] as number);
  for (let from = 0; from < rows;) {
    const group = Math.floor((packed[from] as number) / rows);
    let to = from + 1;
    while (to < rows && Math.floor((packed[to] as number) / rows) === group) to++;
    // Insertion sort: a run is a few rows.
    for (let x = from + 1; x < to; x++) {
      const row = rowOrder[x] as number;
      let y = x - 1;
      while (y >= from && tie(rowOrder[y] as number, row) > 0) {
        rowOrder[y + 1] = rowOrder[y] as number;
        y--;
      }
      rowOrder[y + 1] = row;
    }
    from = to;
  }
  return rowOrder;
}
