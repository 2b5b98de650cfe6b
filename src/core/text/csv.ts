// CSV out (RFC 4180, guarded against formula injection) and in (csv-parse's browser build, which runs in
// the renderer as well as in Node).
import { parse } from 'csv-parse/browser/esm/sync';

/** Formula injection: a spreadsheet runs a cell starting with = + - @ (or tab/CR) as a formula. Cells hold
 *  page text, so such cells get a leading apostrophe (OWASP "CSV Injection"). */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV: every cell defused and quoted where needed, records ending in CRLF. */
export function csvRows(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((row) => row.map((cell) => csvField(defuseFormula(cell))).join(',')).join('\r\n') + '\r\n';
}

export interface CsvTable {
  records: string[][];
  /** Records left out because they could not be read (a quote never closed runs to the end of the text). */
  unreadable: number;
}

/**
 * Records of a CSV (or other separated) text, read leniently as spreadsheets and Anki do: a field that starts
 * with a double quote runs to the matching quote (doubled quotes inside) and may span lines; a quote inside
 * an unquoted field is kept; records may differ in length; blank lines are skipped.
 */
export function readCsv(text: string, separator = ','): CsvTable {
  let unreadable = 0;
  const records = parse(text, {
    delimiter: separator,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: () => { unreadable++; return undefined; },
  });
  return { records, unreadable };
}
