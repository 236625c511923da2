import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApp } from '../app-context';
import { findAppRoot } from '../app-root';
import { defaultDataDir } from '../data-dir';
import { startWebHost } from './server';

// `npm run serve`: the app in a normal browser, for machines without the Electron binary.

async function main(): Promise<void> {
  const appRoot = findAppRoot();
  const staticDir = join(appRoot, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('The app has not been built yet. Run: npm run build:web');
    process.exit(1);
  }
  const portArg = process.argv.indexOf('--port');
  const port = Number(process.env.BENEFITS_COUNSELOR_PORT ?? (portArg > 0 ? process.argv[portArg + 1] : 0)) || 0;
  const app = openApp({ appRoot, dataDir: defaultDataDir(), transport: 'web', kiosk: process.argv.includes('--kiosk'), warmUp: true });
  const host = await startWebHost({ dispatch: app.dispatch, staticDir, port });
  console.log(`Benefits Counselor is running. Open this address in your browser:\n\n  ${host.url}\n`);
  console.log(
    `The address works once, in the browser that opens it first; more tabs of that browser can then open ${host.origin}/. ` +
      'Another browser, or this one after it was closed, needs a new start of the app.',
  );
  console.log(`Data folder: ${app.ctx.dataDir}. Only this computer can connect. Press Ctrl+C to stop.`);
  const stop = () => {
    void host.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Could not start the app: ${(error as Error).message}`);
  process.exit(1);
});
