import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { ok } from '../support/temp-app';

// Issue 12, item 1: the command line's output arrives whole through a pipe (to a reader that starts late,
// and into gzip), a file and a terminal, with outputs over 1 MB where the command can produce them (a single
// plan, `plans show`, stays under the 64 KiB a pipe holds). The real CLI is spawned (`node --import tsx
// src-main/cli/main.ts`, what `npm run --silent cli` runs) on a data folder holding 150 imported plans.

const appRoot = findAppRoot();
const MAIN = join(appRoot, 'src-main', 'cli', 'main.ts');
/** What `npm run --silent cli` runs (tsx), as one process so its CPU time can be watched. */
const NODE_ARGS = ['--import', 'tsx', MAIN];
const COPIES = 50; // × 3 FEHB plans
let dir: string;
let dataDir: string;
let planCount: number;

interface Run {
  stdout: Buffer;
  stderr: string;
  code: number | null;
}

const env = () => ({ ...process.env, BENEFITS_COUNSELOR_DATA_DIR: dataDir });

/** CPU time (user + system, clock ticks) the process has used so far; null once it is gone. */
function cpuTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * The CLI writing into a pipe whose reader (a shell `cat`) starts reading only once the CLI has finished
 * its work: once it has exited, or has used no CPU for a second (it is then waiting for the pipe to
 * drain). The pipe holds 64 KiB, so a CLI that exits with output still queued loses the rest.
 */
async function throughSlowPipe(args: string[]): Promise<Run> {
  const id = Math.random().toString(36).slice(2);
  const fifo = join(dir, `pipe-${id}`);
  const go = join(dir, `go-${id}`);
  const out = join(dir, `out-${id}.txt`);
  spawnSync('mkfifo', [fifo]);
  const reader = spawn('sh', ['-c', 'exec 3<"$FIFO"; while [ ! -e "$GO" ]; do sleep 0.05; done; cat <&3 > "$OUT"'], {
    env: { ...process.env, FIFO: fifo, GO: go, OUT: out },
    stdio: 'ignore',
  });
  const readerDone = new Promise<void>((resolve) => reader.on('close', () => resolve()));
  const fd = openSync(fifo, 'w'); // returns once the reader has the pipe open
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: appRoot, env: env(), stdio: ['ignore', fd, 'pipe'] });
  closeSync(fd);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let last = -1;
  let idleSince = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const ticks = child.exitCode !== null || child.pid === undefined ? null : cpuTicks(child.pid);
    if (ticks === null) break;
    if (ticks !== last) {
      last = ticks;
      idleSince = Date.now();
    } else if (Date.now() - idleSince >= 1000) break;
  }
  writeFileSync(go, '');
  const code = await exited;
  await readerDone;
  return { stdout: readFileSync(out), stderr, code };
}

/** The CLI writing straight into a file (its stdout is the file descriptor). */
function intoFile(args: string[]): Run {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.txt`);
  const fd = openSync(out, 'w');
  try {
    const r = spawnSync(process.execPath, [...NODE_ARGS, ...args], { cwd: appRoot, env: env(), stdio: ['ignore', fd, 'pipe'], timeout: 120_000 });
    return { stdout: readFileSync(out), stderr: r.stderr.toString(), code: r.status };
  } finally {
    closeSync(fd);
  }
}

/** A shell pipeline into a real consumer: `… | gzip -c > file`, as an administrator would run it. */
function throughGzip(args: string[]): Run {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.gz`);
  const quoted = [process.execPath, ...NODE_ARGS, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('sh', ['-c', `${quoted} | gzip -c > '${out}'; exit $(( $? ))`], { cwd: appRoot, env: env(), timeout: 120_000 });
  return { stdout: gunzipSync(readFileSync(out)), stderr: r.stderr.toString(), code: r.status };
}

