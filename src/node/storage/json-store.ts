// One JSON document in one file, written so that a crash (SIGKILL, power loss) at any moment leaves
// either the old or the new version on disk, never a torn one.
//
// Files, for a store at `<file>`:
//   <file>                    the current version (replaced by rename, never rewritten in place)
//   <file>.bak                the previous good version (a hard link to the old inode, else a copy)
//   <file>.corrupt-<time>     a version that did not parse or validate, set aside for the user
//
// Write sequence (each step atomic; a crash between two steps leaves a loadable state):
//   1. <file>.bak := <file>   link to a temporary name, rename over .bak
//   2. write-file-atomic       temporary file, write, fsync, rename over <file>
//   3. fsync the directory     so the renames themselves survive power loss (POSIX; skipped on Windows)
//
// Concurrency. Within a process every update runs on one promise queue, so two windows' saves are
// applied one after the other, each to the result of the previous one. Across processes: Electron's
// single-instance lock (src/main/index.ts) keeps a second app instance from running at all. If two
// processes do share a file anyway (a second copy of the app with the same userData), the store
// re-reads the file before each update when its identity (inode, size, mtime) changed since the last
// read or write, so each process builds on the other's saves; two updates landing within the same
// few milliseconds can still race and the later rename wins. A lock file was left out on purpose: a
// process killed while holding it leaves a stale lock, whose detection (pid liveness) is unreliable
// across machines sharing a home folder.
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { escapeRegExp } from '../../core/text/regex';

/** Temporary files older than this at start-up belong to a writer that died. */
const STALE_TEMPORARY_MS = 30_000;

export type Recovery = 'none' | 'backup' | 'defaults';

export interface LoadResult<T> {
  value: T;
  /** 'backup': the file was unreadable or invalid and the .bak was used; 'defaults': neither was usable. */
  recovered: Recovery;
  /** Where the unusable file was moved, when it was. */
  setAside?: string;
}

export interface JsonStoreOptions<T> {
  defaults: () => T;
  /** The document if `x` is acceptable (possibly repaired), else null: the file is then set aside. */
  validate: (x: unknown) => T | null;
  /** JSON indentation; the files are small and people do open them. */
  indent?: number;
}

interface FileIdentity { ino: number; size: number; mtimeMs: number }

export class JsonStore<T> {
  private current: T | null = null;
  private identity: FileIdentity | null = null;
  private firstLoad: Promise<LoadResult<T>> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** The file on disk was found invalid after loading: do not rotate it into .bak. */
  private mainIsBad = false;

  constructor(
    readonly path: string,
    private readonly options: JsonStoreOptions<T>,
  ) {}

  /** The document, loading it (and recovering it if needed) on the first call. Later calls return the
   *  value in memory with the first call's recovery report, so every caller can learn of a recovery. */
  load(): Promise<LoadResult<T>> {
    this.firstLoad ??= this.enqueue(() => this.readFromDisk()).catch((error: unknown) => {
      this.firstLoad = null; // e.g. EACCES: let a later call try again
      throw error;
    });
    return this.firstLoad.then((first) => ({ ...first, value: this.current as T }));
  }

