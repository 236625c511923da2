// After "End session" the next client must find an empty browser history, not the previous client's
// steps. A page cannot delete history entries: location.replace() only swaps the current one, and
// Chromium keeps every other entry (going back to the first entry and replacing it leaves the forward
// ones). So on a kiosk the steps never add entries: each step change replaces the current entry, and the
// tab's history stays at the one page the kiosk browser opened (history.length 1, before and after
// End session). The app's Back/Next and step bar move between steps; the browser's Back does not.

/** Makes history.pushState replace instead of add, until the returned function is called. */
export function keepOneHistoryEntry(target: History = history): () => void {
  const push = Object.getOwnPropertyDescriptor(target, 'pushState');
  target.pushState = function pushStateAsReplace(data: unknown, unused: string, url?: string | URL | null): void {
    target.replaceState(data, unused, url);
  };
  return () => {
    if (push) Object.defineProperty(target, 'pushState', push);
    else delete (target as Partial<History>).pushState;
  };
}
