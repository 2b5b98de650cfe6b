// Searching and sorting the notebook list.
import type { NotebookEntry } from '../../shared/types';
import { foldDiacritics } from '../text/fold';

const SEARCHED = ['text', 'lemma', 'translation', 'note', 'context'] as const;

/** Entries matching every word of the query in any of text, lemma, translation, note or context,
 *  ignoring case and diacritics ("zolw" finds "żółw"). An empty query returns all entries. */
export function searchEntries(entries: readonly NotebookEntry[], query: string): NotebookEntry[] {
  const terms = foldDiacritics(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...entries];
  return entries.filter((e) => {
    const haystack = SEARCHED.map((field) => foldDiacritics(e[field])).join('\n');
    return terms.every((term) => haystack.includes(term));
  });
}

export type NotebookSort = 'date' | 'alpha';

const polish = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

/** 'date': newest first (by creation time); 'alpha': by text in Polish collation (a < ą < b … z < ź < ż),
 *  ties by lemma, then by date. A new array; the input is left alone. */
export function sortEntries(entries: readonly NotebookEntry[], by: NotebookSort): NotebookEntry[] {
  const byDate = (a: NotebookEntry, b: NotebookEntry) =>
    Date.parse(b.created) - Date.parse(a.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compare =
    by === 'date'
      ? byDate
      : (a: NotebookEntry, b: NotebookEntry) => polish.compare(a.text, b.text) || polish.compare(a.lemma, b.lemma) || byDate(a, b);
  return [...entries].sort(compare);
}
