// What ESLint cannot see: the BUILT renderer bundle must contain no main-process module (better-sqlite3,
// node:* built-ins, ipcRenderer). The source import boundaries themselves are ESLint rules
// (eslint.config.js: no-restricted-imports per folder). Run in `npm test` after the renderer build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(js|mjs|css|html)$/.test(name) ? [path] : [];
  });
}

const bundleDir = join(root, 'out', 'renderer', 'assets');
let bundle;
try {
  bundle = files(bundleDir);
} catch {
  console.error(`No built renderer in ${relative(root, bundleDir)}: run \`npm run build:web\` first.`);
  process.exit(1);
}
const problems = [];
for (const file of bundle) {
  const text = readFileSync(file, 'utf8');
  for (const needle of ['better-sqlite3', 'require("node:', "from 'node:", 'from "node:', 'ipcRenderer']) {
    if (text.includes(needle)) problems.push(`${relative(root, file)} (built renderer) contains "${needle}"`);
  }
}
if (problems.length > 0) {
  console.error(`Bundle boundary check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`The built renderer (${bundle.length} files) contains no main-process module.`);
