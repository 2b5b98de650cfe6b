// CSV out: RFC 4180, guarded against formula injection. Reading is in csv-read.ts, apart, so that code
// which only writes CSV (the renderer's glossary export) does not bundle the parser.

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
