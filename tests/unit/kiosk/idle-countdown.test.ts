import { describe, expect, it } from 'vitest';
import { ACTIVITY_EVENTS, formatCountdown, idleStatus } from '../../../src-renderer/src/features/kiosk/idle-countdown';

const MIN = 60_000;

describe('the kiosk idle timeout (default 10 minutes, warning in the last minute)', () => {
  it('stays quiet for the first nine minutes', () => {
    expect(idleStatus(0, 10, 60)).toEqual({ phase: 'active' });
    expect(idleStatus(9 * MIN - 1, 10, 60)).toEqual({ phase: 'active' });
  });

  it('counts down the last minute, second by second', () => {
    expect(idleStatus(9 * MIN, 10, 60)).toEqual({ phase: 'warning', secondsLeft: 60 });
    expect(idleStatus(9 * MIN + 500, 10, 60)).toEqual({ phase: 'warning', secondsLeft: 60 });
    expect(idleStatus(9 * MIN + 1000, 10, 60)).toEqual({ phase: 'warning', secondsLeft: 59 });
    expect(idleStatus(10 * MIN - 1, 10, 60)).toEqual({ phase: 'warning', secondsLeft: 1 });
  });

  it('ends the session at the limit, and after a long sleep', () => {
    expect(idleStatus(10 * MIN, 10, 60)).toEqual({ phase: 'expired' });
    expect(idleStatus(600 * MIN, 10, 60)).toEqual({ phase: 'expired' });
  });

  it('follows the administrator’s timeout', () => {
    expect(idleStatus(4 * MIN, 5, 60)).toEqual({ phase: 'warning', secondsLeft: 60 });
    expect(idleStatus(4 * MIN, 30, 60)).toEqual({ phase: 'active' });
  });

  it('treats a clock that went backwards as fresh activity', () => {
    expect(idleStatus(-5000, 10, 60)).toEqual({ phase: 'active' });
  });

  it('shows the countdown as minutes and seconds', () => {
    expect(formatCountdown(60)).toBe('1:00');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('counts keys, clicks, taps and the wheel as someone being there, not a drifting mouse', () => {
    expect(ACTIVITY_EVENTS).toEqual(expect.arrayContaining(['keydown', 'pointerdown']));
    expect(ACTIVITY_EVENTS).not.toContain('pointermove');
  });
});
