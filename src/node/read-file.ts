// Read a document from disk for the renderer (or the CLI): stat, size limit, bytes as base64, and the
// "Webpage, complete" resource folder beside an .html (Chrome/Firefox save "NAME.html" with "NAME_files/").
// Node only, no Electron: main and the CLI both use it. Page content is never parsed here.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { RawDocument, Result } from '../shared/types';

/** Largest file opened: 50 MB (the largest Readability test page is 1.9 MB; real saved pages rarely pass 10 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadFileOptions {
  /** URL under which the host serves a resource folder (main: app://doc/<id>/; CLI: its file:// URL). */
  resourceBase?: (dir: string) => string;
  maxBytes?: number;
}

/** The page's NAME_files folder, if it exists beside an .html/.htm/.xhtml file. */
export async function resourceFolder(path: string): Promise<string | null> {
  const ext = extname(path);
  if (!/^\.(html?|xhtml)$/i.test(ext)) return null;
  const dir = join(dirname(path), `${basename(path, ext)}_files`);
  try {
    return (await stat(dir)).isDirectory() ? dir : null;
  } catch {
    return null;
  }
}

export async function readRawDocument(path: string, opts: ReadFileOptions = {}): Promise<Result<RawDocument>> {
  const name = basename(path);
  const limit = opts.maxBytes ?? MAX_FILE_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, error: { code: 'file-missing', params: { name, path } } };
    return { ok: false, error: { code: 'file-unreadable', params: { name, path, reason: code ?? 'error' } } };
  }
  if (info.isDirectory()) return { ok: false, error: { code: 'file-is-directory', params: { name, path } } };
  if (info.size > limit) {
    return { ok: false, error: { code: 'file-too-large', params: { name, path, limit: Math.round(limit / 1024 / 1024), size: Math.ceil(info.size / 1024 / 1024) } } };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: { code: 'file-unreadable', params: { name, path, reason: (error as NodeJS.ErrnoException).code ?? 'error' } } };
  }
  const doc: RawDocument = { path, name, base64: bytes.toString('base64') };
  const folder = await resourceFolder(path);
  if (folder && opts.resourceBase) {
    doc.resourceDir = basename(folder);
    doc.resourceBase = opts.resourceBase(folder);
  }
  return { ok: true, value: doc };
}
