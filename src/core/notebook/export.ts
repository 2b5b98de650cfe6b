// Notebook export: Anki TSV, CSV and Markdown.
import type { NotebookEntry } from '../../shared/types';

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

/** Formula injection: a spreadsheet runs a cell starting with = + - @ (or tab/CR) as a formula. The
 *  context comes from web pages, so such cells get a leading apostrophe (OWASP "CSV Injection"). */
function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, records end in CRLF. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = ['text', 'lemma', 'lang', 'translation', 'context', 'note', 'sourceTitle', 'sourcePath', 'created', 'updated'] as const;

/** CSV with a header row. Starts with a byte order mark so spreadsheet programs read it as UTF-8. */
export function toCsv(entries: readonly NotebookEntry[]): string {
  const rows = [CSV_COLUMNS.join(','), ...entries.map((e) => CSV_COLUMNS.map((c) => csvField(defuseFormula(e[c]))).join(','))];
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

/** A GitHub-flavoured Markdown table cell: backslashes and pipes escaped, < as an entity (so text never
 *  turns into HTML), line breaks as <br>. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n?|\n/g, '<br>')
    .trim();
}

/** Column headings of the Markdown table: word, lemma, translation, context, note, source. */
export type MarkdownHeadings = readonly [string, string, string, string, string, string];

export function toMarkdown(entries: readonly NotebookEntry[], headings: MarkdownHeadings = MARKDOWN_HEADINGS_EN): string {
  const rows = entries.map((e) =>
    [e.text, e.lemma === e.text ? '' : e.lemma, e.translation, e.context, e.note, e.sourceTitle].map(markdownCell),
  );
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
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
