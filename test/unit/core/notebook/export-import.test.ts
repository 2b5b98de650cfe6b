import { describe, expect, it } from 'vitest';
import {
  ankiField, createEntry, mergeImported, parseAnkiText, toAnkiTsv, toCsv, toMarkdown,
} from '../../../../src/core/notebook/index';
import { readCsv } from '../../../../src/core/text/csv-read';
import type { NotebookDraft, NotebookEntry } from '../../../../src/shared/types';

function entry(over: Partial<NotebookDraft>, id: string): NotebookEntry {
  return createEntry({
    text: 'wysłana', lemma: 'wysłać', lang: 'pl', translation: 'sent', context: 'Wiadomość została wysłana.',
    sourceTitle: 'Syria: Homs', sourcePath: '/docs/syria.txt', note: '', ...over,
  }, { id, now: '2024-05-01T10:00:00.000Z' });
}

const tricky = entry({
  text: 'cudzysłów', lemma: 'cudzysłów', translation: 'quote "mark"', context: 'Tab\there, <b>bold</b> & "quoted"',
  note: 'line one\nline two | piped', sourceTitle: 'A, B',
}, 'b');
const entries = [entry({}, 'a'), tricky, entry({ text: 'shelling', lemma: 'shelling', lang: 'en', translation: 'ostrzał' }, 'c')];

/** The CSV output read back (quoted fields, doubled quotes, CRLF). */
function readBack(text: string): string[][] {
  return readCsv(text.replace(/^\uFEFF/, '')).records;
}

describe('Anki TSV export', () => {
  const tsv = toAnkiTsv(entries);
  const lines = tsv.trimEnd().split('\n');

  it('starts with the file headers of Anki ≥ 2.1.55', () => {
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab', '#html:true', '#tags column:5',
      '#columns:Front\tBack\tContext\tSource\tTags\tLemma\tNote\tLang\tPath\tCreated',
    ]);
  });

  it('writes one line per entry with front, back, context, source and tags first', () => {
    expect(lines).toHaveLength(4 + 3);
    expect(lines[4]!.split('\t').slice(0, 5)).toEqual(['wysłana', 'sent', 'Wiadomość została wysłana.', 'Syria: Homs', 'glosa pl-en']);
    expect(lines[6]!.split('\t')[4]).toBe('glosa en-pl');
  });

  it('escapes HTML, turns tabs into spaces and line breaks into <br>, and never starts a field with a quote', () => {
    const fields = lines[5]!.split('\t');
    expect(fields).toHaveLength(10);
    expect(fields[1]).toBe('quote &quot;mark&quot;');
    expect(fields[2]).toBe('Tab here, &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(fields[6]).toBe('line one<br>line two | piped');
    expect(ankiField('a\tb\r\nc\rd')).toBe('a b<br>c<br>d');
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180 and round-trips every field', () => {
    const csv = toCsv(entries);
    expect(csv.startsWith('\uFEFFtext,lemma,lang,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readBack(csv);
    expect(rows).toHaveLength(4);
    const [header, , second] = rows;
    const record = Object.fromEntries(header!.map((h, i) => [h, second![i]]));
    expect(record).toMatchObject({
      text: 'cudzysłów', translation: 'quote "mark"', context: 'Tab here, <b>bold</b> & "quoted"',
      note: 'line one\nline two | piped', sourceTitle: 'A, B',
    });
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([entry({ context: '=HYPERLINK("http://x","y")' }, 'f')]);
    expect(readBack(csv)[1]![4]).toBe(`'=HYPERLINK("http://x","y")`);
  });
});

describe('Markdown export', () => {
  it('writes a table with pipes escaped and line breaks as <br>', () => {
    const md = toMarkdown(entries).trimEnd().split('\n');
    expect(md[0]).toBe('| Word | Lemma | Translation | Context | Note | Source |');
    expect(md[1]).toBe('| --- | --- | --- | --- | --- | --- |');
    expect(md).toHaveLength(5);
    expect(md[3]).toContain('line one<br>line two \\| piped');
    expect(md[3]).toContain('&lt;b>bold&lt;/b> &amp;');
    // Every row has the same number of unescaped cell separators.
    const cells = (row: string) => row.split(/(?<!\\)\|/).length;
    expect(new Set(md.map(cells)).size).toBe(1);
  });
});

describe('import', () => {
  it('reads Glosa\'s own TSV back field for field', () => {
    const parsed = parseAnkiText(toAnkiTsv(entries));
    expect(parsed.invalid).toBe(0);
    expect(parsed.rows.map((r) => r.draft)).toEqual(entries.map(({ id: _id, created: _c, updated: _u, ...d }) => d));
    expect(parsed.rows[0]!.created).toBe('2024-05-01T10:00:00.000Z');
  });

  it('adds nothing when the same file is imported into the notebook it came from', () => {
    const result = mergeImported(entries, parseAnkiText(toAnkiTsv(entries)));
    expect(result).toMatchObject({ added: 0, skipped: 3 });
    expect(result.entries).toHaveLength(3);
  });

  it('adds only the new notes, and counts duplicates within the file once', () => {
    const file = toAnkiTsv([entries[0]!, entry({ text: 'nowe', lemma: 'nowy', translation: 'new' }, 'n'), entry({ text: 'nowe', lemma: 'nowy', translation: 'new' }, 'm')]);
    let id = 0;
    const result = mergeImported(entries, parseAnkiText(file), () => ({ id: `imp-${++id}`, now: '2025-01-01T00:00:00.000Z' }));
    expect(result.added).toBe(1);
    expect(result.skipped).toBe(2);
    expect(result.entries.at(-1)).toMatchObject({ id: 'imp-1', text: 'nowe', lemma: 'nowy', translation: 'new', created: '2024-05-01T10:00:00.000Z' });
  });

  it('reads a plain two-column file and a quoted multi-line field as Anki does', () => {
    const parsed = parseAnkiText('dom\thouse\n"kot"\t"a ""cat""\nline two"\n\n\tno front\n');
    expect(parsed.rows.map((r) => [r.draft.text, r.draft.translation, r.draft.lemma, r.draft.lang])).toEqual([
      ['dom', 'house', 'dom', 'pl'],
      ['kot', 'a "cat" line two', 'kot', 'pl'],
    ]);
    expect(parsed.invalid).toBe(1);
  });

  it('maps columns by the names of a #columns header, in any order', () => {
    const parsed = parseAnkiText('#separator:semicolon\n#html:false\n#columns:Back;Front;Tags\nhouse;dom;glosa en-pl\n');
    expect(parsed.rows[0]!.draft).toMatchObject({ text: 'dom', translation: 'house', lang: 'en' });
  });

  it('skips the old-style "tags:" first line rather than importing it as a note', () => {
    const parsed = parseAnkiText('tags:vocab polish\ndom\thouse\n');
    expect(parsed.rows.map((r) => r.draft.text)).toEqual(['dom']);
    expect(parsed.invalid).toBe(0);
  });
});
