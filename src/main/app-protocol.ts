// The app:// protocol: the only origin the window loads from. Two hosts:
//   app://renderer/…      the built renderer (out/renderer)
//   app://doc/<id>/…      the "_files" folder of an opened "Webpage, complete" save, registered per document
// Pure path resolution lives here so it can be unit-tested without Electron.
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const RENDERER_ORIGIN = `${APP_SCHEME}://renderer`;

export interface ProtocolRoots {
  renderer: string;
  /** id → absolute folder of a document's resources. */
  documents: Map<string, string>;
}

/** Map an app:// URL to a file inside one of the roots, or null for anything outside them. */
export function resolveAppUrl(url: string, roots: ProtocolRoots): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (parsed.hostname === 'renderer') {
    const rel = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1);
    return inside(roots.renderer, rel);
  }
  if (parsed.hostname === 'doc') {
    const [, id, ...rest] = pathname.split('/');
    const root = id ? roots.documents.get(id) : undefined;
    if (!root || rest.length === 0) return null;
    return inside(root, rest.join('/'));
  }
  return null;
}

/** root joined with rel, or null when rel climbs out of root (../, absolute paths). */
function inside(root: string, rel: string): string | null {
  const base = resolve(root);
  const target = resolve(base, normalize(rel));
  const back = relative(base, target);
  if (back === '' || back.startsWith('..' + sep) || back === '..' || isAbsolute(back)) return null;
  return target;
}

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8', json: 'application/json', svg: 'image/svg+xml', png: 'image/png',
  jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  ico: 'image/x-icon', woff: 'font/woff', woff2: 'font/woff2', ttf: 'font/ttf',
};

/** Content type by extension; resources of unknown type are served as inert bytes. */
export function mimeType(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MIME[ext] ?? 'application/octet-stream';
}

/**
 * The Content-Security-Policy of every renderer page: scripts and styles only from the app itself,
 * images from the app, its document resources and data: URLs (MHTML parts), nothing remote.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' ${APP_SCHEME}: data:`,
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
