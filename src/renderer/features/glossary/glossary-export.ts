// Glossary exports: CSV (RFC 4180 quoting) and a Markdown table.
import type { GlossEntry } from '../../../shared/types';

const csvField = (value: string | number | boolean): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function glossaryCsv(entries: GlossEntry[]): string {
  const rows = [['polish', 'english', 'count', 'kind', 'approximate']];
  for (const e of entries) rows.push([e.text, e.translation, String(e.count), e.kind, String(e.approximate)]);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const mdCell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function glossaryMarkdown(entries: GlossEntry[], headings: [string, string, string]): string {
  const lines = [`| ${headings.join(' | ')} |`, '| --- | --- | ---: |'];
  for (const e of entries) {
    const translation = e.approximate ? `≈ ${e.translation}` : e.translation;
    lines.push(`| ${mdCell(e.text)} | ${mdCell(translation)} | ${e.count} |`);
  }
  return lines.join('\n') + '\n';
}
