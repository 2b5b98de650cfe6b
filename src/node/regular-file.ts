// The one careful read of a file whose path came from outside: opened without blocking (a FIFO with no writer
// would otherwise wait forever), checked with fstat on the opened handle (a path checked first and opened later
// could change in between), and never read past the limit, whatever the size said (a device reports 0, a file
// may grow). Used for the page the user opens (read-file.ts) and for a saved page's resources (confined-file.ts).
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** O_NONBLOCK where the platform has it (not on Windows). */
export const NONBLOCKING_READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type RegularRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'directory' }
  | { ok: false; reason: 'not-regular' }
  | { ok: false; reason: 'too-large'; size: number };

/** The bytes of a regular file of at most `limit` bytes. Errors of open, fstat and read are thrown as they come. */
export async function readRegularFile(path: string, limit: number, flags: number = NONBLOCKING_READ): Promise<RegularRead> {
  const handle: FileHandle = await open(path, flags);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: 'directory' };
    if (!info.isFile()) return { ok: false, reason: 'not-regular' };
    if (info.size > limit) return { ok: false, reason: 'too-large', size: info.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(info.size - total, 64 * 1024), limit + 1 - total);
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(want), 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { ok: false, reason: 'too-large', size: total };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
