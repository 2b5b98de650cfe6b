// Electron's security checklist, applied to every window and session by construction:
// no navigation, no new windows, no permissions, no network but the app's own protocol.
import type { BrowserWindow, Session, WebContents } from 'electron';
import { APP_SCHEME } from './app-protocol';

/** True for requests the renderer may make: the app's own protocol, and devtools in development. */
export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${APP_SCHEME}://`) || url.startsWith('devtools://') || url.startsWith('data:');
}

export function lockDownSession(session: Session): void {
  // The one permission granted: writing plain text to the clipboard ("copy entry").
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
  session.setPermissionCheckHandler((_wc, permission) => permission === 'clipboard-sanitized-write');
  session.setDevicePermissionHandler(() => false);
  // Page content never reaches the network: every http(s), ws, file… request is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  session.on('will-download', (event) => event.preventDefault());
}

export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** A URL of the app's own renderer origin, by parsing (no credentials, no port), not by its spelling. */
export function isRendererUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === 'renderer' && !parsed.username && !parsed.password && !parsed.port;
  } catch {
    return false;
  }
}

/** Is this IPC sender the main frame of one of our own windows, showing our own renderer? */
export function isTrustedSender(frameUrl: string | undefined, senderId: number, windows: BrowserWindow[]): boolean {
  if (!frameUrl || !isRendererUrl(frameUrl)) return false;
  return windows.some((w) => !w.isDestroyed() && w.webContents.id === senderId);
}
