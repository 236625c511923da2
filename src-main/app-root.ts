import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'benefits-counselor';

/**
 * The folder holding package.json, data/ and the SQL migrations. Found by walking up from this module,
 * which works from the sources (tsx, vitest, Playwright) and from the built bundle in out/main alike.
 * Electron passes app.getAppPath() instead, which is also right inside a packaged asar.
 */
export function findAppRoot(start: string = import.meta.dirname): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === PACKAGE_NAME) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} folder above ${start}`);
    dir = parent;
  }
}

export function appVersion(appRoot: string): string {
  return (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
