// Imports go one way (ARCHITECTURE.md habit 1): src-renderer and src-shared never import main-process
// code, electron, better-sqlite3 or node:* built-ins; src-main/engine stays pure. Run in `npm test`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const BUILTINS = /^(node:|fs$|path$|os$|crypto$|child_process$|http$|https$|net$|url$|util$|stream$|worker_threads$)/;

const rules = [
  { dir: 'src-renderer', forbid: (spec, abs) => spec === 'electron' || spec === 'better-sqlite3' || BUILTINS.test(spec) || inside(abs, 'src-main') || inside(abs, 'src-preload') },
  { dir: 'src-shared', forbid: (spec, abs) => spec === 'electron' || spec === 'better-sqlite3' || BUILTINS.test(spec) || inside(abs, 'src-main') || inside(abs, 'src-renderer') || inside(abs, 'src-preload') },
  { dir: 'src-main/engine', forbid: (spec) => spec === 'electron' || spec === 'better-sqlite3' || BUILTINS.test(spec) },
];

function inside(abs, dir) {
  return abs !== null && abs.startsWith(join(root, dir) + sep);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|svelte|js|mjs)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

const problems = [];
for (const rule of rules) {
  const dir = join(root, rule.dir);
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
      const abs = spec.startsWith('.') ? resolve(file, '..', spec) : null;
      if (rule.forbid(spec, abs)) problems.push(`${relative(root, file)} imports "${spec}", which ${rule.dir} must not use`);
    }
  }
}

// The built renderer bundle, if present, must not contain main-process modules either.
const bundleDir = join(root, 'out', 'renderer', 'assets');
try {
  for (const file of files(bundleDir)) {
    const text = readFileSync(file, 'utf8');
    for (const needle of ['better-sqlite3', 'require("node:', "from 'node:", 'from "node:', 'ipcRenderer']) {
      if (text.includes(needle)) problems.push(`${relative(root, file)} (built renderer) contains "${needle}"`);
    }
  }
} catch {
  // Not built yet: the source check above still holds.
}

if (problems.length > 0) {
  console.error(`Import boundary check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Import boundaries hold: renderer and shared code import no main-process modules.');
