// Import of Anki text files (Glosa's own TSV export, or a note export from Anki) into the notebook.
import type { Lang, NotebookDraft, NotebookEntry } from '../../shared/types';
import { createEntry, draftError, duplicateKey, normaliseDraft } from './entry';
import { readCsv } from '../text/csv-read';
import { ANKI_COLUMNS } from './export';

/** An imported row: the draft plus its creation time when the file carried one. */
export interface ImportedRow {
  draft: NotebookDraft;
  created: string | null;
}

export interface ParsedAnkiFile {
  rows: ImportedRow[];
  /** Records without a front (blank or malformed lines). */
  invalid: number;
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Plain text of an HTML field: <br> and block ends become line breaks, other tags go, entities decode. */
export function htmlFieldToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\u00a0/g, ' ')
    .trim();
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** Read an Anki text file: its `#key:value` headers (Anki ≥ 2.1.55), then one record per note. Without
 *  a `#columns:` header the columns are taken in Glosa's order (Front, Back, Context, Source, Tags, …). */
export function parseAnkiText(input: string): ParsedAnkiFile {
  const text = input.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n?|\n/);
  let separator = '\t';
  let html = false;
  let columnsHeader: string | null = null;
  let tagsColumn: number | null = null;
  let start = 0;
  // Anki's older global-tags line, accepted on the very first line only.
  if (lines[0]?.startsWith('tags:')) start = 1;
  for (; start < lines.length && lines[start]!.startsWith('#'); start++) {
    const m = /^#([a-z ]+):(.*)$/i.exec(lines[start]!);
    if (!m) continue; // a comment
    const key = m[1]!.trim().toLowerCase();
    const value = m[2]!;
    if (key === 'separator') separator = SEPARATORS[value.trim().toLowerCase()] ?? (value.length === 1 ? value : separator);
    else if (key === 'html') html = value.trim().toLowerCase() === 'true';
    else if (key === 'columns') columnsHeader = value;
    else if (key === 'tags column') tagsColumn = Number.parseInt(value, 10) || null;
  }
  const names: string[] = columnsHeader !== null
    ? columnsHeader.split(separator).map((c) => c.trim().toLowerCase())
    : ANKI_COLUMNS.map((c) => c.toLowerCase());
  if (tagsColumn !== null && tagsColumn <= names.length) names[tagsColumn - 1] = 'tags';
  const column = (name: string) => names.indexOf(name);
  const at = { front: column('front'), back: column('back'), context: column('context'), source: column('source'),
    tags: column('tags'), lemma: column('lemma'), note: column('note'), lang: column('lang'), path: column('path'), created: column('created') };

  // Anki's CSV quoting: a quoted field may span lines; a record never closed is counted as invalid.
  const { records, unreadable } = readCsv(lines.slice(start).join('\n'), separator);
  const rows: ImportedRow[] = [];
  let invalid = unreadable;
  for (const record of records) {
    const field = (index: number): string => {
      const raw = index >= 0 ? (record[index] ?? '') : '';
      return html ? htmlFieldToText(raw) : raw.trim();
    };
    const front = field(at.front);
    if (front === '') { invalid++; continue; }
    const tags = field(at.tags).split(/\s+/);
    const langField = field(at.lang);
    const lang: Lang = langField === 'en' || langField === 'pl' ? langField
      : tags.includes('en-pl') ? 'en' : 'pl';
    const created = field(at.created);
    const draft = normaliseDraft({
      text: front,
      lemma: field(at.lemma),
      lang,
      translation: field(at.back),
      context: field(at.context),
      sourceTitle: field(at.source),
      sourcePath: field(at.path),
      note: field(at.note),
    });
    if (draftError(draft)) { invalid++; continue; }
    rows.push({ draft, created: ISO_TIME.test(created) ? created : null });
  }
  return { rows, invalid };
}

export interface MergeResult {
  entries: NotebookEntry[];
  added: number;
  /** Rows already in the notebook (same text, lemma and translation), repeated in the file, or unreadable. */
  skipped: number;
}

/** Add imported rows that are not duplicates of existing entries (nor of earlier rows of the same file). */
export function mergeImported(
  existing: readonly NotebookEntry[],
  parsed: ParsedAnkiFile,
  stamp: () => { id?: string; now?: string } = () => ({}),
): MergeResult {
  const seen = new Set(existing.map(duplicateKey));
  const entries = [...existing];
  let added = 0;
  let skipped = parsed.invalid;
  for (const { draft, created } of parsed.rows) {
    const key = duplicateKey(draft);
    if (seen.has(key)) { skipped++; continue; }
    seen.add(key);
    const entry = createEntry(draft, stamp());
    entries.push(created ? { ...entry, created } : entry);
    added++;
  }
  return { entries, added, skipped };
}
