// The vocabulary notebook on disk: `notebook.json` in the user-data folder, through JsonStore (atomic,
// crash-safe, serialised writes). Plain async functions matching the notebook calls of GlosaApi; the
// Electron host adds the save/open dialogs around exportNotebook and importNotebook.
import { join } from 'node:path';
import type { NotebookDraft, NotebookEntry, Result, UserError } from '../../shared/types';
import {
  createEntry, draftError, duplicateKey, exportEntries, mergeImported, normaliseDraft, parseAnkiText, toNotebookEntry,
  type ExportFormat, type MarkdownHeadings,
} from '../../core/notebook/index';
import { JsonStore, type Recovery } from './json-store';

export const NOTEBOOK_FILE = 'notebook.json';

/** The file's shape. `version` lets a later release migrate old files. */
export interface NotebookDocument {
  version: 1;
  entries: NotebookEntry[];
}

/** The document, or null when it is not a notebook (the store then sets it aside and uses the .bak).
 *  One malformed entry rejects the whole file rather than dropping the entry silently: the file is kept
 *  aside, so nothing is lost, and the user is told. */
export function toNotebookDocument(x: unknown): NotebookDocument | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  if (o.version !== 1 || !Array.isArray(o.entries)) return null;
  const entries: NotebookEntry[] = [];
  const ids = new Set<string>();
  for (const raw of o.entries) {
    const entry = toNotebookEntry(raw);
    if (!entry) return null;
    if (ids.has(entry.id)) continue;
    ids.add(entry.id);
    entries.push(entry);
  }
  return { version: 1, entries };
}

export interface NotebookOptions {
  /** Clock and id source, for tests. */
  now?: () => string;
  newId?: () => string;
}

export interface NotebookStatus {
  recovered: Recovery;
  setAside?: string;
}

type EntryPatch = Partial<Pick<NotebookEntry, 'translation' | 'note'>>;

export function createNotebook(userDataDir: string, options: NotebookOptions = {}) {
  const store = new JsonStore<NotebookDocument>(join(userDataDir, NOTEBOOK_FILE), {
    defaults: () => ({ version: 1, entries: [] }),
    validate: toNotebookDocument,
  });
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const fail = (error: UserError): Result<never> => ({ ok: false, error });
  const storageFailed = (error: unknown): Result<never> =>
    fail({ code: 'notebook-storage-failed', params: { reason: error instanceof Error ? error.message : String(error) } });

  /** Run one change; `change` returns the new entries and the result, or an error and no change. */
  async function change<R>(
    change: (entries: NotebookEntry[]) => { entries: NotebookEntry[]; value: R } | { error: UserError },
  ): Promise<Result<R>> {
    let outcome: Result<R> | null = null;
    try {
      await store.update((doc) => {
        const done = change(doc.entries);
        if ('error' in done) {
          outcome = fail(done.error);
          return doc; // unchanged: nothing is written
        }
        outcome = { ok: true, value: done.value };
        return { version: 1, entries: done.entries };
      });
    } catch (error) {
      return storageFailed(error);
    }
    return outcome!;
  }

  return {
    /** Whether loading had to recover the file; the host tells the user once. */
    async loadStatus(): Promise<NotebookStatus> {
      const { recovered, setAside } = await store.load();
      return setAside ? { recovered, setAside } : { recovered };
    },

    async notebookList(): Promise<NotebookEntry[]> {
      return [...(await store.load()).value.entries];
    },

    notebookSave(draft: NotebookDraft): Promise<Result<NotebookEntry>> {
      const clean = normaliseDraft(draft);
      const invalid = draftError(clean);
      if (invalid) return Promise.resolve(fail(invalid));
      return change<NotebookEntry>((entries) => {
        const key = duplicateKey(clean);
        const existing = entries.find((e) => duplicateKey(e) === key);
        if (existing) return { error: { code: 'notebook-duplicate', params: { text: existing.text, id: existing.id } } };
        const entry = createEntry(clean, { id: newId(), now: now() });
        return { entries: [...entries, entry], value: entry };
      });
    },

    notebookUpdate(id: string, patch: EntryPatch): Promise<Result<NotebookEntry>> {
      return change<NotebookEntry>((entries) => {
        const index = entries.findIndex((e) => e.id === id);
        if (index < 0) return { error: { code: 'notebook-not-found' } };
        const old = entries[index]!;
        const clean = normaliseDraft({
          ...old,
          translation: patch.translation ?? old.translation,
          note: patch.note ?? old.note,
        });
        const invalid = draftError(clean);
        if (invalid) return { error: invalid };
        const entry: NotebookEntry = { ...old, translation: clean.translation, note: clean.note, updated: now() };
        return { entries: entries.with(index, entry), value: entry };
      });
    },

    /** Delete; returns the entry so the renderer can offer undo through notebookRestore. */
    notebookDelete(id: string): Promise<Result<NotebookEntry>> {
      return change<NotebookEntry>((entries) => {
        const entry = entries.find((e) => e.id === id);
        if (!entry) return { error: { code: 'notebook-not-found' } };
        return { entries: entries.filter((e) => e !== entry), value: entry };
      });
    },

    /** Put a deleted entry back, with its id and times. Restoring twice is harmless. */
    notebookRestore(raw: NotebookEntry): Promise<Result<NotebookEntry>> {
      const shaped = toNotebookEntry(raw);
      if (!shaped || shaped.id.length > 100) return Promise.resolve(fail({ code: 'notebook-bad-entry', params: { field: 'entry' } }));
      const clean = normaliseDraft(shaped);
      const invalid = draftError(clean);
      if (invalid) return Promise.resolve(fail(invalid));
      const entry: NotebookEntry = { ...shaped, ...clean };
      return change<NotebookEntry>((entries) => {
        const same = entries.find((e) => e.id === entry.id);
        if (same) return { entries, value: same };
        const key = duplicateKey(entry);
        const existing = entries.find((e) => duplicateKey(e) === key);
        if (existing) return { error: { code: 'notebook-duplicate', params: { text: existing.text, id: existing.id } } };
        return { entries: [...entries, entry], value: entry };
      });
    },

    /** The whole notebook as text in the format (the host writes it where the save dialog says). */
    async exportNotebook(format: ExportFormat, markdownHeadings?: MarkdownHeadings): Promise<string> {
      return exportEntries((await store.load()).value.entries, format, markdownHeadings);
    },

    /** Add the notes of an Anki text file that are not already saved. Throws only if the file cannot be
     *  written (the host turns that into an error message). */
    async importNotebook(text: string): Promise<{ added: number; skipped: number }> {
      const parsed = parseAnkiText(text);
      let counts = { added: 0, skipped: parsed.invalid + parsed.rows.length };
      await store.update((doc) => {
        const merged = mergeImported(doc.entries, parsed, () => ({ id: newId(), now: now() }));
        counts = { added: merged.added, skipped: merged.skipped };
        return merged.added === 0 ? doc : { version: 1, entries: merged.entries };
      });
      return counts;
    },
  };
}

export type Notebook = ReturnType<typeof createNotebook>;
