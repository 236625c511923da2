import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src-main/data-dir';

describe('the per-user data folder of the web host and command line', () => {
  it('follows BENEFITS_COUNSELOR_DATA_DIR when set', () => {
    expect(defaultDataDir({ BENEFITS_COUNSELOR_DATA_DIR: '/srv/bc' }, 'linux')).toBe('/srv/bc');
  });
  it('uses XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x' }, 'linux')).toBe('/x/benefits-counselor');
    expect(defaultDataDir({}, 'linux')).toMatch(/\.local\/share\/benefits-counselor$/);
  });
  it('uses %APPDATA% on Windows and Application Support on macOS', () => {
    expect(defaultDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toMatch(/Roaming.benefits-counselor$/);
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/benefits-counselor$/);
  });
});
