// CSV in, through csv-parse's browser build (it runs in the renderer as well as in Node).
import { parse } from 'csv-parse/browser/esm/sync';

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
