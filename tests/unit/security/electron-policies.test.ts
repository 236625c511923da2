import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/security/csp';
import { isAllowedNavigation, permissionDecision, windowOpenDecision } from '../../../src-main/security/navigation-policy';
import { isTrustedSender, isTrustedSenderUrl } from '../../../src-main/security/sender-policy';
import { mainWindowOptions } from '../../../src-main/security/window-options';

describe('window options (Electron security checklist)', () => {
  const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {};
  it('sandboxes the renderer, isolates its context and gives it no Node', () => {
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });
  it('keeps web security on, no insecure content, no webview, no experimental features', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, experimentalFeatures: false });
  });
  it('turns spellcheck off so typed names never reach a dictionary', () => {
    expect(prefs.spellcheck).toBe(false);
  });
  it('loads the bundled preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });
});

describe('content security policy', () => {
  it('allows only the app itself: no remote origin, no inline script, no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('navigation, new windows and permissions are denied by default', () => {
  it('stays on the app page and refuses any other address', () => {
    expect(isAllowedNavigation('file:///app/out/renderer/index.html', 'file:///app/out/renderer/index.html')).toBe(true);
    expect(isAllowedNavigation('file:///etc/passwd', 'file:///app/out/renderer/index.html')).toBe(false);
    expect(isAllowedNavigation('https://example.com/', 'file:///app/out/renderer/index.html')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/#x', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('not a url', 'http://localhost:5173/')).toBe(false);
  });
  it('never opens a new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionDecision(p)).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('trusts only frames of the app origin', () => {
    expect(isTrustedSenderUrl('file:///app/out/renderer/index.html', ['file://'])).toBe(true);
    expect(isTrustedSenderUrl('https://evil.example/', ['file://'])).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:4000/', ['http://127.0.0.1:4000'])).toBe(true);
    expect(isTrustedSenderUrl('http://127.0.0.1:4001/', ['http://127.0.0.1:4000'])).toBe(false);
    expect(isTrustedSenderUrl('', ['file://'])).toBe(false);
  });
  it('treats the command line and tests as the local user', () => {
    expect(isTrustedSender({ kind: 'local' })).toBe(true);
    expect(isTrustedSender({ kind: 'renderer', url: 'https://evil.example/', trustedOrigins: ['file://'] })).toBe(false);
  });
});
