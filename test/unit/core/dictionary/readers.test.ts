import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDictd, decodeDictdNumber, dictdKey, encodeDictdNumber, openDictd, sortDictdIndex } from '../../../../src/core/dictionary/dictd';
import { buildEntryTable, openEntryTable } from '../../../../src/core/dictionary/entry-table';
import { engPolEntries, parseEngPolDefinition, parsePolEngDefinition, polEngEntries, splitTranslations } from '../../../../src/core/dictionary/freedict-entries';
import { buildReverseIndex, openReverseIndex, reverseKey } from '../../../../src/core/dictionary/reverse-index';
import { SortedLines, sortLinesByKey } from '../../../../src/core/dictionary/sorted-lines';
import { decodeLemma, MorfologikDictionary, parseMorfologikInfo } from '../../../../src/core/morphology/morfologik';
import { describeTag } from '../../../../src/core/morphology/polish-tags';

const resources = join(dirname(fileURLToPath(import.meta.url)), '../../../../resources/dictionaries');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('dictd', () => {
  it('decodes base64 numbers most significant digit first', () => {
    expect(decodeDictdNumber('B')).toBe(1);
    expect(decodeDictdNumber('BQ')).toBe(80);
    expect(decodeDictdNumber('/')).toBe(63);
    expect(() => decodeDictdNumber('A*')).toThrow(/bad base64/);
  });

  it('normalises keys as dictd does: lowercase letters, digits and spaces', () => {
    expect(dictdKey('  Wersja  do-druku! ')).toBe('wersja dodruku');
    expect(dictdKey('Łódź 2')).toBe('łódź 2');
  });

  it('reads every definition stored under a key, skipping the 00database entries', () => {
    const dict = bytes('infoalphabetbetaalpha2');
    const index = '00databaseinfo\tA\tE\nbeta\tM\tE\nalpha\tE\tF\nalpha\tQ\tG\n';
    const sorted = sortDictdIndex(index);
    expect(sorted).toBe('alpha\tE\tF\nalpha\tQ\tG\nbeta\tM\tE\n');
    const db = openDictd('t', sorted, dict);
    expect(db.definitions('alpha')).toEqual(['alpha', 'alpha2']);
    expect(db.definitions('beta')).toEqual(['beta']);
    expect(db.has('00databaseinfo')).toBe(false);
    expect(db.definitions('gamma')).toEqual([]);
    expect([...db.keys()]).toEqual(['alpha', 'beta']);
    // The same through a positional reader of the text, as the host reads the .dict file.
    const reads: number[] = [];
    const byReads = openDictd('t', sorted, (offset, length) => (reads.push(offset), dict.subarray(offset, offset + length)));
    expect(byReads.definitions('beta')).toEqual(['beta']);
    expect(reads).toEqual([12]);
  });

  it('writes a database that reads back: base64 numbers, byte offsets of non-ASCII text, sorted keys', () => {
    for (const n of [0, 1, 63, 64, 4095, 4096, 123456789]) expect(decodeDictdNumber(encodeDictdNumber(n))).toBe(n);
    const { index, text: dict } = buildDictd([['żaba', 'żółw\n'], ['abc', 'x'], ['ab', 'łódź']]);
    expect(index.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['ab', 'abc', 'żaba']);
    const db = openDictd('t', index, bytes(dict));
    expect(db.definitions('żaba')).toEqual(['żółw\n']);
    expect(db.definitions('ab')).toEqual(['łódź']);
    expect(db.definitions('abc')).toEqual(['x']);
  });

  it('samples keys spread evenly over a table, in table order, each once', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `k${String(i).padStart(3, '0')}\t${'v'.repeat(i % 7)}`);
    const table = new SortedLines(sortLinesByKey(lines).join('\n') + '\n');
    const sample = table.sampleKeys(10);
    expect(sample.length).toBeGreaterThanOrEqual(9);
    expect(sample).toEqual([...sample].sort());
    expect(new Set(sample).size).toBe(sample.length);
    expect(sample[0]).toBe('k000');
    expect(Number(sample.at(-1)!.slice(1))).toBeGreaterThan(80);
  });

  it('finds keys by their UTF-8 bytes, each key with its lines in order, including prefixes and non-ASCII keys', () => {
    const lines = ['żaba\t5', 'zebra\t4', 'a\t1', 'ab\t2', 'ab\t2b', 'abc\t3', 'łódź\t6'];
    const table = new SortedLines(new TextEncoder().encode(sortLinesByKey(lines).join('\n') + '\n'));
    for (const line of lines) expect(table.getAll(line.split('\t')[0]!)).toContain(line.split('\t')[1]);
    expect(table.getAll('ab')).toEqual(['2', '2b']);
    expect(table.get('łódź')).toBe('6');
    expect(table.has('lodz')).toBe(false);
    expect(table.has('abcd')).toBe(false);
    expect(table.has('')).toBe(false);
    expect(table.has('0')).toBe(false);
    expect(table.has('żż')).toBe(false);
  });

  it('finds every key of a table whose hash slots collide and wrap around', () => {
    // 5,000 keys in 16,384 slots: many probe sequences run into each other, some past the table's end.
    const keys = Array.from({ length: 5000 }, (_, i) => `w${(i * 7919) % 100003}`);
    const table = new SortedLines(sortLinesByKey(keys.map((k, i) => `${k}\t${i}`)).join('\n') + '\n');
    keys.forEach((k, i) => expect(table.get(k)).toBe(String(i)));
    for (let i = 0; i < 2000; i++) expect(table.has(`x${i}`)).toBe(false);
  });
});

