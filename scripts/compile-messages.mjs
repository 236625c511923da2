// Compiles the message catalogs (src-shared/i18n/messages/<area>/<locale>.json) into typed message
// functions with Paraglide JS (src-shared/i18n/paraglide/, not committed). Offline: the inlang project's
// one plugin (the JSON message format) is loaded from node_modules by a relative path, never from a CDN.
// Skips the work (about 4 s) when the catalogs, the settings and Paraglide are what the last run compiled.
// `npm run typecheck`, `build`, `build:web`, `test:unit`, `start`, `serve`, `cli` and vitest run it first.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const i18n = join(root, 'src-shared', 'i18n');
const project = join(i18n, 'project.inlang');
const outdir = join(i18n, 'paraglide');
const stampFile = join(outdir, '.compiled-from');

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.json') ? [path] : [];
    });
}

/** Every message key of one locale, over all the catalog's areas. */
export function messageKeys(locale) {
  return filesUnder(join(i18n, 'messages'))
    .filter((file) => file.endsWith(`${locale}.json`))
    .flatMap((file) => Object.keys(JSON.parse(readFileSync(file, 'utf8'))).filter((key) => key !== '$schema'));
}

export function catalogStamp() {
  const hash = createHash('sha256');
  const paraglide = JSON.parse(readFileSync(join(root, 'node_modules', '@inlang', 'paraglide-js', 'package.json'), 'utf8')).version;
  hash.update(`paraglide ${paraglide}\n`);
  hash.update(readFileSync(import.meta.filename));
  for (const file of [join(project, 'settings.json'), ...filesUnder(join(i18n, 'messages'))]) {
    hash.update(file.slice(root.length));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export async function compileMessages({ force = false } = {}) {
  const stamp = catalogStamp();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(outdir, 'messages.js'))) return false;
  const { compile } = await import('@inlang/paraglide-js');
  // Paraglide's own progress lines would land on stdout, which the command line keeps for its output.
  const log = console.log;
  const info = console.info;
  console.log = console.info = (...args) => console.error(...args);
  try {
    await compile({
      project,
      outdir,
      outputStructure: 'locale-modules',
      emitTsDeclarations: true,
      // The app decides the language itself (per session, per handout): no cookies, URLs or storage.
      strategy: ['globalVariable', 'baseLocale'],
      disableAsyncLocalStorage: true,
      emitGitIgnore: false,
      emitReadme: false,
      emitPrettierIgnore: false,
      includeEslintDisableComment: false,
    });
  } finally {
    console.log = log;
    console.info = info;
  }
  // Paraglide warns (and writes an empty catalog) when a plugin cannot be loaded: fail instead.
  const index = readFileSync(join(outdir, 'messages', '_index.js'), 'utf8');
  const missing = messageKeys('en').filter((key) => !index.includes(`export const ${key} =`));
  if (missing.length) throw new Error(`Paraglide did not compile ${missing.length} messages (${missing.slice(0, 3).join(', ')}…); see the warnings above.`);
  writeFileSync(stampFile, stamp);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const compiled = await compileMessages({ force: process.argv.includes('--force') });
  if (compiled) console.error('Messages compiled (src-shared/i18n/paraglide).');
  // The inlang SDK leaves handles open for its file watcher for half a minute: nothing is left to wait for.
  process.exit(0);
}
