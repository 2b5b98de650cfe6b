// Read one file that must lie inside a folder: a resource of a "Webpage, complete" save (served under
// app://doc/) or a file of the built renderer (app://renderer/). A saved page's folder is untrusted: it can
// hold links out of itself (`link.png -> /etc/passwd`, `root -> /`), FIFOs that block a reader forever and
// devices that never end. So: the real path (every link resolved) must stay inside the folder's real path,
// the folder itself must not be a link, only a regular file is read, and never more than the cap.
import { constants } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { NONBLOCKING_READ, readRegularFile } from './regular-file';

export type ConfinedRefusal = 'missing' | 'outside' | 'not-regular' | 'too-large' | 'unreadable';
export type ConfinedRead = { ok: true; bytes: Buffer } | { ok: false; reason: ConfinedRefusal };

/** Is `target` the folder `root` itself or below it (both already resolved)? */
export function isInside(root: string, target: string): boolean {
  const back = relative(root, target);
  return back !== '' && back !== '..' && !back.startsWith('..' + sep) && !isAbsolute(back);
}

// Besides not blocking, O_NOFOLLOW: the last component was resolved by realpath, so a link there now means it
// was swapped in meanwhile (0 where absent).
const OPEN_FLAGS = NONBLOCKING_READ | (constants.O_NOFOLLOW ?? 0);

/** The bytes of `root`/`rel` when it is a regular file of at most maxBytes whose real path is inside root. */
export async function readConfinedFile(root: string, rel: string, maxBytes: number): Promise<ConfinedRead> {
  let realRoot: string;
  let realTarget: string;
  try {
    // The folder is the page's NAME_files or the app's own out/renderer: never a link (a `page_files -> /`
    // would make the whole disk "inside").
    if (!(await lstat(root)).isDirectory()) return { ok: false, reason: 'outside' };
    realRoot = await realpath(root);
    realTarget = await realpath(resolve(root, rel));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' ? 'missing' : 'unreadable' };
  }
  if (!isInside(realRoot, realTarget)) return { ok: false, reason: 'outside' };
  try {
    const read = await readRegularFile(realTarget, maxBytes, OPEN_FLAGS);
    if (read.ok) return read;
    return { ok: false, reason: read.reason === 'too-large' ? 'too-large' : 'not-regular' };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