/** In a terminal: util-linux `script` gives the CLI a pseudo-terminal as stdout. */
function inTerminal(args: string[]): Run | null {
  const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;
  if (!hasScript) return null;
  const log = join(dir, `tty-${Math.random().toString(36).slice(2)}.txt`);
  const quoted = [process.execPath, ...NODE_ARGS, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', quoted, log], { cwd: appRoot, env: env(), stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  // The terminal turns "\n" into "\r\n"; `script` may add a header line to its log file.
  const text = readFileSync(log, 'utf8')
    .replace(/\r\n/g, '\n')
    .replace(/^Script started[^\n]*\n/, '')
    .replace(/\nScript done[^\n]*\n?$/, '\n');
  return { stdout: Buffer.from(text), stderr: r.stderr.toString(), code: r.status };
}

const MB = 1024 * 1024;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bc-cli-pipes-'));
  dataDir = join(dir, 'data');
  const app = openApp({ appRoot, dataDir, transport: 'test' });
  const file = JSON.parse((await ok(app, 'plans:export', { ids: ['fehb-kpco-2022-high', 'fehb-kpco-2022-standard', 'fehb-kpco-2022-prosper'] })).text) as {
    plans: { id: string; planName: string }[];
  };
  const copies = Array.from({ length: COPIES }, (_v, i) =>
    file.plans.map((p) => ({ ...p, id: `${p.id}-copy-${i}`, planName: `${p.planName} copy ${i}` })),
  ).flat();
  for (let i = 0; i < copies.length; i += 50) await ok(app, 'plans:import', { text: JSON.stringify({ ...file, plans: copies.slice(i, i + 50) }) });
  planCount = (await ok(app, 'plans:list', {})).length;
  await app.dailyBackup;
  app.close();

  // 6,000 claims for `price`.
  const claims = Array.from({ length: 6000 }, (_v, i) => ({
    member: i % 2 ? 'ana' : 'leo',
    date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    service: ['pcp_visit', 'specialist_visit', 'lab_test', 'rx_generic'][i % 4],
    allowed: 100 + (i % 50),
  }));
  writeFileSync(
    join(dir, 'claims.json'),
    JSON.stringify({
      members: [
        { id: 'ana', age: 34 },
        { id: 'leo', age: 6 },
      ],
      claims,
    }),
  );
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Check = (out: string) => void;

function allWays(rawArgs: string[], check: Check, minBytes: number, { terminal = false, gzip = true } = {}) {
  return async () => {
    const args = rawArgs.map((a) => (a === '__CLAIMS__' ? join(dir, 'claims.json') : a));
    const runs: [string, Run | null][] = [
      ['a pipe to a slow reader', await throughSlowPipe(args)],
      ['a file', intoFile(args)],
      ...(gzip ? ([['a pipe into gzip', throughGzip(args)]] as [string, Run][]) : []),
      ...(terminal ? ([['a terminal', inTerminal(args)]] as [string, Run | null][]) : []),
    ];
    for (const [how, run] of runs) {
      if (!run) continue; // no `script` on this machine
      expect(run.code, `${how}: exit code (stderr: ${run.stderr.slice(0, 300)})`).toBe(0);
      expect(run.stdout.length, `${how}: bytes`).toBeGreaterThanOrEqual(minBytes);
      check(run.stdout.toString('utf8'));
    }
  };
}

describe('command-line output through a pipe, a file and a terminal', () => {
  it(
    'plans export --all (over 1 MB) arrives whole',
    allWays(
      ['plans', 'export', '--all'],
      (out) => {
        const file = JSON.parse(out) as { plans: unknown[] };
        expect(file.plans).toHaveLength(planCount);
      },
      1 * MB,
      { terminal: true },
    ),
    240_000,
  );

  it('plans list and plans list --json (more than a pipe holds) arrive whole', async () => {
    await allWays(
      ['plans', 'list'],
      (out) => {
        expect(out.trimEnd().split('\n')).toHaveLength(planCount);
        expect(out).toContain('fehb-kpco-2022-prosper-copy-49 ');
        expect(out).toMatch(/district-kpco-2021-select-dhmo3000 .*\n$/);
      },
      16 * 1024,
    )();
    await allWays(['plans', 'list', '--json'], (out) => expect(JSON.parse(out)).toHaveLength(planCount), 64 * 1024)();
  }, 240_000);

  it(
    'plans show arrives whole',
    allWays(
      ['plans', 'show', 'fehb-kpco-2022-high', '--json'],
      (out) => {
        expect((JSON.parse(out) as { id: string }).id).toBe('fehb-kpco-2022-high');
      },
      20_000,
    ),
    120_000,
  );

  it(
    'price with 6,000 claims (over 1 MB) arrives whole',
    allWays(
      ['price', '--plan', 'fehb-kpco-2022-standard', '--claims', '__CLAIMS__'],
      (out) => {
        const priced = JSON.parse(out) as { lines: unknown[]; totals: { allowed: number } };
        expect(priced.lines).toHaveLength(6000);
      },
      1 * MB,
    ),
    240_000,
  );

  it(
    'compare --json over every plan (over 1 MB) arrives whole',
    allWays(
      ['compare', '--household', join(appRoot, 'data', 'examples', 'household-family-of-four.json'), '--simulations', '100', '--json'],
      (out) => {
        const result = JSON.parse(out) as Record<string, unknown>;
        expect(JSON.stringify(result)).toContain('fehb-kpco-2022-prosper-copy-49');
      },
      1 * MB,
      { gzip: false },
    ), // the slowest family: one pipe (the slow reader) and the file
    240_000,
  );
});
