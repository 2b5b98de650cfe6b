// Read one file that must lie inside a folder: a resource of a "Webpage, complete" save (served under
// app://doc/) or a file of the built renderer (app://renderer/). A saved page's folder is untrusted: it can
// hold links out of itself (`link.png -> /etc/passwd`, `root -> /`), FIFOs that block a reader forever and
// devices that never end. So: the real path (every link resolved) must stay inside the folder's real path,
// the folder itself must not be a link, only a regular file is read, and never more than the cap.
import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type ConfinedRefusal = 'missing' | 'outside' | 'not-regular' | 'too-large' | 'unreadable';
export type ConfinedRead = { ok: true; bytes: Buffer } | { ok: false; reason: ConfinedRefusal };

/** Is `target` the folder `root` itself or below it (both already resolved)? */
export function isInside(root: string, target: string): boolean {
  const back = relative(root, target);
  return back !== '' && back !== '..' && !back.startsWith('..' + sep) && !isAbsolute(back);
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. O_NOFOLLOW: the last component
// was resolved by realpath, so a link there now means it was swapped in meanwhile. Both are 0 where absent.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

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
  let handle;
  try {
    handle = await open(realTarget, OPEN_FLAGS);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'not-regular' };
    if (info.size > maxBytes) return { ok: false, reason: 'too-large' };
    // Read at most one byte past the cap, so a file that grows while it is read is refused, not followed.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return { ok: false, reason: 'too-large' };
    return { ok: true, bytes: buffer.subarray(0, filled) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    await handle.close();
  }
}
