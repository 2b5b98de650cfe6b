/** A GitHub-flavoured Markdown table cell: backslashes and pipes escaped, & and < as entities (so text never
 *  turns into HTML or an entity), line breaks as <br>. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n?|\n/g, '<br>')
    .trim();
}

/** One table row: `| a | b |`. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
