// The app:// protocol: the only origin the window loads from. Two hosts:
//   app://renderer/…      the built renderer (out/renderer)
//   app://doc/<id>/…      the "_files" folder of the document on show, registered when main opens it
// Everything here is plain Node (no electron import), so the handler main gives protocol.handle is unit-tested
// as it is, and the e2e static server serves through the same function.
import { readFile } from 'node:fs/promises';
import { normalize, resolve } from 'node:path';
import { isInside, readConfinedFile } from '../node/confined-file';

export const APP_SCHEME = 'app';
export const RENDERER_ORIGIN = `${APP_SCHEME}://renderer`;

export interface ProtocolRoots {
  renderer: string;
  /** id → absolute folder of a document's resources. */
  documents: Map<string, string>;
}

export interface AppTarget {
  host: 'renderer' | 'doc';
  /** The folder the file must stay in. */
  root: string;
  /** root joined with the URL's path (lexically inside root; links are checked when it is read). */
  path: string;
}

/** Map an app:// URL to a file inside one of the roots, or null for anything outside them. */
export function resolveAppUrl(url: string, roots: ProtocolRoots): AppTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Only the two canonical origins: `app://user@renderer/` or `app://renderer:1/` are not ours to serve.
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.username || parsed.password || parsed.port) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (parsed.hostname === 'renderer') {
    const rel = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1);
    return inside('renderer', roots.renderer, rel);
  }
  if (parsed.hostname === 'doc') {
    const [, id, ...rest] = pathname.split('/');
    const root = id ? roots.documents.get(id) : undefined;
    if (!root || rest.length === 0) return null;
    return inside('doc', root, rest.join('/'));
  }
  return null;
}

/** root joined with rel, or null when rel climbs out of root (../, absolute paths). */
function inside(host: AppTarget['host'], root: string, rel: string): AppTarget | null {
  const base = resolve(root);
  const target = resolve(base, normalize(rel));
  return isInside(base, target) ? { host, root: base, path: target } : null;
}

/**
 * One document is on show at a time: registering its resource folder forgets every earlier one, so a
 * replaced document's folder is no longer served. Returns the URL prefix of the folder.
 */
export function registerDocumentResources(roots: ProtocolRoots, id: string, folder: string): string {
  roots.documents.clear();
  roots.documents.set(id, folder);
  return `${APP_SCHEME}://doc/${encodeURIComponent(id)}/`;
}

/** The document was closed or replaced by one without resources: serve no document folder. */
export function releaseDocumentResources(roots: ProtocolRoots): void {
  roots.documents.clear();
}

/** Largest file served under app://: 32 MB (a saved page's largest images are a few MB). */
export const MAX_SERVED_BYTES = 32 * 1024 * 1024;

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

/** A saved page's resources are shown as images only: anything else (HTML, script, CSS…) goes out as inert bytes. */
export function documentResourceType(path: string): string {
  const type = mimeType(path);
  return /^(?:image|font)\//.test(type) ? type : 'application/octet-stream';
}

/**
 * The Content-Security-Policy of every renderer page: scripts and styles only from the app itself,
 * images from the app, its document resources, and data: and blob: URLs (MHTML parts: blob: in the window, one
 * per part, made by the renderer itself from the file's bytes), nothing remote.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' ${APP_SCHEME}: data: blob:`,
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

/**
 * The policy of every app://doc response. The renderer only ever shows these as <img>, where no policy
 * applies; should one ever be loaded as a document (an SVG with script), it runs nothing, loads nothing and
 * is sandboxed in an opaque origin.
 */
export const DOCUMENT_RESOURCE_POLICY = "default-src 'none'; sandbox";

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The headers of a served file: the renderer's policy on app://renderer, the resource policy on app://doc. */
export function responseHeaders(target: AppTarget): Record<string, string> {
  return target.host === 'renderer'
    ? { 'Content-Type': mimeType(target.path), 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CONTENT_SECURITY_POLICY }
    // (No Cross-Origin-Resource-Policy: app://doc and app://renderer are different origins, and the renderer
    // must load these images.)
    : { 'Content-Type': documentResourceType(target.path), 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': DOCUMENT_RESOURCE_POLICY };
}

/**
 * The app:// handler (main: protocol.handle): resolve the URL, read the file confined to its root by real
 * path, regular files only, at most maxBytes. Anything refused is a plain 404 that says nothing about why.
 */
export async function serveAppUrl(url: string, roots: ProtocolRoots, maxBytes = MAX_SERVED_BYTES): Promise<Response> {
  const target = resolveAppUrl(url, roots);
  if (!target) return notFound();
  let bytes: Uint8Array<ArrayBuffer>;
  if (target.host === 'renderer') {
    // The app's own build output (inside app.asar once packaged, where real paths and open flags do not
    // apply): the lexical check above is enough.
    try {
      bytes = new Uint8Array(await readFile(target.path));
    } catch {
      return notFound();
    }
  } else {
    const read = await readConfinedFile(target.root, target.path, maxBytes);
    if (!read.ok) return notFound();
    bytes = new Uint8Array(read.bytes);
  }
  return new Response(bytes, { headers: responseHeaders(target) });
}
