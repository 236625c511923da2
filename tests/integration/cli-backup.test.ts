import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../src-main/app-root';
import { DATABASE_FILE } from '../../src-main/app-context';

// Issue 12, items 4 and 9 through the real command line: `backup list` and `backup restore <id|newest>` on
// an emptied data file; a plan or claims file with a UTF-8 BOM is read, one with invalid UTF-8 is refused
// with the byte offset.

const appRoot = findAppRoot();
let dir: string;
let dataDir: string;

function cli(...args: string[]): { stdout: string; stderr: string; code: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(appRoot, 'src-main', 'cli', 'main.ts'), ...args], {
    cwd: appRoot,
    env: { ...process.env, BENEFITS_COUNSELOR_DATA_DIR: dataDir },
    timeout: 120_000,
  });
  return { stdout: r.stdout.toString(), stderr: r.stderr.toString(), code: r.status };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bc-cli-backup-'));
  dataDir = join(dir, 'data');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the command line reads files as UTF-8', () => {
  it('imports a plan file that starts with a BOM and prices a claims file that starts with one', () => {
    const fixture = readFileSync(join(appRoot, 'tests', 'fixtures', 'dhmo2000plus-plan-file.json'));
    writeFileSync(join(dir, 'bom-plans.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture]));
    const imported = cli('plans', 'import', join(dir, 'bom-plans.json'));
    expect(imported.stderr).toBe('');
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^imported /) });

    const claims = { members: [{ id: 'ana', age: 34 }], claims: [{ member: 'ana', date: '2022-03-10', service: 'pcp_visit', allowed: 150 }] };
    writeFileSync(join(dir, 'bom-claims.json'), `\ufeff${JSON.stringify(claims)}`);
    const priced = cli('price', '--plan', 'fehb-kpco-2022-standard', '--claims', join(dir, 'bom-claims.json'));
    expect(priced.code).toBe(0);
    expect(JSON.parse(priced.stdout)).toMatchObject({ plan: 'fehb-kpco-2022-standard', lines: [{ service: 'pcp_visit' }] });
  }, 60_000);

  it('refuses a plan file with invalid UTF-8, naming the byte offset, and imports nothing', () => {
    const fixture = readFileSync(join(appRoot, 'tests', 'fixtures', 'dhmo2000plus-plan-file.json'), 'utf8');
    const at = fixture.indexOf('"planName"') + 13;
    const bytes = Buffer.from(fixture, 'utf8');
    bytes[at] = 0xff;
    writeFileSync(join(dir, 'bad-plans.json'), bytes);
    const r = cli('plans', 'import', join(dir, 'bad-plans.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${join(dir, 'bad-plans.json')} is not UTF-8 text: the bytes at offset ${at} (ff`);
    expect(r.stdout).toBe('');
  }, 60_000);
});

describe('backup list and backup restore', () => {
  it('lists the backups of an emptied data file with what they hold, and restores the newest', () => {
    expect(cli('backup', 'list').stdout).toMatch(/is sound: there is nothing to restore/);
    // The first run above took the day's backup; now the data file loses every byte.
    writeFileSync(join(dataDir, DATABASE_FILE), '');

    const list = cli('backup', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^The app’s data file is damaged: it is empty \(0 bytes\)/);
    expect(list.stdout).toMatch(/Restoring: The damaged file is not deleted or changed/);
    const line = list.stdout.split('\n').find((l) => l.startsWith('daily-')) ?? '';
    expect(line).toMatch(
      /^daily-\S+\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC {2}\d+ plans, 0 sessions {2}\(kept: the last backup before the data file was found damaged \(empty\)/,
    );
    const id = line.split(' ')[0] ?? '';
    const json = JSON.parse(cli('backup', 'list', '--json').stdout) as { damaged: boolean; backups: { id: string; plans: number }[] };
    expect(json.damaged).toBe(true);
    expect(json.backups.map((b) => b.id)).toEqual([id]);

    expect(cli('backup', 'restore')).toMatchObject({ code: 2, stderr: expect.stringMatching(/backup restore needs a backup id or "newest"/) });
    expect(cli('backup', 'restore', 'daily-1999-01-01T00-00-00-000Z')).toMatchObject({ code: 1, stderr: expect.stringMatching(/There is no backup/) });
    const restored = cli('backup', 'restore', 'newest');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      new RegExp(
        `^Restored the backup auto-${id}\\.sqlite3 .*now holds ${json.backups[0]?.plans} plans and 0 saved sessions, and passed its integrity check\\.`,
      ),
    );
    expect(restored.stdout).toMatch(/The damaged file is kept, unchanged, as benefits-counselor\.damaged-\S+\.sqlite3 in the data folder\./);
    expect(cli('plans', 'list').stdout).toMatch(/district-kpco-2021-dhmo2000plus/);
    expect(cli('backup', 'restore', 'newest')).toMatchObject({ code: 1, stderr: 'error: The data file is not damaged, so there is nothing to restore.\n' });
  }, 120_000);
});
