import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type OpenedApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';

// Apps opened on data folders a test makes, damages and reopens (integrity and damaged-file tests):
// every app is closed and every folder removed after each test.

export const T0 = new Date('2026-11-23T12:00:00.000Z');
export const HOUR = 3600_000;

export function dataDirApps(prefix: string) {
  const appRoot = findAppRoot();
  const dirs: string[] = [];
  const opened: OpenedApp[] = [];
  afterEach(() => {
    for (const app of opened.splice(0)) {
      try {
        app.close();
      } catch {
        // already closed by the test
      }
    }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    tempDir(): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    open(dataDir: string, now = T0): OpenedApp {
      const app = openApp({ appRoot, dataDir, transport: 'test', now: () => now });
      opened.push(app);
      return app;
    },
    closeApp(app: OpenedApp): void {
      opened.splice(opened.indexOf(app), 1);
      app.close();
    },
  };
}

export const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

export { session } from './session-state';
