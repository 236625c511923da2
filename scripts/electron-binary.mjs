// Where the Electron binary is, without triggering Electron's lazy download (require('electron') would
// try to fetch it, which fails on machines without internet). null when it is not installed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

export function electronBinaryPath() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const candidate = join(distDir, relative || 'electron');
  return existsSync(candidate) ? candidate : null;
}
