// Notebook entries: creation from a draft, validation, the duplicate key and the lemma marks.
// Pure: ids and times are passed in (or come from the standard crypto.randomUUID and Date).
import type { Lang, NotebookDraft, NotebookEntry, UserError } from '../../shared/types';
import { oneLine } from '../text/spaces';

/** Length limits, the same as main's IPC argument checks (src/main/ipc-validate.ts). */
export const LIMITS = { text: 500, lemma: 500, field: 2_000, sourcePath: 4_096 } as const;

const DRAFT_FIELDS = ['text', 'lemma', 'translation', 'context', 'sourceTitle', 'sourcePath', 'note'] as const;

export interface EntryStamp {
  id?: string;
  /** ISO 8601; defaults to now. */
  now?: string;
}

/** The draft as it will be stored: trimmed, one-line fields collapsed, lemma defaulting to the text. */
export function normaliseDraft(draft: NotebookDraft): NotebookDraft {
  const text = oneLine(draft.text).normalize('NFC');
  return {
    text,
    lemma: oneLine(draft.lemma).normalize('NFC') || text,
    lang: draft.lang,
    translation: oneLine(draft.translation).normalize('NFC'),
    context: oneLine(draft.context).normalize('NFC'),
    sourceTitle: oneLine(draft.sourceTitle),
    sourcePath: draft.sourcePath.trim(),
    // A note may hold several lines.
    note: draft.note.replace(/\r\n?/g, '\n').trim().normalize('NFC'),
  };
}

/** Why a (normalised) draft cannot be saved, or null. */
export function draftError(draft: NotebookDraft): UserError | null {
  if (draft.lang !== 'pl' && draft.lang !== 'en') return { code: 'notebook-bad-entry', params: { field: 'lang' } };
  for (const field of DRAFT_FIELDS) {
    if (typeof draft[field] !== 'string') return { code: 'notebook-bad-entry', params: { field } };
  }
  if (draft.text === '') return { code: 'notebook-empty-text' };
  const max = (field: (typeof DRAFT_FIELDS)[number]): number =>
    field === 'text' || field === 'lemma' ? LIMITS.text : field === 'sourcePath' ? LIMITS.sourcePath : LIMITS.field;
  for (const field of DRAFT_FIELDS) {
    if (draft[field].length > max(field)) return { code: 'notebook-too-long', params: { field, max: max(field) } };
  }
  return null;
}

export function createEntry(draft: NotebookDraft, stamp: EntryStamp = {}): NotebookEntry {
  const now = stamp.now ?? new Date().toISOString();
  return { id: stamp.id ?? crypto.randomUUID(), ...normaliseDraft(draft), created: now, updated: now };
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** An entry read from disk or received for restore, or null if its shape is wrong. Missing optional
 *  texts (note, context, source) are repaired to '' rather than losing the entry. */
export function toNotebookEntry(x: unknown): NotebookEntry | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  const str = (key: string): string | null => (typeof o[key] === 'string' ? (o[key] as string) : null);
  const optional = (key: string): string => str(key) ?? '';
  const id = str('id');
  const text = str('text');
  const created = str('created');
  if (!id || !text || !created || !ISO_TIME.test(created)) return null;
  if (o.lang !== 'pl' && o.lang !== 'en') return null;
  const updated = str('updated');
  return {
    id,
    text,
    lemma: str('lemma') || text,
    lang: o.lang as Lang,
    translation: optional('translation'),
    context: optional('context'),
    sourceTitle: optional('sourceTitle'),
    sourcePath: optional('sourcePath'),
    note: optional('note'),
    created,
    updated: updated && ISO_TIME.test(updated) ? updated : created,
  };
}

/** Two entries with the same text, lemma and translation are the same card (case-insensitive). */
export function duplicateKey(e: Pick<NotebookEntry, 'text' | 'lemma' | 'translation'>): string {
  return `${lemmaKey(e.text)}\u0000${lemmaKey(e.lemma || e.text)}\u0000${lemmaKey(e.translation)}`;
}

/** The key a lemma is marked under (and a card's fields compared by): one line, lower case, NFC. Diacritics
 *  are kept (Polish "żona" ≠ "zona"). */
export function lemmaKey(lemma: string): string {
  return oneLine(lemma.normalize('NFC')).toLocaleLowerCase('pl');
}

/** Lemma keys of every saved entry. The reader marks a word when any of its lemmas is in the set:
 *  saved "wysłać" marks "wysłana", whose lemma is wysłać. */
export function markedLemmas(entries: readonly NotebookEntry[]): Set<string> {
  const marked = new Set<string>();
  for (const e of entries) marked.add(lemmaKey(e.lemma || e.text));
  return marked;
}

/** True when any of a word's lemmas (or the word itself) is saved. */
export function isMarked(marked: ReadonlySet<string>, lemmas: readonly string[]): boolean {
  return lemmas.some((lemma) => marked.has(lemmaKey(lemma)));
}
