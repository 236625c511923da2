import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../src-main/app-root';

// docs/security-checklist.md must stay true: all 20 items of Electron's checklist, every proof it names
// exists, and the items proven by the absence of an API (10, 15) and by the pinned version (16) hold.

const root = findAppRoot();
const doc = readFileSync(join(root, 'docs', 'security-checklist.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|svelte|mjs|js|html)$/.test(name) ? [path] : [];
  });
}
const appSources = ['src-main', 'src-preload', 'src-renderer'].flatMap((d) => sourceFiles(join(root, d)));
const using = (api: RegExp) => appSources.filter((f) => api.test(readFileSync(f, 'utf8'))).map((f) => f.slice(root.length + 1));

describe('the security checklist document', () => {
  it('answers all 20 items of Electron’s checklist, in order', () => {
    const items = [...doc.matchAll(/^\| (\d+) \| [^|]+ \| [^|]+ \| [^|]+ \|$/gm)].map((m) => Number(m[1]));
    expect(items).toEqual(Array.from({ length: 20 }, (_v, i) => i + 1));
  });

  it('names only tests and scripts that exist', () => {
    const named = new Set([...doc.matchAll(/`((?:tests|scripts)\/[^`]+)`/g)].map((m) => m[1] ?? ''));
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('explains each Electronegativity finding with a reason and a proof', () => {
    const rows =
      doc
        .split(/^## Electronegativity findings$/m)[1]
        ?.split('\n')
        .filter((l) => l.startsWith('| `')) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(
        row
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean),
      ).toHaveLength(4);
  });
});

describe('checklist items proven by what the code does not do', () => {
  it('10: never enables Blink features', () => expect(using(/enableBlinkFeatures/)).toEqual([]));
  it('15: never calls shell.openExternal', () => expect(using(/openExternal\s*\(/)).toEqual([]));
  it('16: pins a current Electron (45 or later)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(Number(/\d+/.exec(pkg.devDependencies.electron ?? '')?.[0])).toBeGreaterThanOrEqual(45);
  });
  it('11/12: never uses a <webview>', () => expect(using(/<webview/i)).toEqual([]));
});
