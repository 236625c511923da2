// better-sqlite3 is compiled for Node (the tests and the web host use it). Electron has its own ABI, so
// the Electron window needs a second build of the same module. It goes into node_modules/.cache and is
// handed to better-sqlite3 through its `nativeBinding` option, so the Node build is never touched.
// Needs internet access (Electron's headers); it runs only where the Electron binary is installed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** The path of a better-sqlite3 binding built for this Electron, building it once if needed. */
export function ensureElectronSqliteBinding() {
  const version = electronVersion();
  const cacheDir = join(root, 'node_modules', '.cache', 'electron-sqlite', version);
  const binding = join(cacheDir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  console.log(`Building the SQLite module for Electron ${version} (once, about a minute)…`);
  mkdirSync(cacheDir, { recursive: true });
  const source = join(root, 'node_modules', 'better-sqlite3');
  for (const part of ['binding.gyp', 'src', 'deps', 'package.json']) cpSync(join(source, part), join(cacheDir, part), { recursive: true });
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const env = { ...process.env };
  // This machine's npm may point node-gyp at Node's own headers; Electron needs its own.
  delete env.npm_config_nodedir;
  delete env.NPM_CONFIG_NODEDIR;
  const result = spawnSync(
    npx,
    ['--yes', 'node-gyp@11', 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: cacheDir, env, stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(binding)) {
    throw new Error("Could not build the SQLite module for Electron (it needs internet access for Electron's headers).");
  }
  return binding;
}
