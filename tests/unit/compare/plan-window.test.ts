import { describe, expect, it } from 'vitest';
import { evenOffsets, isoDate, monthOffset, planWindow } from '../../../src-main/compare/plan-window';

const fehb = { planYear: { start: '2022-01-01', end: '2022-12-31', label: '2022' } };
const district = { planYear: { start: '2021-07-01', end: '2022-06-30', label: '2021–22' } };

describe('the plan year a comparison prices', () => {
  it("is the plan's own year by default", () => {
    expect(planWindow(fehb)).toMatchObject({ start: '2022-01-01', end: '2022-12-31', days: 365, label: '2022' });
    expect(planWindow(district)).toMatchObject({ start: '2021-07-01', end: '2022-06-30', label: '2021-07-01…2022-06-30' });
  });

  it('moves by whole years to the plan year that contains the requested date', () => {
    expect(planWindow(fehb, '2024-01-01')).toMatchObject({ start: '2024-01-01', end: '2024-12-31', days: 366 });
    expect(planWindow(fehb, '2023-03-15')).toMatchObject({ start: '2023-01-01' });
    expect(planWindow(district, '2022-03-01')).toMatchObject({ start: '2021-07-01' });
    expect(planWindow(district, '2022-07-01')).toMatchObject({ start: '2022-07-01', end: '2023-06-30' });
  });

  it('finds a calendar month inside a July–June year', () => {
    const w = planWindow(district);
    expect(isoDate(w.startDay + monthOffset(w, 7))).toBe('2021-07-01');
    expect(isoDate(w.startDay + monthOffset(w, 3))).toBe('2022-03-01');
  });

  it('spreads visits evenly over the year', () => {
    expect(evenOffsets(4, 365)).toEqual([45, 136, 228, 319]);
    expect(evenOffsets(12, 365).map((d) => isoDate(planWindow(fehb).startDay + d).slice(5, 7))).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
    ]);
    expect(evenOffsets(2, 365, 300)).toEqual([316, 348]);
  });
});