  /** Apply `fn` to the current document and store the result. Resolves after the new version is
   *  durably on disk (fsynced and renamed). `fn` must not mutate its argument: it returns a new value,
   *  or the argument itself to write nothing. */
  async update(fn: (value: T) => T): Promise<T> {
    await this.load();
    return this.enqueue(async () => {
      await this.reloadIfChangedOnDisk();
      const before = this.current as T;
      const next = fn(before);
      if (next === before) return before;
      await this.write(next);
      this.current = next;
      return next;
    });
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined); // one failed task must not block the queue
    return run;
  }

  private async readFromDisk(): Promise<LoadResult<T>> {
    await this.removeStaleTemporaries();
    const main = await this.readValid(this.path);
    if (main.kind === 'ok') {
      this.current = main.value;
      this.identity = main.identity;
      return { value: main.value, recovered: 'none' };
    }
    const setAside = main.kind === 'invalid' ? await this.setAside(this.path) : undefined;
    const backup = await this.readValid(`${this.path}.bak`);
    if (backup.kind === 'ok') {
      // Put the last good version back in place, so the next start finds a clean file.
      await this.writeMain(backup.text);
      this.current = backup.value;
      return { value: backup.value, recovered: 'backup', ...(setAside ? { setAside } : {}) };
    }
    if (backup.kind === 'invalid') await this.setAside(`${this.path}.bak`);
    this.current = this.options.defaults();
    this.identity = null;
    const recovered: Recovery = main.kind === 'missing' && backup.kind === 'missing' ? 'none' : 'defaults';
    return { value: this.current, recovered, ...(setAside ? { setAside } : {}) };
  }

  private async readValid(
    path: string,
  ): Promise<{ kind: 'ok'; value: T; text: string; identity: FileIdentity } | { kind: 'missing' } | { kind: 'invalid' }> {
    let text: string;
    let identity: FileIdentity;
    try {
      // Identity first: if the file is replaced between the two calls we re-read once more later, never less.
      identity = toIdentity(await stat(path));
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return { kind: 'missing' };
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { kind: 'invalid' };
    }
    const value = this.options.validate(parsed);
    return value === null ? { kind: 'invalid' } : { kind: 'ok', value, text, identity };
  }

  /** Another process replaced the file since we last read or wrote it: build on its version. */
  private async reloadIfChangedOnDisk(): Promise<void> {
    let now: FileIdentity;
    try {
      now = toIdentity(await stat(this.path));
    } catch (error) {
      if (isCode(error, 'ENOENT')) return;
      throw error;
    }
    const known = this.identity;
    if (known && known.ino === now.ino && known.size === now.size && known.mtimeMs === now.mtimeMs) return;
    const fresh = await this.readValid(this.path);
    if (fresh.kind === 'ok') {
      this.current = fresh.value;
      this.identity = fresh.identity;
    }
    // An invalid file written by someone else is not kept as the backup: our write replaces it and
    // the previous good version stays in .bak.
    else if (fresh.kind === 'invalid') this.mainIsBad = true;
  }

  private async write(value: T): Promise<void> {
    const text = JSON.stringify(value, null, this.options.indent ?? 1) + '\n';
    if (!this.mainIsBad) await this.keepBackup();
    await this.writeMain(text);
    this.mainIsBad = false;
  }

  private async writeMain(text: string): Promise<void> {
    await writeFileAtomic(this.path, text, { encoding: 'utf8', fsync: true });
    await fsyncDirectory(dirname(this.path));
    this.identity = toIdentity(await stat(this.path));
  }

  /** <file>.bak := the current <file>, atomically: a hard link costs no copy, and the old inode stays
   *  intact because write-file-atomic replaces <file> with a new one. */
  private async keepBackup(): Promise<void> {
    const backup = `${this.path}.bak`;
    const temporary = `${backup}.${process.pid}.tmp`;
    await unlink(temporary).catch(() => undefined);
    try {
      await link(this.path, temporary);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return; // first write: nothing to keep
      // Filesystems without hard links (FAT, some network shares): copy, flush, then rename.
      await copyFile(this.path, temporary, fsConstants.COPYFILE_FICLONE);
      const handle = await open(temporary, 'r+');
      try { await handle.sync(); } finally { await handle.close(); }
    }
    await rename(temporary, backup);
  }

  /** A process killed mid-write leaves its temporary file (write-file-atomic names it `<file>.<number>`;
   *  ours is `<file>.bak.<pid>.tmp`). Remove those old enough that no live writer can own them. */
  private async removeStaleTemporaries(): Promise<void> {
    const dir = dirname(this.path);
    const base = basename(this.path);
    const temporary = new RegExp(`^${escapeRegExp(base)}\\.(\\d+|bak\\.\\d+\\.tmp)$`);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    const cutoff = Date.now() - STALE_TEMPORARY_MS;
    await Promise.all(names.filter((name) => temporary.test(name)).map(async (name) => {
      try {
        const path = join(dir, name);
        if ((await stat(path)).mtimeMs < cutoff) await unlink(path);
      } catch {
        // gone already, or not ours to remove
      }
    }));
  }

  private async setAside(path: string): Promise<string | undefined> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    for (let attempt = 0; attempt < 100; attempt++) {
      const target = `${path}.corrupt-${stamp}${attempt ? `-${attempt}` : ''}`;
      try {
        await stat(target);
        continue; // taken (two recoveries within the same millisecond)
      } catch (error) {
        if (!isCode(error, 'ENOENT')) throw error;
      }
      try {
        await rename(path, target);
        return target;
      } catch (error) {
        if (isCode(error, 'ENOENT')) return undefined;
        throw error;
      }
    }
    return undefined;
  }
}

function toIdentity(s: { ino: number; size: number; mtimeMs: number }): FileIdentity {
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** fsync on a directory makes a rename inside it durable (POSIX). Windows cannot open directories;
 *  NTFS journals the rename itself. */
async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some filesystems refuse fsync on directories (EINVAL); the file itself is already flushed.
  } finally {
    await handle?.close();
  }
}
