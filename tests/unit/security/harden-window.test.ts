import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/security/csp';
import { appPageUrl, guardContents, hardenSession, type GuardedContents, type GuardedSession } from '../../../src-main/security/harden-window';

// The guards both window kinds get (the counselor's window and each kiosk client's), run against
// stand-ins that record what was registered, then asked the questions Electron would ask.

function recordingSession() {
  const got: {
    headers?: Parameters<GuardedSession['webRequest']['onHeadersReceived']>[0];
    request?: Parameters<GuardedSession['setPermissionRequestHandler']>[0];
    check?: Parameters<GuardedSession['setPermissionCheckHandler']>[0];
    spellChecker?: boolean;
  } = {};
  const ses: GuardedSession = {
    webRequest: { onHeadersReceived: (listener) => (got.headers = listener) },
    setPermissionRequestHandler: (handler) => (got.request = handler),
    setPermissionCheckHandler: (handler) => (got.check = handler),
    setSpellCheckerEnabled: (enabled) => (got.spellChecker = enabled),
  };
  return { ses, got };
}

function recordingContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: (() => { action: 'deny' }) | null = null;
  const wc = {
    setWindowOpenHandler: (h: () => { action: 'deny' }) => (openHandler = h),
    on: (event: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(event, listener),
  } as unknown as GuardedContents;
  const prevented = (event: string, url?: string): boolean => {
    let stopped = false;
    listeners.get(event)?.({ preventDefault: () => (stopped = true) }, url);
    return stopped;
  };
  return { wc, prevented, open: () => openHandler?.() };
}

describe('one set of window guards', () => {
  it('adds the Content-Security-Policy to every response and keeps its other headers', () => {
    const { ses, got } = recordingSession();
    hardenSession(ses);
    let answer: Record<string, string[]> | undefined;
    got.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (answer = r.responseHeaders));
    expect(answer).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('refuses every permission (camera, microphone, notifications …) and turns the spell checker off', () => {
    const { ses, got } = recordingSession();
    hardenSession(ses);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      got.request?.(null, permission, (g) => (granted = g));
      expect(granted).toBe(false);
      expect(got.check?.(null, permission)).toBe(false);
    }
    expect(got.spellChecker).toBe(false);
  });

  it('opens no new window, stays on the app page, attaches no <webview>', () => {
    const appUrl = appPageUrl('/opt/app/out', undefined);
    expect(appUrl).toBe('file:///opt/app/out/renderer/index.html');
    const { wc, prevented, open } = recordingContents();
    guardContents(wc, appUrl);
    expect(open()).toEqual({ action: 'deny' });
    expect(prevented('will-navigate', 'https://example.org/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', `${appUrl}#/compare`)).toBe(false);
    expect(prevented('will-attach-webview')).toBe(true);
  });

  it('follows the dev server while developing', () => {
    expect(appPageUrl('/opt/app/out', 'http://localhost:5173/')).toBe('http://localhost:5173/');
  });
});
