// Navigation, new windows and permissions: deny by default (Electron security checklist 12–14, 5).

/** The only place the window may be: the app's own page. Everything else is refused. */
export function isAllowedNavigation(targetUrl: string, appUrl: string): boolean {
  try {
    const target = new URL(targetUrl);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/** window.open and target=_blank: never a new window. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, microphone, geolocation, notifications …: the app needs none of them. */
export function permissionDecision(_permission: string): boolean {
  return false;
}
