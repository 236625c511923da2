import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isAllowedNavigation, permissionDecision, windowOpenDecision } from './navigation-policy';

// The guards every app window gets, in one place: the counselor's window (window.ts) and each kiosk
// client's window in its own partition (kiosk/electron-kiosk.ts) call the same two functions. Written
// against the few Electron members they use, so that tests/unit/security/harden-window.test.ts can run
// them without the Electron binary and check what each registered handler decides.

type Callback<T> = (value: T) => void;

/** The members of Electron's Session these guards use. */
export interface GuardedSession {
  webRequest: {
    onHeadersReceived(
      listener: (details: { responseHeaders?: Record<string, string[]> }, callback: Callback<{ responseHeaders: Record<string, string[]> }>) => void,
    ): void;
  };
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: Callback<boolean>) => void): void;
  setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void;
  setSpellCheckerEnabled(enabled: boolean): void;
}

/** The members of Electron's WebContents these guards use. */
export interface GuardedContents {
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
}

/** Deny by default for a session: the CSP header on every response, no permission, no spell checker (which would send text to a service). */
export function hardenSession(ses: GuardedSession): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  ses.setSpellCheckerEnabled(false);
}

/** Where the window's page comes from: the dev server's address while developing, else the built file. */
export function appPageUrl(outDir: string, devUrl: string | undefined = process.env.ELECTRON_RENDERER_URL): string {
  return devUrl ?? `file://${join(outDir, 'renderer', 'index.html')}`;
}

/** No new windows, no navigation away from the app’s own page, no webview tags attached. */
export function guardContents(wc: GuardedContents, appUrl: string): void {
  wc.setWindowOpenHandler(windowOpenDecision);
  wc.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  wc.on('will-attach-webview', (event) => event.preventDefault());
}

/** Loads the app's page into a guarded window. */
export function loadAppPage(win: { loadURL(url: string): Promise<void>; loadFile(path: string): Promise<void> }, outDir: string): void {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(join(outDir, 'renderer', 'index.html'));
}
