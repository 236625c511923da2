import { readFileSync, writeFileSync } from 'node:fs';
import { openApp, type OpenedApp } from '../app-context';
import { findAppRoot } from '../app-root';
import { defaultDataDir } from '../data-dir';
import { runCommand, UsageError } from './commands';
import { decodeUtf8File } from '../store/text-file';

// `npm run --silent cli -- <command>`: the same handlers as the app, through the same dispatcher.
//
// Output goes out whole whatever stdout is (a terminal, a file, a pipe to a slow reader): the process never
// calls process.exit() while a write is queued. It sets process.exitCode, waits until every write was handed
// to the operating system, closes the app and lets Node end by itself.

/** Resolves once the text has been handed to the OS (a pipe that is full makes Node queue the rest). */
function writeAll(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === '') return resolve();
    stream.write(text, () => resolve());
  });
}

// A reader that goes away early (`… | head -1`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

async function main(argv: string[]): Promise<number> {
  let app: OpenedApp | undefined;
  try {
    const lazyApp = () => (app ??= openApp({ appRoot: findAppRoot(), dataDir: defaultDataDir(), transport: 'cli' }));
    const out = await runCommand(argv, {
      app: lazyApp,
      readFile: (path) => decodeUtf8File(path, readFileSync(path)),
      writeFile: (path, text) => writeFileSync(path, text, { flag: 'wx' }),
    });
    await writeAll(process.stdout, out === '' || out.endsWith('\n') ? out : `${out}\n`);
    return 0;
  } catch (error) {
    const e = error as Error & { issues?: string[]; code?: string };
    let text: string;
    if (e.code === 'ENOENT') text = `error: file not found: ${(e as NodeJS.ErrnoException).path}\n`;
    else if (e.code === 'EEXIST') text = `error: ${(e as NodeJS.ErrnoException).path} already exists; choose another --out file\n`;
    else text = `error: ${e.message}\n`;
    for (const issue of e.issues ?? []) text += `  ${issue}\n`;
    await writeAll(process.stderr, text);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    const opened = app as OpenedApp | undefined;
    // The day's automatic backup (taken at open when due) finishes before the file closes: command-line
    // use is backed up like the window's. It never rejects.
    await opened?.dailyBackup;
    opened?.close();
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Everything was written and the app closed, so nothing should keep Node alive; should something
  // (a stuck worker) still do so, end anyway after a grace period. unref(): it never delays a normal end.
  setTimeout(() => process.exit(code), 10_000).unref();
});
