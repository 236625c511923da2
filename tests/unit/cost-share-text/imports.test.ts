import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The parser runs in the renderer too: it may import zod and src-shared files, nothing else (no node:*,
// no DOM, no main-process code).

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = join(root, 'src-shared/cost-share-text');

describe('src-shared/cost-share-text imports', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('holds the parser, the describer and the formatter', () => {
    expect(files).toEqual(expect.arrayContaining(['parse.ts', 'describe.ts', 'format.ts', 'index.ts']));
  });

  it.each(files)('%s imports only zod and src-shared', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const specs = [...text.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? '');
    for (const spec of specs) {
      if (spec === 'zod') continue;
      expect(spec.startsWith('.'), `${file} imports "${spec}"`).toBe(true);
      const target = relative(join(root, 'src-shared'), resolve(dir, spec));
      expect(target.startsWith('..'), `${file} imports "${spec}" from outside src-shared`).toBe(false);
    }
    expect(text).not.toMatch(/\b(?:window|document|navigator)\./);
  });
});
