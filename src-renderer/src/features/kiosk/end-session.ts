import { call } from '../../lib/api';
import type { EndSessionReport } from '../../../../src-shared/kiosk-schema';

// Ending a client's session on a shared kiosk: nothing of that client may survive for the next one.
// The main process clears the clipboard and, in Electron, replaces the window and its in-memory
// partition. In the web host the page wipes what the browser kept for it and starts over.

const NOTHING_DONE: EndSessionReport = { clipboardCleared: false, windowReplaced: false };

/**
 * What the next page must tell the counselor about the session that just ended (the page is replaced, so
 * the word travels in sessionStorage, which survives location.replace in the same tab; it holds nothing
 * of the client and is removed as soon as it is read).
 */
const NOTICE_KEY = 'benefits-counselor.end-notice';
export type EndNotice = 'clipboard-not-cleared';

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);
}

/**
 * Overwrites the clipboard from the page (the web host's main process cannot reach it). false when it
 * could not: no clipboard in this browser, no permission, an unfocused page, or no answer within a second.
 */
export async function clearClipboardFromPage(): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    return await withTimeout(
      navigator.clipboard.writeText('').then(() => true),
      1000,
      false,
    );
  } catch {
    return false;
  }
}

/** The notice left by the session that ended in this tab, if any; it is gone once read. */
export function takeEndNotice(): EndNotice | null {
  try {
    const notice = sessionStorage.getItem(NOTICE_KEY);
    sessionStorage.removeItem(NOTICE_KEY);
    return notice === 'clipboard-not-cleared' ? notice : null;
  } catch {
    return null;
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
  const clipboardCleared = report.clipboardCleared || (await clearClipboardFromPage());
  if (report.windowReplaced) return;
  await wipeBrowserStorage();
  if (!clipboardCleared) sessionStorage.setItem(NOTICE_KEY, 'clipboard-not-cleared' satisfies EndNotice);
  // The same address without a fragment: a new document (a fragment-only change would keep this one).
  // It replaces the current history entry; on a kiosk that is the only one (see history.ts).
  window.location.replace(window.location.href.split('#')[0] ?? window.location.pathname);
}
