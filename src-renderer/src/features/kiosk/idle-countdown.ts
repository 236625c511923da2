// When an idle kiosk session ends, as a pure function of how long nobody touched it. Unit-tested in
// tests/unit/kiosk without a browser; KioskGuard.svelte only feeds it the clock.

export type IdleStatus = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

/**
 * `idleMs` since the last key press or click. The last `warningSeconds` before `idleMinutes` are the
 * visible countdown; at the limit the session ends.
 */
export function idleStatus(idleMs: number, idleMinutes: number, warningSeconds: number): IdleStatus {
  const limitMs = idleMinutes * 60_000;
  const leftMs = limitMs - Math.max(0, idleMs);
  if (leftMs <= 0) return { phase: 'expired' };
  if (leftMs <= warningSeconds * 1000) return { phase: 'warning', secondsLeft: Math.ceil(leftMs / 1000) };
  return { phase: 'active' };
}

/** "1:00", "0:09". */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What counts as someone being there: a key, a click or tap, a scroll wheel. Not a drifting mouse. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
