import { BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { isAllowedNavigation, permissionDecision, windowOpenDecision } from './security/navigation-policy';
import { mainWindowOptions } from './security/window-options';

/** Applies the deny-by-default policies to the default session: CSP header, permissions. */
export function hardenSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  session.defaultSession.setSpellCheckerEnabled(false);
}

export function createMainWindow(outDir: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(outDir, 'preload', 'index.cjs')));
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const appUrl = devUrl ?? `file://${join(outDir, 'renderer', 'index.html')}`;
  win.webContents.setWindowOpenHandler(windowOpenDecision);
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(join(outDir, 'renderer', 'index.html'));
  return win;
}
