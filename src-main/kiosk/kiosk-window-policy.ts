import type { BrowserWindowConstructorOptions, SaveDialogOptions } from 'electron';
import { basename, join } from 'node:path';
import { mainWindowOptions } from '../security/window-options';

// The kiosk window's rules as pure functions, unit-tested without the Electron binary. electron-kiosk.ts
// applies them. On Windows and Linux Electron's `kiosk: true` is only full screen; locking the machine
// down is the operating system's job. The app's job is to leave nothing of a client behind.

const PERSISTENT_PREFIX = 'persist:';

/**
 * A fresh partition name per client. Without the "persist:" prefix Electron keeps the session in memory
 * only: cookies, storage and cache never reach the disk and vanish with the app.
 */
export function kioskPartitionName(clientId: string): string {
  const name = `kiosk-client-${clientId}`;
  if (!isInMemoryPartition(name)) throw new Error(`partition "${name}" would be written to disk`);
  return name;
}

export function isInMemoryPartition(partition: string): boolean {
  return partition !== '' && !partition.startsWith(PERSISTENT_PREFIX);
}

/** Full screen, no menu, no DevTools, no spellcheck, in its own in-memory session. */
export function kioskWindowOptions(preloadPath: string, partition: string): BrowserWindowConstructorOptions {
  if (!isInMemoryPartition(partition)) throw new Error(`kiosk windows need an in-memory partition, not "${partition}"`);
  const base = mainWindowOptions(preloadPath);
  return {
    ...base,
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    minimizable: false,
    movable: false,
    webPreferences: {
      ...base.webPreferences,
      partition,
      devTools: false,
      // Names typed at a kiosk must never land in a spelling dictionary.
      spellcheck: false,
    },
  };
}

/** The parts of Electron's `Input` (before-input-event) the decision needs. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

export type ZoomDirection = 'in' | 'out' | 'reset';
export type KeyDecision = { action: 'allow' } | { action: 'block'; why: string } | { action: 'zoom'; direction: ZoomDirection };

const ALLOW: KeyDecision = { action: 'allow' };
const block = (why: string): KeyDecision => ({ action: 'block', why });

/**
 * What a key press may do in the kiosk window. Reload, DevTools, view-source, new windows, closing and
 * history navigation are blocked; zoom stays available (there is no menu, so the app applies it itself);
 * printing stays available for the employee's copy.
 */
export function kioskKeyDecision(input: KeyInput): KeyDecision {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return ALLOW;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const command = input.control || input.meta;
  if (key === 'F5' || (command && key === 'r') || key === 'BrowserRefresh') return block('reload');
  if (key === 'F12' || (command && (input.shift || input.alt) && ['i', 'j', 'c'].includes(key))) return block('developer tools');
  if (command && key === 'u') return block('view source');
  if (command && ['n', 't'].includes(key)) return block('new window');
  if (command && (key === 'w' || key === 'F4')) return block('close window');
  if ((input.alt && (key === 'ArrowLeft' || key === 'ArrowRight')) || (input.meta && (key === '[' || key === ']'))) {
    return block('history navigation');
  }
  if (key === 'BrowserBack' || key === 'BrowserForward') return block('history navigation');
  if (command && !input.alt) {
    if (key === '=' || key === '+') return { action: 'zoom', direction: 'in' };
    if (key === '-' || key === '_') return { action: 'zoom', direction: 'out' };
    if (key === '0') return { action: 'zoom', direction: 'reset' };
  }
  return ALLOW;
}

/** Chromium's zoom steps: a person who needs large text can reach 300 %. */
export const ZOOM_STEPS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

export function nextZoomFactor(current: number, direction: ZoomDirection): number {
  if (direction === 'reset') return 1;
  if (direction === 'in') return ZOOM_STEPS.find((s) => s > current + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1] ?? 1;
  return [...ZOOM_STEPS].reverse().find((s) => s < current - 0.001) ?? ZOOM_STEPS[0];
}

/** A file name from the renderer, reduced to a bare name: it may not choose the folder. */
export function safeFileName(name: string): string {
  const bare = basename(name.replaceAll('\\', '/'))
    // Control characters are exactly what must not reach a file name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .trim();
  return bare === '' || bare === '.' || bare === '..' ? 'export' : bare.slice(0, 120);
}

/**
 * Save dialog for an export at a kiosk: always opens in the same neutral folder (never the last one a
 * previous client chose), and keeps the file off the recent-documents list.
 */
export function kioskSaveDialogOptions(fileName: string, neutralDir: string): SaveDialogOptions {
  return {
    title: 'Save a copy for the employee',
    defaultPath: join(neutralDir, safeFileName(fileName)),
    properties: ['showOverwriteConfirmation', 'createDirectory', 'dontAddToRecent'],
  };
}

/** Backstop for a hung renderer: the main process ends a session left idle a minute past the limit. */
export const WATCHDOG_GRACE_SECONDS = 60;

/**
 * True when the machine has been idle past the limit AND someone used this window since it opened (the
 * last input came after the window opened). A fresh window nobody touched is never replaced again.
 */
export function idleWatchdogShouldEnd(systemIdleSeconds: number, idleMinutes: number, secondsSinceWindowOpened: number): boolean {
  return systemIdleSeconds >= idleMinutes * 60 + WATCHDOG_GRACE_SECONDS && systemIdleSeconds < secondsSinceWindowOpened;
}
