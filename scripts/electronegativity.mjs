// Runs Doyensec's Electronegativity on the main process, the preload and the built renderer, and fails on
// any finding that docs/security-checklist.md does not explain (section "Electronegativity findings",
// one row per check and file). Electronegativity itself exits 0 whatever it finds, so this is the gate.
//
//   npm run build:web && node scripts/electronegativity.mjs
//
// The three parts are scanned together, as they ship: its global checks (navigation limits, permission
// handler, CSP) then see main's handlers and the page's CSP at once. Its release check needs the network
// and is excluded (AvailableSecurityFixesGlobalCheck); docs/security-checklist.md item 16 covers it.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const CHECKLIST = join(root, 'docs', 'security-checklist.md');
const PARTS = ['src-main', 'src-preload', join('out', 'renderer')];

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Rows of the "Electronegativity findings" table: `CHECK` and `file` in backticks, then the reason. */
export function explainedFindings(markdown) {
  const section = markdown.split(/^## Electronegativity findings\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .map((line) => /^\|\s*`([A-Z0-9_]+)`\s*\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line))
    .filter((m) => m !== null && m[3].trim() !== '')
    .map((m) => ({ check: m[1], file: m[2] }));
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

async function main() {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) fail('Build the renderer first: npm run build:web');
  let run;
  try {
    run = require(process.env.ELECTRONEGATIVITY_MODULE ?? '@doyensec/electronegativity');
  } catch {
    fail('Electronegativity is not installed: npm install --save-dev @doyensec/electronegativity@1.10.3');
  }
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

  const stage = mkdtempSync(join(tmpdir(), 'bc-electronegativity-'));
  try {
    for (const part of PARTS) cpSync(join(root, part), join(stage, part), { recursive: true });
    // Its JavaScript walker predates class private fields (the Svelte bundle uses them): lower the built
    // renderer to ES2019 so every file is actually read, instead of skipped with a parse error.
    const { transformSync } = require('esbuild');
    for (const file of jsFiles(join(stage, 'out', 'renderer'))) {
      writeFileSync(file, transformSync(readFileSync(file, 'utf8'), { loader: 'js', target: 'es2019' }).code);
    }

    const { errors, issues } = await run(
      {
        input: stage,
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: ['availablesecurityfixesglobalcheck'],
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: true,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );

    const unreadable = errors.filter((e) => !e.tolerable);
    if (unreadable.length > 0) {
      fail(
        `Electronegativity could not read ${unreadable.length} file(s), so they were not checked:\n${unreadable.map((e) => `  ${relative(stage, e.file)}: ${e.message}`).join('\n')}`,
      );
    }

    const explained = explainedFindings(readFileSync(CHECKLIST, 'utf8'));
    const key = (check, file) => `${check} ${file}`;
    const explainedKeys = new Set(explained.map((e) => key(e.check, e.file)));
    const found = issues.map((i) => ({ check: i.id, file: i.file, line: i.location?.line ?? 0, description: i.description }));
    const unexplained = found.filter((f) => !explainedKeys.has(key(f.check, f.file)));
    const foundKeys = new Set(found.map((f) => key(f.check, f.file)));
    const stale = explained.filter((e) => !foundKeys.has(key(e.check, e.file)));

    console.log(`Electronegativity (Electron ${electronVersion}): ${found.length} finding(s) in ${PARTS.join(', ')}.`);
    for (const f of found) console.log(`  ${explainedKeys.has(key(f.check, f.file)) ? 'explained  ' : 'UNEXPLAINED'} ${f.check} ${f.file}:${f.line}`);
    for (const s of stale) console.log(`  (the checklist explains ${s.check} in ${s.file}, which is no longer found: remove the row)`);
    if (unexplained.length > 0) {
      fail(
        `\n${unexplained.length} finding(s) are not explained in docs/security-checklist.md. Fix the code, or add a row ` +
          '(check, file, why it is not a problem, the test that proves it):\n' +
          unexplained.map((f) => `  ${f.check} ${f.file}:${f.line}: ${f.description}`).join('\n'),
      );
    }
    console.log('Every finding is explained in docs/security-checklist.md.');
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error) => fail(error.stack ?? String(error)));
}