describe('FreeDict definitions', () => {
  it('parses a pol-eng entry into numbered senses with Polish glosses as notes', () => {
    const e = parsePolEngDefinition('oznaczać /ɔzˈnaʧ̑aʨ̑/ <v>\n1. mean 2.\nwyrażać określoną treść\n 3.\nbyć oznaką\n2. mark, sign\nznakować, wyróżniać, robić znak\n');
    expect(e).toEqual({
      headword: 'oznaczać', ipa: 'ɔzˈnaʧ̑aʨ̑', pos: 'verb',
      senses: [
        { translations: ['mean'], note: 'wyrażać określoną treść; być oznaką' },
        { translations: ['mark', 'sign'], note: 'znakować, wyróżniać, robić znak' },
      ],
    });
  });

  it('parses an eng-pol entry into one entry per part of speech, with contexts and example phrases', () => {
    const entries = parseEngPolDefinition('print /prɪnt/\nI.  <V> 1.  drukować\n 2.  [ręcznie]  pisać drukowanymi literami\nII.  <N> 1.  druk\n 2.  out of print (:out% of :print)\n - wyczerpany\n');
    expect(entries.map((e) => e.pos)).toEqual(['verb', 'noun']);
    expect(entries[0]!.senses[1]).toEqual({ translations: ['pisać drukowanymi literami'], note: 'ręcznie' });
    expect(entries[1]!.senses[1]).toEqual({ translations: ['wyczerpany'], note: 'out of print' });
  });

  it('stores parsed entries as JSON in a dictd database and reads the same structure back', () => {
    const defs = ['print /prɪnt/\nI.  <V> 1.  drukować\nII.  <N> 1.  druk\n', 'AA /ˌ$⋅$ˈ$⋅$/\n  Anonimowi Alkoholicy\n', 'blank\n'];
    const dict = bytes(defs.join(''));
    const at = (i: number): number => bytes(defs.slice(0, i).join('')).length;
    const index = ['print', 'aa', 'blank'].map((k, i) => `${k}\t${encodeDictdNumber(at(i))}\t${encodeDictdNumber(at(i + 1) - at(i))}`).join('\n');
    const source = openDictd('eng-pol', sortDictdIndex(index), dict);
    const built = buildEntryTable(source, parseEngPolDefinition);
    const table = openEntryTable('eng-pol', built.index, built.text);
    expect(table.get('print')).toEqual(parseEngPolDefinition(defs[0]!));
    expect(table.get('print').map((e) => e.pos)).toEqual(['verb', 'noun']);
    // The spelled-out pronunciation template of an abbreviation is not IPA.
    expect(table.get('aa')).toEqual([{ headword: 'AA', pos: null, ipa: null, senses: [{ translations: ['Anonimowi Alkoholicy'], note: null }] }]);
    // A key whose definitions give no sense is left out.
    expect(table.has('blank')).toBe(false);
    expect(table.get('blank')).toEqual([]);
  });

  it('builds the reverse index from pol-eng entries: headwords by part of speech, gloss of the matching sense', () => {
    const defs = ['uciekać <v>\n1. flee, run away\nopuszczać miejsce\n2. escape\n', 'zwiewać <v>\n1. flee\n', 'ucieczka <n>\n1. escape\n'];
    const dict = bytes(defs.join(''));
    const at = (i: number): number => bytes(defs.slice(0, i).join('')).length;
    const b64 = (n: number): string => (n < 64 ? '' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[n >> 6]!) + 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[n & 63]!;
    const index = ['uciekać', 'zwiewać', 'ucieczka'].map((k, i) => `${k}\t${b64(at(i))}\t${b64(at(i + 1) - at(i))}`).join('\n') + '\n';
    const built = buildReverseIndex(openDictd('t', sortDictdIndex(index), dict));
    const reverse = openReverseIndex(built.index, built.text);
    const sense = (pl: string, note: string | null = null) => ({ translations: [pl], note });
    expect(reverse.get('flee')).toEqual([['verb', [sense('uciekać', 'opuszczać miejsce'), sense('zwiewać')]]]);
    // ucieczka has "escape" as its first sense, uciekać as its second: the noun ranks first.
    expect(reverse.get('escape')).toEqual([['noun', [sense('ucieczka')]], ['verb', [sense('uciekać')]]]);
    expect(reverse.has('run away')).toBe(true);
  });

  it('keeps commas inside brackets in one translation', () => {
    expect(splitTranslations('a, b (c, d), e')).toEqual(['a', 'b (c, d)', 'e']);
  });

  it('keys the reverse index by the bare English word and finds its keys', () => {
    expect(reverseKey('to flee (from)')).toBe('flee');
    expect(reverseKey('a country')).toBe('country');
    const y = { translations: ['y'], note: 'g' };
    const z = { translations: ['z'], note: null };
    const x = { translations: ['x'], note: null };
    const built = buildDictd([['abc', JSON.stringify([['verb', [y]], ['', [z]]])], ['b', '[]'], ['ab', JSON.stringify([['noun', [x]]])]]);
    const index = openReverseIndex(built.index, built.text);
    expect(index.get('abc')).toEqual([['verb', [y]], ['', [z]]]);
    expect(index.get('ab')).toEqual([['noun', [x]]]);
    expect(index.has('b')).toBe(true);
    expect(index.has('a')).toBe(false);
  });
});

