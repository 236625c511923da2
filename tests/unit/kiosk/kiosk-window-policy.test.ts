import { describe, expect, it } from 'vitest';
import {
  idleWatchdogShouldEnd,
  isInMemoryPartition,
  kioskKeyDecision,
  kioskPartitionName,
  kioskSaveDialogOptions,
  kioskWindowOptions,
  nextZoomFactor,
  safeFileName,
  type KeyInput,
} from '../../../src-main/kiosk/kiosk-window-policy';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});
const ctrl = (k: string, mods: Partial<KeyInput> = {}) => key(k, { control: true, ...mods });

describe('the kiosk window', () => {
  const options = kioskWindowOptions('/app/out/preload/index.cjs', kioskPartitionName('c1'));
  const prefs = options.webPreferences ?? {};

  it('is full screen, with no menu bar', () => {
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true });
  });

  it('has no DevTools and no spellcheck, and keeps the security baseline of the main window', () => {
    expect(prefs).toMatchObject({ devTools: false, spellcheck: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
  });

  it('runs each client in a fresh in-memory partition (no "persist:" prefix)', () => {
    expect(prefs.partition).toBe('kiosk-client-c1');
    expect(isInMemoryPartition(prefs.partition ?? '')).toBe(true);
    expect(kioskPartitionName('a')).not.toBe(kioskPartitionName('b'));
    expect(isInMemoryPartition('persist:kiosk')).toBe(false);
    expect(isInMemoryPartition('')).toBe(false);
    expect(() => kioskWindowOptions('/p', 'persist:kiosk')).toThrow(/in-memory partition/);
  });
});

describe('keys in the kiosk window', () => {
  it('blocks reload in every form', () => {
    for (const input of [key('F5'), ctrl('r'), ctrl('R', { shift: true }), key('r', { meta: true }), ctrl('F5')]) {
      expect(kioskKeyDecision(input)).toEqual({ action: 'block', why: 'reload' });
    }
  });

  it('blocks DevTools and view-source', () => {
    for (const input of [key('F12'), ctrl('I', { shift: true }), ctrl('J', { shift: true }), ctrl('C', { shift: true }), key('i', { meta: true, alt: true })]) {
      expect(kioskKeyDecision(input)).toMatchObject({ action: 'block', why: 'developer tools' });
    }
    expect(kioskKeyDecision(ctrl('u'))).toMatchObject({ why: 'view source' });
  });

  it('blocks new windows, closing the window and going back in history', () => {
    expect(kioskKeyDecision(ctrl('n'))).toMatchObject({ why: 'new window' });
    expect(kioskKeyDecision(ctrl('t'))).toMatchObject({ why: 'new window' });
    expect(kioskKeyDecision(ctrl('N', { shift: true }))).toMatchObject({ why: 'new window' });
    expect(kioskKeyDecision(ctrl('w'))).toMatchObject({ why: 'close window' });
    expect(kioskKeyDecision(key('ArrowLeft', { alt: true }))).toMatchObject({ why: 'history navigation' });
    expect(kioskKeyDecision(key('[', { meta: true }))).toMatchObject({ why: 'history navigation' });
    expect(kioskKeyDecision(key('BrowserBack'))).toMatchObject({ why: 'history navigation' });
  });

  it('keeps zoom available: Ctrl/Cmd with + or =, - and 0', () => {
    expect(kioskKeyDecision(ctrl('='))).toEqual({ action: 'zoom', direction: 'in' });
    expect(kioskKeyDecision(ctrl('+', { shift: true }))).toEqual({ action: 'zoom', direction: 'in' });
    expect(kioskKeyDecision(key('-', { meta: true }))).toEqual({ action: 'zoom', direction: 'out' });
    expect(kioskKeyDecision(ctrl('0'))).toEqual({ action: 'zoom', direction: 'reset' });
  });

  it('lets ordinary typing, copy and paste, printing and key releases through', () => {
    for (const input of [
      key('a'),
      key('R', { shift: true }),
      key('Enter'),
      key('Tab'),
      ctrl('c'),
      ctrl('v'),
      ctrl('p'),
      key('ArrowLeft'),
      { ...key('F5'), type: 'keyUp' },
    ]) {
      expect(kioskKeyDecision(input)).toEqual({ action: 'allow' });
    }
  });

  it('zooms in steps up to 300 % and back', () => {
    expect(nextZoomFactor(1, 'in')).toBe(1.1);
    expect(nextZoomFactor(1.1, 'out')).toBe(1);
    expect(nextZoomFactor(3, 'in')).toBe(3);
    expect(nextZoomFactor(0.67, 'out')).toBe(0.67);
    expect(nextZoomFactor(2.5, 'reset')).toBe(1);
  });
});

describe('exports at a kiosk', () => {
  it('always opens the save dialog in the same neutral folder and keeps the file off the recent list', () => {
    const options = kioskSaveDialogOptions('recommendation.pdf', '/home/kiosk/Documents');
    expect(options.defaultPath).toBe('/home/kiosk/Documents/recommendation.pdf');
    expect(options.properties).toContain('dontAddToRecent');
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('never lets the page choose the folder through the file name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\plan.csv')).toBe('plan.csv');
    expect(safeFileName('a:b*c?.csv')).toBe('a_b_c_.csv');
    expect(safeFileName('..')).toBe('export');
    expect(kioskSaveDialogOptions('/tmp/evil/x.csv', '/neutral').defaultPath).toBe('/neutral/x.csv');
  });
});

describe('the main-process idle watchdog (backstop for a hung page)', () => {
  it('ends a used session left idle a minute past the limit', () => {
    expect(idleWatchdogShouldEnd(11 * 60, 10, 30 * 60)).toBe(true);
    expect(idleWatchdogShouldEnd(10 * 60 + 59, 10, 30 * 60)).toBe(false);
  });
  it('never replaces a fresh window nobody has touched since it opened', () => {
    expect(idleWatchdogShouldEnd(40 * 60, 10, 5 * 60)).toBe(false);
  });
});
