import type { AgeException } from '../../src-shared/plan-schema';
import type { SlotShare } from './compile-benefits';
import { KIND_NO_RULE, KIND_OF } from './compiled-plan';
import { EngineError } from './engine-error';

// Compiling, step 3: every slot's cost share (the rules, the age exceptions, the office settings and the
// tier rules, in that order) as flat arrays, and the age range of each exception.

/** 20 → 2000 basis points. The engine works to a hundredth of a percent so that the arithmetic stays exact. */
export function toBasisPoints(percent: number, field: string): number {
  const bp = Math.round(percent * 100);
  if (Math.abs(percent * 100 - bp) > 1e-6) {
    throw new EngineError('PLAN_INVALID', `percentages are used to two decimals at most, got ${percent}`, field);
  }
  return bp;
}

export function compileSlots(slotShares: readonly SlotShare[], exceptions: readonly AgeException[]) {
  const slots = slotShares.length;
  const slotKind = new Uint8Array(slots);
  const slotAmountCents = new Float64Array(slots);
  const slotPerDay = new Uint8Array(slots);
  const slotPercentBp = new Float64Array(slots);
  const slotCapCents = new Float64Array(slots).fill(Infinity);
  const slotAfterDeductible = new Uint8Array(slots);
  slotShares.forEach((slot, k) => {
    if (slot === null) {
      slotKind[k] = KIND_NO_RULE;
      return;
    }
    const { share, afterDeductible, field } = slot;
    slotKind[k] = KIND_OF[share.kind];
    slotAfterDeductible[k] = afterDeductible ? 1 : 0;
    if (share.kind === 'copay' || share.kind === 'copay_plus_coinsurance') {
      slotAmountCents[k] = share.amountCents;
      slotPerDay[k] = share.unit === 'day' ? 1 : 0;
    }
    if (share.kind === 'coinsurance' || share.kind === 'copay_plus_coinsurance') {
      slotPercentBp[k] = toBasisPoints(share.percent, `${field}.costShare.percent`);
    }
    if (share.kind === 'copay' || share.kind === 'coinsurance' || share.kind === 'copay_plus_coinsurance') {
      if (share.maxPerClaimCents !== undefined) slotCapCents[k] = share.maxPerClaimCents;
    }
  });

  const excMinAge = new Int32Array(exceptions.length);
  const excMaxAge = new Int32Array(exceptions.length);
  exceptions.forEach((e, i) => {
    excMinAge[i] = e.minAge ?? 0;
    excMaxAge[i] = e.maxAge ?? 1_000;
  });
  return { slotKind, slotAmountCents, slotPerDay, slotPercentBp, slotCapCents, slotAfterDeductible, excMinAge, excMaxAge };
}
