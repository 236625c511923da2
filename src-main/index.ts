import { app, ipcMain } from 'electron';
import { dirname, join } from 'node:path';
import { IPC_CHANNELS } from '../src-shared/ipc-channels';
import { openApp } from './app-context';
import { createPdfSaver } from './desktop/save-pdf';
import { startKioskShell } from './kiosk/electron-kiosk';
import { createMainWindow, hardenDefaultSession } from './window';

// The Electron entry: wires things together and nothing else.

const outDir = dirname(import.meta.dirname); // out/main/index.js → out/
const trustedOrigins = process.env.ELECTRON_RENDERER_URL ? [new URL(process.env.ELECTRON_RENDERER_URL).origin] : ['file://'];

app.enableSandbox();

app
  .whenReady()
  .then(() => {
    hardenDefaultSession();
    const opened = openApp({
      appRoot: app.getAppPath(),
      dataDir: join(app.getPath('userData'), 'data'),
      transport: 'electron',
      kiosk: app.commandLine.hasSwitch('kiosk'),
      warmUp: true,
    });
    opened.ctx.savePdfHook = createPdfSaver(opened.ctx.kiosk);
    for (const channel of IPC_CHANNELS) {
      ipcMain.handle(channel, (event, args: unknown) =>
        opened.dispatch(channel, args, { kind: 'renderer', url: event.senderFrame?.url ?? '', trustedOrigins, client: `wc-${event.sender.id}` }),
      );
    }
    // A closed window's computations stop at once (its lanes are "wc-<id>:…").
    app.on('web-contents-created', (_event, contents) => {
      const lanes = `wc-${contents.id}:`;
      contents.once('destroyed', () => opened.ctx.compute.cancelLane(lanes));
    });
    if (opened.ctx.kiosk) startKioskShell(outDir, opened.ctx);
    else createMainWindow(outDir);
    app.on('window-all-closed', () => {
      opened.close();
      app.quit();
    });
  })
  .catch((error: unknown) => {
    console.error('The app could not start:', error);
    app.exit(1);
  });
