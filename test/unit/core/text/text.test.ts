import { describe, expect, it } from 'vitest';
import { csvField, csvRows, defuseFormula } from '../../../../src/core/text/csv';
import { readCsv } from '../../../../src/core/text/csv-read';
import { foldDiacritics } from '../../../../src/core/text/fold';
import { markdownCell, markdownRow } from '../../../../src/core/text/markdown';
import { escapeRegExp } from '../../../../src/core/text/regex';
import { oneLine } from '../../../../src/core/text/spaces';
import { joinedWordsOf, letterRunsOf, wholeWordPattern, wordsOf } from '../../../../src/core/text/words';

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
    for (const cell of ['=1+1', '+48 123', '-2', '@SUM(A1)', '\tx']) expect(defuseFormula(cell)).toBe(`'${cell}`);
    expect(defuseFormula('Więcej')).toBe('Więcej');
    expect(csvRows([['a', '=HYPERLINK("http://x","y")'], ['b', 'c']])).toBe(`a,"'=HYPERLINK(""http://x"",""y"")"\r\nb,c\r\n`);
  });

  it('reads back what it writes', () => {
    const rows = [['tekst', 'line one\nline two', 'A, B', 'quote "mark"'], ['x', '', 'y', 'z']];
    expect(readCsv(csvRows(rows)).records).toEqual(rows);
  });

  it('reads quoted fields across lines, any line ending, and skips blank lines', () => {
    expect(readCsv('a;"b\r\nc";d\n\n"e""f";g\rh;i', ';').records).toEqual([['a', 'b\r\nc', 'd'], ['e"f', 'g'], ['h', 'i']]);
  });

  it('counts a record whose quote never closes as unreadable instead of failing', () => {
    expect(readCsv('a,b\n"c,d\ne,f\n')).toEqual({ records: [['a', 'b']], unreadable: 1 });
  });
});

describe('foldDiacritics', () => {
  it('drops case and diacritics, including the letters Unicode does not decompose', () => {
    expect(foldDiacritics('Łódź wysłała')).toBe('lodz wyslala');
    expect(foldDiacritics('ŻÓŁW Øre Straße')).toBe('zolw ore strasse');
  });
});

describe('markdownCell', () => {
  it('keeps a cell one cell of plain text: pipes, backslashes, & and < escaped, line breaks as <br>', () => {
    expect(markdownCell(' a|b \\ <script> &amp;\nnext ')).toBe('a\\|b \\\\ &lt;script> &amp;amp;<br>next');
    expect(markdownRow(['a', 'b'])).toBe('| a | b |');
  });
});

describe('escapeRegExp', () => {
  it('matches the text literally', () => {
    const text = 'a.b*c+(d)[e]{f}|g^h$i\\j?';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});

describe('words', () => {
  it('splits letters and digits of any script; joined words keep inner apostrophes and hyphens', () => {
    expect(wordsOf("Bielsko-Biała, don't 2024!")).toEqual(['Bielsko', 'Biała', 'don', 't', '2024']);
    expect(joinedWordsOf("Bielsko-Biała, don't 2024! -x- y'")).toEqual(['Bielsko-Biała', "don't", '2024', 'x', 'y']);
    expect(letterRunsOf('abc1def ąę')).toEqual(['abc', 'def', 'ąę']);
    expect(wordsOf('— …')).toEqual([]);
  });

  it('finds whole words only', () => {
    const pattern = wholeWordPattern('fled|się', 'giu');
    expect([...'reflected fled, SIĘ, sięgać'.matchAll(pattern)].map((m) => m.index)).toEqual([10, 16]);
  });
});

describe('oneLine', () => {
  it('collapses every kind of whitespace run to one space and trims', () => {
    expect(oneLine(' a\n\t b\u00a0\u00a0c\r\n')).toBe('a b c');
  });
});
