// The words looked up while reading, per document, for the print vocabulary appendix. The hover popup
// calls recordLookup() each time it shows a translation; the appendix adds the notebook entries saved
// from the same document. Kept in memory only: the notebook is where words are kept for good.
import type { Lang, NotebookEntry } from '../../../shared/types';

export interface LookupRecord {
  /** Path of the document the word was looked up in (ShownDocument.path). */
  sourcePath: string;
  /** The form as it appeared in the text. */
  text: string;
  lemma: string;
  lang: Lang;
  /** The translations shown, joined (e.g. "to mark, to label"). */
  translation: string;
}

export interface VocabularyRow {
  text: string;
  lemma: string;
  translation: string;
  /** True when it comes from the notebook (saved), false when only looked up. */
  saved: boolean;
}

const lookups = new Map<string, LookupRecord[]>();
const listeners = new Set<(sourcePath: string) => void>();

const key = (lemma: string, translation: string) => `${lemma.toLocaleLowerCase('pl')}\u0000${translation.toLocaleLowerCase('pl')}`;

/** Record one lookup shown to the user (called by the hover feature). Empty translations are ignored. */
export function recordLookup(entry: LookupRecord): void {
  if (!entry.sourcePath || !entry.text.trim() || !entry.translation.trim()) return;
  const list = lookups.get(entry.sourcePath) ?? [];
  if (list.some((e) => key(e.lemma, e.translation) === key(entry.lemma, entry.translation))) return;
  list.push({ ...entry, text: entry.text.trim(), lemma: entry.lemma.trim() || entry.text.trim(), translation: entry.translation.trim() });
  lookups.set(entry.sourcePath, list);
  for (const listener of listeners) listener(entry.sourcePath);
}

/** Called with the document path whenever a lookup is recorded for it; returns an unsubscribe function. */
export function onLookup(listener: (sourcePath: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function lookupsFor(sourcePath: string): readonly LookupRecord[] {
  return lookups.get(sourcePath) ?? [];
}

/** Looked-up words and notebook entries of one document, notebook first wins on duplicates, in reading order of lookup. */
export function vocabularyRows(sourcePath: string, notebook: readonly NotebookEntry[]): VocabularyRow[] {
  const rows: VocabularyRow[] = [];
  const seen = new Set<string>();
  const saved = notebook.filter((e) => e.sourcePath === sourcePath).sort((a, b) => a.created.localeCompare(b.created));
  for (const e of saved) {
    const k = key(e.lemma || e.text, e.translation);
    if (seen.has(k)) continue;
    seen.add(k);
    rows.push({ text: e.text, lemma: e.lemma || e.text, translation: e.translation, saved: true });
  }
  for (const e of lookupsFor(sourcePath)) {
    const k = key(e.lemma, e.translation);
    if (seen.has(k)) continue;
    seen.add(k);
    rows.push({ text: e.text, lemma: e.lemma, translation: e.translation, saved: false });
  }
  return rows;
}
