import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type OpenedApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import type { ChannelResult } from '../../src-shared/ipc-contract';
import type { IpcChannel } from '../../src-shared/ipc-channels';

/** A real app (real handlers, real SQLite file) in a fresh temp folder, with a fixed clock. */
export function tempApp(now = new Date('2026-11-23T12:00:00.000Z')): OpenedApp & { dataDir: string; dispose: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'bc-test-'));
  const app = openApp({ appRoot: findAppRoot(), dataDir, transport: 'test', now: () => now });
  return {
    ...app,
    dataDir,
    dispose: () => {
      app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls a channel and returns its value, failing the test with the error envelope otherwise. */
export async function ok<C extends IpcChannel>(app: OpenedApp, channel: C, args: unknown): Promise<ChannelResult<C>> {
  const result = await app.dispatch(channel, args);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message} ${(result.error.issues ?? []).join('; ')}`);
  return result.value as ChannelResult<C>;
}
