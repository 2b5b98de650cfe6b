import { describe, expect, it } from 'vitest';
import { glossaryCsv, glossaryMarkdown } from '../../../../../src/renderer/features/glossary/glossary-export';
import { readCsv } from '../../../../../src/core/text/csv-read';
import type { GlossEntry } from '../../../../../src/shared/types';

const entry = (text: string, translation: string, approximate = false): GlossEntry =>
  ({ text, translation, count: 2, kind: 'navigation', approximate, sources: [] });

describe('glossary export', () => {
  it('defuses page text a spreadsheet would run as a formula, and reads back as written otherwise', () => {
    const csv = glossaryCsv([entry('=HYPERLINK("http://x","Kliknij")', 'Click'), entry('Wersja do druku, A4', 'Printable version')]);
    expect(readCsv(csv).records).toEqual([
      ['polish', 'english', 'count', 'kind', 'approximate'],
      [`'=HYPERLINK("http://x","Kliknij")`, 'Click', '2', 'navigation', 'false'],
      ['Wersja do druku, A4', 'Printable version', '2', 'navigation', 'false'],
    ]);
  });

  it('escapes what would end a Markdown cell or become HTML', () => {
    const md = glossaryMarkdown([entry('A | B <img src=x> & co', 'A | B', true)], ['Polski', 'Angielski', 'Ile']).split('\n');
    expect(md[0]).toBe('| Polski | Angielski | Ile |');
    expect(md[2]).toBe('| A \\| B &lt;img src=x> &amp; co | ≈ A \\| B | 2 |');
  });
});
