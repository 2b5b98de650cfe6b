// Glossary exports: CSV and a Markdown table. Cells hold page text: the CSV defuses formulas and the
// Markdown escapes what would end a cell or turn into HTML.
import type { GlossEntry } from '../../../shared/types';
import { csvRows } from '../../../core/text/csv';
import { markdownCell, markdownRow } from '../../../core/text/markdown';

export function glossaryCsv(entries: GlossEntry[]): string {
  const rows = [['polish', 'english', 'count', 'kind', 'approximate']];
  for (const e of entries) rows.push([e.text, e.translation, String(e.count), e.kind, String(e.approximate)]);
  return csvRows(rows);
}

export function glossaryMarkdown(entries: GlossEntry[], headings: [string, string, string]): string {
  const lines = [markdownRow(headings), '| --- | --- | ---: |'];
  for (const e of entries) {
    const translation = e.approximate ? `≈ ${e.translation}` : e.translation;
    lines.push(markdownRow([markdownCell(e.text), markdownCell(translation), String(e.count)]));
  }
  return lines.join('\n') + '\n';
}
