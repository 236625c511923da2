import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { SessionState } from '../../src-shared/session-schema';
import { durabilityState } from './durability-writer';

// Durability (issue 7): a child process saves sessions through the real handlers; it is killed with SIGKILL
// at random moments, 20 times. After each restart the file passes PRAGMA integrity_check and every session
// whose save had returned (the child printed its id after the handler answered) is there, intact.

const appRoot = findAppRoot();
const WRITER = join(appRoot, 'tests', 'integration', 'durability-writer.ts');
const ROUNDS = 20;
const SEED = 0x5eed_7;
const dataDir = mkdtempSync(join(tmpdir(), 'bc-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** mulberry32: a repeatable sequence of "random" kill moments. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Round {
  /** id → the last version whose save returned. */
  saved: Map<string, string>;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the writer and kills it either after `afterSaves` returned saves or `afterMs` after it is ready. */
function runAndKill(round: number, kill: { afterSaves: number } | { afterMs: number }): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(round)], { cwd: appRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const saved = new Map<string, string>();
    let count = 0;
    let buffer = '';
    let stderr = '';
    const killNow = () => child.kill('SIGKILL');
    const watchdog = setTimeout(killNow, 20_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready' && 'afterMs' in kill) setTimeout(killNow, kill.afterMs);
        const m = /^saved (\S+) (\S+)$/.exec(line);
        if (!m?.[1] || !m[2]) continue;
        saved.set(m[1], m[2]);
        count++;
        if ('afterSaves' in kill && count === kill.afterSaves) killNow();
      }
    });
    child.on('error', reject);
    // 'close' comes after stdout has ended: every line the child wrote before dying has been read.
    child.on('close', (_code, signal) => {
      clearTimeout(watchdog);
      resolve({ saved, signal, stderr });
    });
  });
}

/** "3-41" is later than "3-40" and than anything of round 2. */
function isAtLeast(version: string, than: string): boolean {
  const [r1, i1] = version.split('-').map(Number);
  const [r2, i2] = than.split('-').map(Number);
  return (r1 ?? 0) > (r2 ?? 0) || ((r1 ?? 0) === (r2 ?? 0) && (i1 ?? 0) >= (i2 ?? 0));
}

describe('durability under SIGKILL', () => {
  it(`keeps every returned save intact and the file sound across ${ROUNDS} kills`, async () => {
    const random = prng(SEED);
    const expected = new Map<string, string>();
    let totalSaves = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const kill = random() < 0.5 ? { afterSaves: 1 + Math.floor(random() * 150) } : { afterMs: Math.floor(random() * 250) };
      const result = await runAndKill(round, kill);
      expect(result.signal, `round ${round}: the writer ended by itself: ${result.stderr}`).toBe('SIGKILL');
      for (const [id, version] of result.saved) expected.set(id, version);
      totalSaves += result.saved.size;

      // Restart: the app's own startup check, then the full integrity check, then every returned save.
      const app = openApp({ appRoot, dataDir, transport: 'test' });
      try {
        expect(app.ctx.readOnlyReason, `round ${round} (seed ${SEED})`).toBeNull();
        expect(app.ctx.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        const rows = app.ctx.db.prepare('SELECT id, label, json FROM sessions').all() as { id: string; label: string; json: string }[];
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const [id, version] of expected) {
          const row = byId.get(id);
          expect(row, `round ${round}: session ${id} (saved as ${version}) is missing`).toBeDefined();
          const stored = (row?.label ?? '').replace('durability ', '');
          // An update that was in flight when the child died may have committed too: never older.
          expect(isAtLeast(stored, version), `round ${round}: ${id} went back from ${version} to ${stored}`).toBe(true);
          expect(SessionState.parse(JSON.parse(row?.json ?? 'null'))).toEqual(SessionState.parse(durabilityState(stored)));
          expected.set(id, stored);
        }
      } finally {
        app.close();
      }
    }
    // The kills really landed in the middle of work.
    expect(totalSaves).toBeGreaterThan(ROUNDS);
  }, 240_000);
});
