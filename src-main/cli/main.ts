import { readFileSync, writeFileSync } from 'node:fs';
import { openApp, type OpenedApp } from '../app-context';
import { findAppRoot } from '../app-root';
import { defaultDataDir } from '../data-dir';
import { runCommand, UsageError } from './commands';

// `npm run --silent cli -- <command>`: the same handlers as the app, through the same dispatcher.

async function main(argv: string[]): Promise<number> {
  let app: OpenedApp | undefined;
  try {
    const lazyApp = () => (app ??= openApp({ appRoot: findAppRoot(), dataDir: defaultDataDir(), transport: 'cli' }));
    const out = await runCommand(argv, {
      app: lazyApp,
      readFile: (path) => readFileSync(path, 'utf8'),
      writeFile: (path, text) => writeFileSync(path, text, { flag: 'wx' }),
    });
    if (out !== '') process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    return 0;
  } catch (error) {
    const e = error as Error & { issues?: string[]; code?: string };
    if (e.code === 'ENOENT') process.stderr.write(`error: file not found: ${(e as NodeJS.ErrnoException).path}\n`);
    else if (e.code === 'EEXIST') process.stderr.write(`error: ${(e as NodeJS.ErrnoException).path} already exists; choose another --out file\n`);
    else process.stderr.write(`error: ${e.message}\n`);
    for (const issue of e.issues ?? []) process.stderr.write(`  ${issue}\n`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    (app as OpenedApp | undefined)?.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
