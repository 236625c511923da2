import { describe, expect, it } from 'vitest';
import { formatDayKey, parseDayKey, planYearIndex, planYearLabel } from '../../../src-main/engine';
import { planYearAnchor } from '../../../src-main/engine/plan-year';

describe('calendar dates', () => {
  it.each([
    ['2022-03-14', 20220314],
    ['2024-02-29', 20240229],
    ['2000-02-29', 20000229],
  ])('%s is a real day', (s, key) => {
    expect(parseDayKey(s)).toBe(key);
    expect(formatDayKey(key)).toBe(s);
  });

  it.each(['2022-02-30', '2023-02-29', '1900-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '2022-4-1', '20220401', '', ' 2022-04-01', 20220401])(
    '%s is refused',
    (s) => {
      expect(parseDayKey(s)).toBe(-1);
    },
  );
});

describe('plan years', () => {
  const calendar = planYearAnchor('2022-01-01');
  const july = planYearAnchor('2021-07-01');

  it('a January 1 plan year is numbered and labelled by calendar year', () => {
    expect(planYearIndex(calendar, 20221231)).toBe(0);
    expect(planYearIndex(calendar, 20230101)).toBe(1);
    expect(planYearIndex(calendar, 20211231)).toBe(-1);
    expect(planYearLabel(calendar, 1)).toBe('2023');
  });

  it('a July 1 plan year runs July 1 to June 30', () => {
    expect(planYearIndex(july, 20220630)).toBe(0);
    expect(planYearIndex(july, 20220701)).toBe(1);
    expect(planYearIndex(july, 20210630)).toBe(-1);
    expect(planYearLabel(july, 0)).toBe('2021-07-01…2022-06-30');
    expect(planYearLabel(july, -1)).toBe('2020-07-01…2021-06-30');
  });

  it('a March 1 plan year ends on February 29 in a leap year', () => {
    expect(planYearLabel(planYearAnchor('2023-03-01'), 0)).toBe('2023-03-01…2024-02-29');
  });
});
