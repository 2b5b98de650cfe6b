// Read a document from disk for the renderer (or the CLI): stat, size limit, bytes as base64, and the
// "Webpage, complete" resource folder beside an .html (Chrome/Firefox save "NAME.html" with "NAME_files/").
// Node only, no Electron: main and the CLI both use it. Page content is never parsed here.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { RawDocument, Result, UserError } from '../shared/types';
import { readRegularFile } from './regular-file';

type Failure = { ok: false; error: UserError };

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

const unreadable = (name: string, path: string, error: unknown): Failure => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, error: { code: 'file-missing', params: { name, path } } };
  if (code === 'EISDIR') return { ok: false, error: { code: 'file-is-directory', params: { name, path } } };
  return { ok: false, error: { code: 'file-unreadable', params: { name, path, reason: code ?? 'error' } } };
};

const tooLarge = (name: string, path: string, limit: number, size: number): Failure => ({
  ok: false,
  error: { code: 'file-too-large', params: { name, path, limit: Math.round(limit / 1024 / 1024), size: Math.ceil(size / 1024 / 1024) } },
});

/** The file's bytes, or the user's error: a regular file of at most `limit` bytes only (see regular-file.ts). */
async function readDocumentBytes(path: string, name: string, limit: number): Promise<Result<Buffer>> {
  try {
    const read = await readRegularFile(path, limit);
    if (read.ok) return { ok: true, value: read.bytes };
    if (read.reason === 'directory') return { ok: false, error: { code: 'file-is-directory', params: { name, path } } };
    if (read.reason === 'not-regular') return { ok: false, error: { code: 'file-not-regular', params: { name, path } } };
    return tooLarge(name, path, limit, read.size);
  } catch (error) {
    return unreadable(name, path, error);
  }
}

export async function readRawDocument(path: string, opts: ReadFileOptions = {}): Promise<Result<RawDocument>> {
  const name = basename(path);
  const limit = opts.maxBytes ?? MAX_FILE_BYTES;
  const read = await readDocumentBytes(path, name, limit);
  if (!read.ok) return read;
  const bytes = read.value;
  const doc: RawDocument = { path, name, base64: bytes.toString('base64') };
  const folder = await resourceFolder(path);
  if (folder && opts.resourceBase) {
    doc.resourceDir = basename(folder);
    doc.resourceBase = opts.resourceBase(folder);
  }
  return { ok: true, value: doc };
}
