// Notebook export: Anki TSV, CSV and Markdown.
import type { NotebookEntry } from '../../shared/types';
import { csvRows } from '../text/csv';
import { markdownCell, markdownRow } from '../text/markdown';

export type ExportFormat = 'tsv' | 'csv' | 'md';

/** Columns of the Anki file. The first five are the card (Anki maps "Front" and "Back" to the Basic note
 *  type's fields by name; Context and Source go to fields of those names if the note type has them, and
 *  Tags to the tags); the rest are unmapped in Anki and let Glosa import its own export without loss. */
export const ANKI_COLUMNS = ['Front', 'Back', 'Context', 'Source', 'Tags', 'Lemma', 'Note', 'Lang', 'Path', 'Created'] as const;

/** One field in Anki's HTML mode (`#html:true`): & < > " as entities (so a quote never starts a CSV
 *  quoted field and text shows literally), line breaks as <br>, tabs as spaces (the tab separates fields).
 *  Anki manual, "Importing text files": HTML, and "File Headers" (Anki ≥ 2.1.55). */
export function ankiField(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n?|\n/g, '<br>')
    .replace(/\t/g, ' ');
}

/** Anki tags cannot hold spaces: "glosa" plus the direction, e.g. "glosa pl-en". */
function ankiTags(e: NotebookEntry): string {
  return `glosa ${e.lang}-${e.lang === 'pl' ? 'en' : 'pl'}`;
}

function ankiSource(e: NotebookEntry): string {
  return e.sourceTitle || e.sourcePath.split(/[\\/]/).pop() || '';
}

export function toAnkiTsv(entries: readonly NotebookEntry[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    `#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
  ];
  const rows = entries.map((e) =>
    [e.text, e.translation, e.context, ankiSource(e), ankiTags(e), e.lemma, e.note, e.lang, e.sourcePath, e.created]
      .map(ankiField)
      .join('\t'),
  );
  return [...header, ...rows].join('\n') + '\n';
}

const CSV_COLUMNS = ['text', 'lemma', 'lang', 'translation', 'context', 'note', 'sourceTitle', 'sourcePath', 'created', 'updated'] as const;

/** CSV with a header row. Starts with a byte order mark so spreadsheet programs read it as UTF-8. */
export function toCsv(entries: readonly NotebookEntry[]): string {
  return '\uFEFF' + csvRows([CSV_COLUMNS, ...entries.map((e) => CSV_COLUMNS.map((c) => e[c]))]);
}

/** Column headings of the Markdown table: word, lemma, translation, context, note, source. */
export type MarkdownHeadings = readonly [string, string, string, string, string, string];

export function toMarkdown(entries: readonly NotebookEntry[], headings: MarkdownHeadings = MARKDOWN_HEADINGS_EN): string {
  const rows = entries.map((e) =>
    [e.text, e.lemma === e.text ? '' : e.lemma, e.translation, e.context, e.note, e.sourceTitle].map(markdownCell),
  );
  return [markdownRow(headings), markdownRow(headings.map(() => '---')), ...rows.map(markdownRow)].join('\n') + '\n';
}

export const MARKDOWN_HEADINGS_EN: MarkdownHeadings = ['Word', 'Lemma', 'Translation', 'Context', 'Note', 'Source'];

/** The entries in a format; `headings` name the Markdown table's columns (English by default). */
export function exportEntries(entries: readonly NotebookEntry[], format: ExportFormat, headings?: MarkdownHeadings): string {
  switch (format) {
    case 'tsv': return toAnkiTsv(entries);
    case 'csv': return toCsv(entries);
    case 'md': return toMarkdown(entries, headings);
  }
}
