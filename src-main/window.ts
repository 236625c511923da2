import { BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { appPageUrl, guardContents, hardenSession, loadAppPage } from './security/harden-window';
import { mainWindowOptions } from './security/window-options';

/** Applies the deny-by-default policies to the default session: CSP header, permissions. */
export function hardenDefaultSession(): void {
  hardenSession(session.defaultSession);
}

export function createMainWindow(outDir: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(outDir, 'preload', 'index.cjs')));
  guardContents(win.webContents, appPageUrl(outDir));
  win.once('ready-to-show', () => win.show());
  loadAppPage(win, outDir);
  return win;
}