describe('Morfologik', () => {
  it('decodes prefix, suffix and infix lemma encodings (counts in bytes)', () => {
    expect(text(decodeLemma(bytes('wysłana'), bytes('ACć'), 'prefix'))).toBe('wysłać');
    expect(text(decodeLemma(bytes('najlepszy'), bytes('DA'), 'prefix'))).toBe('lepszy'); // 3 bytes off the front
    expect(text(decodeLemma(bytes('domu'), bytes('B'), 'suffix'))).toBe('dom');
    expect(text(decodeLemma(bytes('abXYcd'), bytes('CCAz'), 'infix'))).toBe('abcdz');
  });

  it('reads the separator and lemma encoding from pl.info', () => {
    const info = parseMorfologikInfo(readFileSync(join(resources, 'morfologik-polish/pl.info'), 'latin1'));
    expect(info).toEqual({ separator: '+'.charCodeAt(0), encoding: 'UTF-8', lemmaEncoding: 'prefix' });
  });

  const dict = new MorfologikDictionary(
    new Uint8Array(readFileSync(join(resources, 'morfologik-polish/pl.dict'))),
    parseMorfologikInfo(readFileSync(join(resources, 'morfologik-polish/pl.info'), 'latin1')),
  );

  it.each([
    ['oznaczone', 'oznaczyć', 'ppas:pl:nom.acc.voc:m2.m3.f.n1.n2.p2.p3:perf:aff'],
    ['są', 'być', 'verb:fin:pl:ter:imperf:nonrefl'],
    ['wymagane', 'wymagać', 'ppas:sg:nom.acc.voc:n1.n2:imperf:aff'],
    ['wysłana', 'wysłać', 'ppas:sg:nom.voc:f:perf:aff'],
    ['została', 'zostać', 'verb:praet:sg:f:ter:perf:refl.nonrefl'],
    ['znajomemu', 'znajomy', 'subst:sg:dat:m1'],
    ['podziel', 'podzielić', 'verb:impt:sg:sec:perf:refl.nonrefl'],
    ['druku', 'druk', 'subst:sg:gen:m3'],
    ['więcej', 'dużo', 'adv:com'],
  ])('analyses %s as a form of %s (%s)', (form, lemma, tag) => {
    const analysis = dict.analyse(form).find((a) => a.lemma === lemma);
    expect(analysis?.tags).toContain(tag);
  });

  it('finds nothing for a non-word and restores diacritics through the automaton', () => {
    expect(dict.analyse('xqzwy')).toEqual([]);
    expect(dict.diacriticVariants('wyslij')).toEqual(['wyślij']);
  });

  it('describes tags in words', () => {
    expect(describeTag('ppas:sg:nom.voc:f:perf:aff')).toBe('feminine singular passive participle');
    expect(describeTag('subst:sg:dat:m1')).toBe('dative singular');
    expect(describeTag('verb:fin:pl:ter:imperf:nonrefl')).toBe('3rd person plural present tense');
    expect(describeTag('verb:praet:sg:f:ter:perf:refl.nonrefl')).toBe('past tense, feminine singular');
    expect(describeTag('adv:com')).toBe('comparative');
  });
});

describe('committed tables', () => {
  // The app reads the entry tables, not the dictd texts: a parser change without rerunning
  // scripts/fetch-dictionaries.ts would leave them stale.
  it.each([
    ['freedict-pol-eng', polEngEntries],
    ['freedict-eng-pol', engPolEntries],
  ] as const)('%s entry table matches its dictd text as parsed and cleaned now', (name, parse) => {
    const file = (ext: string): Uint8Array => new Uint8Array(readFileSync(join(resources, name, `${name}${ext}`)));
    const built = buildEntryTable(openDictd(name, file('.sorted.index'), file('.dict')), parse);
    expect(text(file('.entries.index')) === built.index).toBe(true);
    expect(text(file('.entries.dict')) === built.text).toBe(true);
  });
});
