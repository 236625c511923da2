import type { BrowserWindowConstructorOptions } from 'electron';

// The window's security baseline (Electron security checklist items 2–4, 6, 9 …). Pure data, unit-tested
// without the Electron binary.
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Names typed in a session must never land in a spelling dictionary.
    spellcheck: false,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Benefits Counselor',
    backgroundColor: '#f6f8fa',
    webPreferences: secureWebPreferences(preloadPath),
  };
}
