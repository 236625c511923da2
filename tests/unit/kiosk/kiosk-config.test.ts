import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_MINUTES, kioskConfigPaths, loadKioskSettings, resolveKioskSettings } from '../../../src-main/kiosk/kiosk-config';

const none = [
  { path: '/etc/benefits-counselor/kiosk.json', text: null },
  { path: '/data/kiosk.json', text: null },
];
const adminFile = (text: string) => [
  { path: '/etc/benefits-counselor/kiosk.json', text },
  { path: '/data/kiosk.json', text: null },
];

describe('kiosk mode: the --kiosk switch and the administrator’s kiosk.json', () => {
  it('is off by default, with a 10-minute idle timeout', () => {
    expect(resolveKioskSettings(false, none)).toEqual({ enabled: false, idleMinutes: 10, language: 'en', source: 'default', problems: [] });
    expect(DEFAULT_IDLE_MINUTES).toBe(10);
  });

  it('is on with --kiosk alone', () => {
    expect(resolveKioskSettings(true, none)).toMatchObject({ enabled: true, idleMinutes: 10, source: '--kiosk' });
  });

  it('is on when an administrator fixes it in kiosk.json, even without the switch, with their timeout', () => {
    expect(resolveKioskSettings(false, adminFile('{ "kiosk": true, "idleMinutes": 5 }'))).toEqual({
      enabled: true,
      idleMinutes: 5,
      language: 'en',
      source: '/etc/benefits-counselor/kiosk.json',
      problems: [],
    });
  });

  it('starts each session in the language kiosk.json gives (English without one), and refuses a language it does not speak', () => {
    expect(resolveKioskSettings(false, adminFile('{ "kiosk": true, "language": "es" }'))).toMatchObject({ enabled: true, language: 'es', problems: [] });
    expect(resolveKioskSettings(true, none).language).toBe('en');
    const wrong = resolveKioskSettings(false, adminFile('{ "kiosk": false, "language": "fr" }'));
    expect(wrong).toMatchObject({ enabled: true, language: 'en' });
    expect(wrong.problems[0]).toContain('language');
  });

  it('cannot be switched off by a file once --kiosk is given (a file only makes the app stricter)', () => {
    expect(resolveKioskSettings(true, adminFile('{ "kiosk": false, "idleMinutes": 3 }'))).toMatchObject({ enabled: true, idleMinutes: 3 });
  });

  it('uses the machine-wide file before the one in the data folder', () => {
    const files = [
      { path: '/etc/benefits-counselor/kiosk.json', text: '{ "kiosk": true, "idleMinutes": 4 }' },
      { path: '/data/kiosk.json', text: '{ "kiosk": false, "idleMinutes": 30 }' },
    ];
    expect(resolveKioskSettings(false, files)).toMatchObject({ enabled: true, idleMinutes: 4, source: '/etc/benefits-counselor/kiosk.json' });
  });

  it('reads the per-user file in the data folder when there is no machine-wide one', () => {
    const files = [
      { path: '/etc/benefits-counselor/kiosk.json', text: null },
      { path: '/data/kiosk.json', text: '{ "idleMinutes": 15 }' },
    ];
    expect(resolveKioskSettings(false, files)).toMatchObject({ enabled: false, idleMinutes: 15, source: '/data/kiosk.json' });
  });

  it('fails closed: a file it cannot understand turns kiosk mode on and names the problem', () => {
    const broken = resolveKioskSettings(false, adminFile('{ kiosk: yes'));
    expect(broken).toMatchObject({ enabled: true, idleMinutes: 10 });
    expect(broken.problems[0]).toMatch(/kiosk\.json: is not valid JSON\. Kiosk mode is on until the file is fixed\./);

    const tooShort = resolveKioskSettings(false, adminFile('{ "idleMinutes": 1 }'));
    expect(tooShort.enabled).toBe(true);
    expect(tooShort.problems[0]).toMatch(/idleMinutes/);

    const misspelled = resolveKioskSettings(false, adminFile('{ "kiosk": true, "idleMinute": 5 }'));
    expect(misspelled.problems[0]).toMatch(/idleMinute/);

    const unreadable = resolveKioskSettings(false, [{ path: '/etc/benefits-counselor/kiosk.json', text: null, readError: 'EACCES' }]);
    expect(unreadable).toMatchObject({ enabled: true });
    expect(unreadable.problems[0]).toMatch(/could not be read \(EACCES\)/);
  });

  it('looks in the folder only an administrator can write, per platform, then in the data folder', () => {
    expect(kioskConfigPaths('/home/a/.local/share/benefits-counselor', 'linux', {})).toEqual([
      '/etc/benefits-counselor/kiosk.json',
      '/home/a/.local/share/benefits-counselor/kiosk.json',
    ]);
    expect(kioskConfigPaths('/Users/a/data', 'darwin', {})[0]).toBe('/Library/Application Support/Benefits Counselor/kiosk.json');
    expect(kioskConfigPaths('D:/data', 'win32', { ProgramData: 'D:/ProgramData' })[0]).toBe(join('D:/ProgramData', 'Benefits Counselor', 'kiosk.json'));
  });

  it('reads real files from disk, a missing file being no problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-kiosk-'));
    writeFileSync(join(dir, 'kiosk.json'), JSON.stringify({ kiosk: true, idleMinutes: 7 }));
    expect(loadKioskSettings(false, [join(dir, 'missing.json'), join(dir, 'kiosk.json')])).toMatchObject({ enabled: true, idleMinutes: 7, problems: [] });
    expect(loadKioskSettings(false, [join(dir, 'missing.json')])).toMatchObject({ enabled: false, problems: [] });
  });
});
