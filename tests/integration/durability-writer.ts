import { openApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import type { SessionStateInput } from '../../src-shared/session-schema';

// The child process of durability.test.ts: saves sessions through the real handlers as fast as it can and
// prints "saved <id> <version>" after each save RETURNED. The test kills it with SIGKILL at random moments.
// Usage: node --import tsx durability-writer.ts <dataDir> <round>

/** The exact state saved for a version, so the test can tell an intact row from a torn one. */
export function durabilityState(version: string): SessionStateInput {
  const n = Number(version.split('-')[1] ?? 0);
  return {
    label: `durability ${version}`,
    planSet: { planYear: '2022', programs: ['fehb'] },
    request: {
      household: { members: [{ id: 'e', name: `Member ${version}`, relationship: 'employee', age: n % 100 }] },
      priority: 'balanced',
    },
    // Sizes from a few bytes to several pages, so saves split and rewrite b-tree pages.
    notes: `${version} `.repeat(1 + ((n * 7919) % 1500)),
    step: 'household',
  };
}

async function main(): Promise<void> {
  const [dataDir, round] = process.argv.slice(2);
  if (!dataDir || !round) throw new Error('usage: durability-writer.ts <dataDir> <round>');
  const app = openApp({ appRoot: findAppRoot(), dataDir, transport: 'test' });
  const listed = await app.dispatch('sessions:list', {});
  const ids: string[] = listed.ok ? (listed.value as { id: string }[]).map((s) => s.id) : [];
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const version = `${round}-${i}`;
    // Every third save updates an existing session, the rest create new ones.
    const id = i % 3 === 2 && ids.length > 0 ? ids[(i * 31) % ids.length] : undefined;
    const result = await app.dispatch('sessions:save', { ...(id ? { id } : {}), state: durabilityState(version) });
    if (!result.ok) throw new Error(`save failed: ${result.error.message}`);
    const saved = (result.value as { id: string }).id;
    if (!id) ids.push(saved);
    process.stdout.write(`saved ${saved} ${version}\n`);
  }
}

if (process.argv[1]?.endsWith('durability-writer.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
