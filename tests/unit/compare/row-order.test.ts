import { describe, expect, it } from 'vitest';
import { sameDayByAmount, sortRowsByDay } from '../../../src-main/compare/row-order';

// A year's rows go to the engine by day, stable within a day (the order added); on one day a member's
// rows of one service smallest amount first. Both sorts (buckets for a few rows, counting for many)
// must give exactly the order a plain stable sort gives.

function randomRows(count: number, seed: number) {
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const rowDay = Int32Array.from({ length: count }, () => next(20)); // few days: many same-day rows
  const rowItem = Int32Array.from({ length: count }, () => next(6));
  const rowAllowed = Float64Array.from({ length: count }, () => 100 * next(5));
  const itemGroup = Int32Array.from([0, 0, 1, 2, 2, 3]); // items 0–1 and 3–4 are one member's one service
  return { rowDay, rowItem, rowAllowed, itemGroup };
}

/** The order as the engine defines it: by day, then within a day and item group by amount, else as added. */
function reference(rows: ReturnType<typeof randomRows>, list: number[]): number[] {
  const byDay = [...list].sort((a, b) => (rows.rowDay[a] as number) - (rows.rowDay[b] as number));
  // Within a day, runs of one item group are sorted by amount (stable); other rows keep their places.
  for (let k = 1; k < byDay.length; k++) {
    for (let j = k; j > 0; j--) {
      const [p, q] = [byDay[j - 1] as number, byDay[j] as number];
      const sameRun = rows.rowDay[p] === rows.rowDay[q] && rows.itemGroup[rows.rowItem[p] as number] === rows.itemGroup[rows.rowItem[q] as number];
      if (!sameRun || (rows.rowAllowed[p] as number) <= (rows.rowAllowed[q] as number)) break;
      [byDay[j - 1], byDay[j]] = [q, p];
    }
  }
  return byDay;
}

describe('the date order of a year’s rows', () => {
  for (const count of [0, 1, 5, 23, 48, 56, 57, 120, 400]) {
    it(`${count} rows, all of them and every other one, equal a stable sort by day (then amount within an item group)`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const rows = randomRows(count, seed);
        const dayStart = new Int32Array(21);
        for (const list of [null, Int32Array.from({ length: Math.ceil(count / 2) }, (_, i) => 2 * i)]) {
          const n = list === null ? count : list.length;
          const out = new Int32Array(Math.max(1, n));
          sortRowsByDay(rows.rowDay, dayStart, list, n, out);
          sameDayByAmount(out, n, rows.rowDay, rows.rowItem, rows.rowAllowed, rows.itemGroup);
          expect([...out.subarray(0, n)]).toEqual(reference(rows, list === null ? [...Array(count).keys()] : [...list]));
        }
      }
    });
  }
});
