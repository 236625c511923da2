import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { app, BrowserWindow, clipboard, Menu, powerMonitor, session, type Session } from 'electron';
import type { AppContext, EndSessionReport } from '../app-context';
import { appPageUrl, guardContents, hardenSession, loadAppPage } from '../security/harden-window';
import { idleWatchdogShouldEnd, kioskKeyDecision, kioskPartitionName, kioskSaveDialogOptions, kioskWindowOptions, nextZoomFactor } from './kiosk-window-policy';

// The Electron side of kiosk mode: one full-screen window per client, each in a fresh in-memory
// partition; ending a session clears the clipboard and that partition and opens a new window. The rules
// themselves are pure (kiosk-window-policy.ts); this file only applies them. Not unit-tested: the
// Electron binary is not available in CI here.

const WATCHDOG_INTERVAL_MS = 30_000;

interface ClientWindow {
  win: BrowserWindow;
  ses: Session;
  openedAt: number;
}

/** The same deny-by-default rules as the default session (security/harden-window.ts), for a kiosk partition. */
function hardenKioskSession(ses: Session): void {
  hardenSession(ses);
  // Exports go only where the employee chooses for that file: the dialog always starts in the same
  // neutral folder and the file stays off the recent-documents list.
  ses.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(kioskSaveDialogOptions(item.getFilename(), app.getPath('documents')));
    item.once('done', () => app.clearRecentDocuments());
  });
}

function openClientWindow(outDir: string): ClientWindow {
  const partition = kioskPartitionName(randomUUID());
  const ses = session.fromPartition(partition, { cache: false });
  hardenKioskSession(ses);
  const win = new BrowserWindow(kioskWindowOptions(join(outDir, 'preload', 'index.cjs'), partition));
  win.setMenu(null);
  const wc = win.webContents;
  guardContents(wc, appPageUrl(outDir));
  wc.on('devtools-opened', () => wc.closeDevTools());
  wc.on('before-input-event', (event, input) => {
    const decision = kioskKeyDecision(input);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'zoom') wc.setZoomFactor(nextZoomFactor(wc.getZoomFactor(), decision.direction));
  });
  void wc.setVisualZoomLevelLimits(1, 3);
  win.once('ready-to-show', () => win.show());
  loadAppPage(win, outDir);
  return { win, ses, openedAt: Date.now() };
}

/** Wipes what the discarded partition held in memory (storage, cache, auth) before it is dropped. */
async function discard(client: ClientWindow): Promise<void> {
  if (!client.win.isDestroyed()) client.win.destroy();
  await Promise.allSettled([client.ses.clearStorageData(), client.ses.clearCache(), client.ses.clearAuthCache(), client.ses.clearHostResolverCache()]);
}

function clearClipboard(): void {
  clipboard.clear();
  // X11's primary selection holds the last highlighted text, e.g. a client's name.
  // (`selection` exists on Linux only, whatever the type says.)
  (clipboard.selection as typeof clipboard.selection | undefined)?.clear();
}

/**
 * Starts kiosk mode: no application menu, the first client's window, and `ctx.endSessionHook` so the
 * renderer's "End session" (and its idle timeout) reaches the main process. Returns a stop function.
 */
export function startKioskShell(outDir: string, ctx: AppContext): () => void {
  Menu.setApplicationMenu(null);
  app.clearRecentDocuments();
  let current = openClientWindow(outDir);

  const endSession = (): EndSessionReport => {
    clearClipboard();
    app.clearRecentDocuments();
    const previous = current;
    // Open the next client's window first, so the app never has zero windows (which would quit it). The
    // old one goes on the next turn, after the renderer has received this answer.
    current = openClientWindow(outDir);
    setTimeout(() => void discard(previous), 250);
    return { clipboardCleared: true, windowReplaced: true };
  };
  ctx.endSessionHook = endSession;

  // Backstop if the renderer's own idle timer cannot run (a hung page): end from here.
  const watchdog = setInterval(() => {
    const sinceOpened = (Date.now() - current.openedAt) / 1000;
    if (idleWatchdogShouldEnd(powerMonitor.getSystemIdleTime(), ctx.kioskIdleMinutes, sinceOpened)) endSession();
  }, WATCHDOG_INTERVAL_MS);
  watchdog.unref();

  return () => {
    clearInterval(watchdog);
    ctx.endSessionHook = null;
    clearClipboard();
  };
}
