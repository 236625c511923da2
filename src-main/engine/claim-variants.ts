import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import { compareSameDay } from './claim-order';
import { createFastClaims, type FAST_CLAIM_FIELDS, type FastClaims } from './fast-input';
import { BRAND_INDEX } from './validate-claim';
import { prepareInput, type PreparedInput } from './validate-input';
import type { CompiledPlan } from './compile-plan';

// A claim list priced again and again with a small change — a few claims left out, or a few added
// after the others (compare/sensitivity.ts: "two more specialist visits …", a hundred variants per plan).
// prepareInput validates and orders a whole list; here the list is prepared once and each variant is made
// from it: the claims left out are skipped (the others keep their order: it depends only on each claim
// and its place in the list), and the added ones, prepared on their own, are merged in where
// prepareInput's order (claim-order.ts) puts them. tests/unit/engine/claim-variants.test.ts holds every
// variant to prepareInput of the same list, field for field.

/** One claim list, prepared once, and a scratch list its variants are written to. */
export interface PreparedClaims {
  cp: CompiledPlan;
  members: readonly EngineMember[];
  claims: readonly Claim[];
  input: PreparedInput;
  /** Member index → rank of its id as text (the order prepareInput puts a day's claims in). */
  memberRank: Int32Array;
  scratch: FastClaims;
}

export function prepareClaims(cp: CompiledPlan, members: readonly EngineMember[], claims: readonly Claim[]): PreparedClaims {
  const input = prepareInput(cp, members, claims);
  const ids = input.memberIds;
  const memberRank = new Int32Array(ids.length);
  ids
    .map((_, m) => m)
    .sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0))
    .forEach((m, rank) => (memberRank[m] = rank));
  return { cp, members, claims, input, memberRank, scratch: createFastClaims(input.claims.count + 16) };
}

/** A row of a prepared list, as the claim order compares it (a claim's own row: never a brand's price difference). */
function sortKey(p: PreparedInput, claims: readonly Claim[], k: number) {
  const c = p.claims;
  const claim = claims[p.order[k] as number] as Claim;
  return {
    member: p.memberIds[c.member[k] as number] as string,
    service: p.part[k] === 1 ? BRAND_INDEX : (c.service[k] as number),
    allowed: claim.allowedCents,
    days: c.days[k] as number,
    supply: c.supplyDays[k] as number,
    channel: c.channel[k] as number,
    admitted: c.admitted[k] as number,
    purpose: c.purpose[k] as number,
    setting: c.setting[k] as number,
    network: c.network[k] as number,
    precert: c.precert[k] as number,
    label: claim.label ?? '',
  };
}

/**
 * Whether row k of the list goes before row j of the added claims: by date, member and service first, then
 * the same-day order (claim-order.ts sortRows); on a full tie the list's claim, which comes first in the
 * variant's list, goes first.
 */
function goesBefore(base: PreparedClaims, k: number, added: PreparedInput, addedClaims: readonly Claim[], j: number): boolean {
  const b = base.input;
  if (b.dayKeys[k] !== added.dayKeys[j]) return (b.dayKeys[k] as number) < (added.dayKeys[j] as number);
  const rb = base.memberRank[b.claims.member[k] as number] as number;
  const ra = base.memberRank[added.claims.member[j] as number] as number;
  if (rb !== ra) return rb < ra;
  const sb = b.part[k] === 1 ? BRAND_INDEX : (b.claims.service[k] as number);
  const sa = added.claims.service[j] as number;
  if (sb !== sa) return sb < sa;
  const cb = base.claims[b.order[k] as number] as Claim;
  const ca = addedClaims[added.order[j] as number] as Claim;
  const tie =
    cb.allowedCents - ca.allowedCents ||
    compareSameDay(sortKey(b, base.claims, k), sortKey(added, addedClaims, j)) ||
    (cb.genericAllowedCents ?? -1) - (ca.genericAllowedCents ?? -1);
  return tie <= 0;
}

/** The fields claimVariant copies by name: the compiler refuses a FastClaims field it would miss. */
type Copied =
  'member' | 'service' | 'allowedCents' | 'days' | 'supplyDays' | 'channel' | 'admitted' | 'purpose' | 'setting' | 'network' | 'precert' | 'year' | 'dayKey';
const everyFieldCopied: [Exclude<(typeof FAST_CLAIM_FIELDS)[number], Copied>] extends [never] ? true : never = true;
void everyFieldCopied;

/**
 * The list without the claims at `dropped` (indexes into it) and with `added` after its claims — none of
 * them a drug asked for by brand — as prepareInput would give it; written to the list's scratch (valid
 * until the next variant).
 */
export function claimVariant(base: PreparedClaims, added: readonly Claim[], dropped: ReadonlySet<number>): FastClaims {
  const b = base.input;
  const extra = added.length > 0 ? prepareInput(base.cp, base.members, added) : null;
  if (extra && extra.part.some((p) => p === 1)) throw new RangeError('claimVariant: an added claim is a brand asked for over a generic');
  const extraRows = extra?.claims.count ?? 0;
  const need = b.claims.count + extraRows;
  if (base.scratch.member.length < need) base.scratch = createFastClaims(need * 2);
  const out = base.scratch;
  // Rows go over in runs (the list's rows between a left-out one or an added one, then each added one),
  // with a plan year counted from the list's first plan year; rebased to the variant's first row below.
  let n = 0;
  const { member, service, allowedCents, days, supplyDays, channel, admitted, purpose, setting, network, precert, year, dayKey } = out;
  const copyRun = (from: PreparedInput, start: number, end: number): void => {
    if (end <= start) return;
    // Every field of FAST_CLAIM_FIELDS, element by element and each array by name: a run is a few rows
    // (subarray views, an object each, cost more), and a loop over the field names made every copy a
    // lookup by name into arrays of three types (16% of the analysis).
    const c = from.claims;
    const shift = n - start;
    const baseYear = from.baseYear;
    for (let k = start; k < end; k++) {
      const o = k + shift;
      member[o] = c.member[k] as number;
      service[o] = c.service[k] as number;
      allowedCents[o] = c.allowedCents[k] as number;
      days[o] = c.days[k] as number;
      supplyDays[o] = c.supplyDays[k] as number;
      channel[o] = c.channel[k] as number;
      admitted[o] = c.admitted[k] as number;
      purpose[o] = c.purpose[k] as number;
      setting[o] = c.setting[k] as number;
      network[o] = c.network[k] as number;
      precert[o] = c.precert[k] as number;
      year[o] = (c.year[k] as number) + baseYear;
      dayKey[o] = c.dayKey[k] as number;
    }
    n += end - start;
  };
  let j = 0;
  let runStart = 0;
  for (let k = 0; k < b.claims.count; k++) {
    // Added rows that go before row k, then row k itself left out when it is dropped.
    if (extra !== null && j < extraRows && !goesBefore(base, k, extra, added, j)) {
      copyRun(b, runStart, k);
      runStart = k;
      do copyRun(extra, j, ++j);
      while (j < extraRows && !goesBefore(base, k, extra, added, j));
    }
    if (dropped.has(b.order[k] as number)) {
      copyRun(b, runStart, k);
      runStart = k + 1;
    }
  }
  copyRun(b, runStart, b.claims.count);
  if (extra) copyRun(extra, j, extraRows);
  const first = n > 0 ? (out.year[0] as number) : 0;
  for (let k = 0; k < n; k++) out.year[k] = (out.year[k] as number) - first;
  out.count = n;
  return out;
}
