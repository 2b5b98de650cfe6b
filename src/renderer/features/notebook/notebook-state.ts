// The renderer's copy of the notebook: loaded once from main, kept in step with every change made from
// this window (save, edit, delete, restore, import), and announced to the view and the article marks.
import type { NotebookDraft, NotebookEntry, Result } from '../../../shared/types';
import { glosa } from '../../bridge';

type Listener = (entries: readonly NotebookEntry[]) => void;

export class NotebookState {
  private list: NotebookEntry[] = [];
  private readonly listeners = new Set<Listener>();
  private loaded: Promise<void> | null = null;

  get entries(): readonly NotebookEntry[] {
    return this.list;
  }

  /** Load from main (once; `force` reloads, e.g. after an import). */
  load(force = false): Promise<void> {
    if (!this.loaded || force) {
      this.loaded = glosa.notebookList().then((entries) => this.set(entries));
    }
    return this.loaded;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async save(draft: NotebookDraft): Promise<Result<NotebookEntry>> {
    const result = await glosa.notebookSave(draft);
    if (result.ok) this.set([...this.list, result.value]);
    return result;
  }

  async update(id: string, patch: Partial<Pick<NotebookEntry, 'translation' | 'note'>>): Promise<Result<NotebookEntry>> {
    const result = await glosa.notebookUpdate(id, patch);
    if (result.ok) this.set(this.list.map((e) => (e.id === id ? result.value : e)));
    return result;
  }

  async remove(id: string): Promise<Result<NotebookEntry>> {
    const result = await glosa.notebookDelete(id);
    if (result.ok || result.error.code === 'notebook-not-found') this.set(this.list.filter((e) => e.id !== id));
    return result;
  }

  async restore(entry: NotebookEntry): Promise<Result<NotebookEntry>> {
    const result = await glosa.notebookRestore(entry);
    if (result.ok) this.set([...this.list.filter((e) => e.id !== entry.id), result.value]);
    return result;
  }

  private set(entries: NotebookEntry[]): void {
    this.list = entries;
    for (const listener of this.listeners) listener(entries);
  }
}
