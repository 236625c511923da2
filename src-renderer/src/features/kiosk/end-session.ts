import { call } from '../../lib/api';
import type { EndSessionReport } from '../../../../src-shared/kiosk-schema';

// Ending a client's session on a shared kiosk: nothing of that client may survive for the next one.
// The main process clears the clipboard and, in Electron, replaces the window and its in-memory
// partition. In the web host the page wipes what the browser kept for it and starts over.

const NOTHING_DONE: EndSessionReport = { clipboardCleared: false, windowReplaced: false };

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);
}

/** Overwrites the clipboard from the page (the web host's main process cannot reach it). */
async function clearClipboardFromPage(): Promise<void> {
  try {
    await withTimeout(navigator.clipboard?.writeText('') ?? Promise.resolve(), 1000, undefined);
  } catch {
    // No clipboard permission (an unfocused page): nothing more the page can do.
  }
}

/** Web storage, IndexedDB, the Cache API and cookies of this origin. */
export async function wipeBrowserStorage(): Promise<void> {
  sessionStorage.clear();
  localStorage.clear();
  try {
    const databases = (await indexedDB.databases?.()) ?? [];
    await Promise.all(
      databases.map(
        (db) =>
          new Promise<void>((resolve) => {
            if (!db.name) return resolve();
            const request = indexedDB.deleteDatabase(db.name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
    );
  } catch {
    // indexedDB.databases() is missing in older engines; the app never uses IndexedDB itself.
  }
  try {
    if ('caches' in window) await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  } catch {
    // The Cache API is unavailable outside secure contexts.
  }
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

/**
 * Ends the session: main process first (clipboard, window), then `onEnd` (the UI wipes its state), then —
 * unless Electron is replacing this window — the browser's storage and a fresh page at the start.
 * `location.replace` leaves no history entry to go back to.
 */
export async function endKioskSession(onEnd: () => void): Promise<void> {
  const report = await call('app:end-session', {}).catch(() => NOTHING_DONE);
  try {
    onEnd();
  } catch (error) {
    console.error('Resetting the session failed; the page is replaced anyway.', error);
  }
  if (!report.clipboardCleared) await clearClipboardFromPage();
  if (report.windowReplaced) return;
  await wipeBrowserStorage();
  // The same address without a fragment: a new document (a fragment-only change would keep this one).
  window.location.replace(window.location.href.split('#')[0] ?? window.location.pathname);
}
