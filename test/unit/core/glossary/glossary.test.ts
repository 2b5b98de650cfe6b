import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DictEntry, Lang, LookupQuery, LookupResult } from '../../../../src/shared/types';
import { parseCatalogue, type Catalogue } from '../../../../src/core/glossary/catalogue';
import type { LookupService } from '../../../../src/core/dictionary/lookup';
import { buildGlossary, translateInterfaceString } from '../../../../src/core/glossary/glossary';
import { pluraliseEnglish } from '../../../../src/core/glossary/english-plural';
import { loadLookupService } from '../../../../src/node/dictionaries';
import { loadCatalogue } from '../../../../src/node/catalogue';
import { parseTestSet, scoreTestSet } from '../../../../scripts/glossary/score-test-set';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

// A small catalogue in the committed file formats.
const mined = [
  '# comment',
  'zapisz\tZapisz\tSave\tmediawiki,wordpress',
  'więcej\tWięcej\tMore\tmediawiki',
  'dodaj komentarz\tDodaj komentarz\tAdd comment\twordpress',
  'newsletter\tNewsletter\tNewsletter\twordpress',
  'podziel się\tPodziel się\tShare it\tmediawiki',
].join('\n');
const handWritten = '# hand\nPodziel się\tShare\nWersja do druku\tPrintable version\n';
const small = parseCatalogue(mined, handWritten);

/** A dictionary stand-in: lemmas and one sense per word. */
function fakeLookup(lemmas: Record<string, string>, senses: Record<string, string>): LookupService {
  return {
    lookup(q: LookupQuery): LookupResult {
      const sense = senses[q.text.toLowerCase()];
      const entries: DictEntry[] = sense
        ? [{ headword: q.text, lemma: q.text, formNote: null, pos: null, ipa: null, senses: [{ translations: [sense], note: null }], dictionary: 'fake', match: 'exact' }]
        : [];
      return { query: q.text, lang: 'pl', matched: q.text, entries };
    },
    knows: (w: string, lang: Lang) => lang === 'pl' && (w in lemmas || w in senses),
    lemmas: (w: string) => (lemmas[w] ? [{ lemma: lemmas[w]!, tags: [] }] : []),
    clearCache: () => undefined, // nothing cached
  };
}

describe('catalogue', () => {
  it('lets hand-written entries win and keeps agreeing mined sources', () => {
    expect(small.entries.get('podziel się')).toMatchObject({ en: 'Share', sources: ['glosa-news-chrome'] });
    const both = parseCatalogue('wersja do druku\tWersja do druku\tPrintable version\tmediawiki', handWritten);
    expect(both.entries.get('wersja do druku')!.sources).toEqual(['glosa-news-chrome', 'mediawiki']);
  });
  it('drops entries whose English is the Polish itself', () => {
    expect(small.entries.has('newsletter')).toBe(false);
    expect(small.sourceCounts.wordpress).toBe(2);
  });
});

describe('translateInterfaceString', () => {
  const deps = { catalogue: small };
  it('matches exactly, then by normal form', () => {
    expect(translateInterfaceString('Wersja do druku', deps)).toMatchObject({ translation: 'Printable version', match: 'exact', approximate: false });
    expect(translateInterfaceString('  wersja do DRUKU: ', deps)).toMatchObject({ translation: 'printable version', match: 'normalised' });
  });
  it('takes a short string without Polish letters as Polish only when the catalogue knows it', () => {
    expect(translateInterfaceString('Zapisz', deps)?.translation).toBe('Save');
    expect(translateInterfaceString('Zapytaj', deps)).toBeNull();
  });
  it('does not take English lines as Polish', () => {
    expect(translateInterfaceString('Rebels advance on key city in Syria', deps)).toBeNull();
    expect(translateInterfaceString('Share more of this', deps)).toBeNull();
  });
  it('covers a longer string with catalogue phrases and marks it approximate', () => {
    const g = translateInterfaceString('Dodaj komentarz i więcej', deps);
    expect(g).toMatchObject({ translation: 'Add comment and more', approximate: true, match: 'phrase' });
  });
  it('matches inflected variants through lemmas', () => {
    const lookup = fakeLookup({ dodajcie: 'dodać', dodaj: 'dodać', komentarze: 'komentarz', komentarz: 'komentarz' }, {});
    expect(translateInterfaceString('Dodajcie komentarze', { catalogue: small, lookup })).toMatchObject({ translation: 'Add comment', match: 'lemma', approximate: false });
  });
  it('glosses word by word from the dictionary when no phrase fits, marked approximate', () => {
    const lookup = fakeLookup({}, { ładuj: 'load', wszystko: 'everything' });
    const g = translateInterfaceString('Ładuj wszystko', { catalogue: small, lookup });
    expect(g).toMatchObject({ translation: 'Load everything', approximate: true, match: 'word-by-word' });
    expect(g!.sources).toContain('dictionary');
  });
});

describe('buildGlossary', () => {
  it('splits lines of several controls, groups, counts, keeps document order and first kind', () => {
    const entries = buildGlossary(
      [
        { text: 'Wersja do druku', kind: 'button' },
        { text: 'Podziel się:   Więcej', kind: 'share' },
        { text: 'The rebels said more.', kind: 'text' },
        { text: 'WERSJA DO DRUKU', kind: 'footer' },
        { text: 'więcej', kind: 'navigation' },
      ],
      { catalogue: small },
    );
    expect(entries.map((e) => [e.text, e.translation, e.count, e.kind])).toEqual([
      ['Wersja do druku', 'Printable version', 2, 'button'],
      ['Podziel się', 'Share', 1, 'share'],
      ['Więcej', 'More', 2, 'share'],
    ]);
  });
});

describe('with the committed catalogue', () => {
  let catalogue: Catalogue;
  beforeAll(async () => { catalogue = await loadCatalogue(join(root, 'resources')); });

  it('holds thousands of mined phrases from several sources', () => {
    expect(catalogue.entries.size).toBeGreaterThan(5000);
    expect(Object.keys(catalogue.sourceCounts).length).toBeGreaterThanOrEqual(8);
  });

  it('gives the seed page its seven strings and none of its English lines', () => {
    const seed = readFileSync(join(root, 'seeds/syria-homs.txt'), 'utf8');
    const chrome = seed.split('\n').filter((l) => l.trim()).map((text) => ({ text, kind: 'text' as const }));
    const entries = buildGlossary(chrome, { catalogue });
    const got = Object.fromEntries(entries.map((e) => [e.text, e.translation.toLowerCase()]));
    expect(got).toEqual({
      'Wyślij znajomemu': 'send to a friend',
      'zamknij [x]': 'close',
      'Wiadomość została wysłana.': 'the message has been sent',
      'Pola oznaczone * są wymagane.': 'fields marked * are required',
      'Wersja do druku': 'printable version',
      'Podziel się': 'share',
      'Więcej': 'more',
    });
  });

  // Measured (second pass over the catalogue): original set 88.2% catalogue alone, 92.9% with dictionaries; held-out
  // set 97.7% / 98.8% (inflated: site-chrome.tsv and the held-out set share an author; without that file 69.8%).
  it('translates the interface-string test set to its target: 85% by the catalogue alone, 90% with dictionaries', async () => {
    const cases = parseTestSet(readFileSync(join(root, 'test/fixtures/glossary/interface-strings.tsv'), 'utf8'));
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(scoreTestSet(cases, { catalogue }).share).toBeGreaterThanOrEqual(0.85);
    const lookup = await loadLookupService(join(root, 'resources'));
    if (lookup) expect(scoreTestSet(cases, { catalogue, lookup }).share).toBeGreaterThanOrEqual(0.9);
  });

  it('translates the held-out test set to its measured floor', async () => {
    const cases = parseTestSet(readFileSync(join(root, 'test/fixtures/glossary/held-out.tsv'), 'utf8'));
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const lookup = await loadLookupService(join(root, 'resources'));
    expect(scoreTestSet(cases, { catalogue, lookup }).share).toBeGreaterThanOrEqual(lookup ? 0.95 : 0.93);
  });

  it('puts word-by-word glosses in English order with the dictionaries', async () => {
    const lookup = await loadLookupService(join(root, 'resources'));
    if (!lookup) return;
    // A catalogue without these phrases: the order comes from Morfologik tags alone.
    const bare = parseCatalogue('');
    const gloss = (t: string): string | undefined => translateInterfaceString(t, { catalogue: bare, lookup })?.translation;
    expect(gloss('Numer telefonu')).toMatch(/^(Tele)?phone number$/iu);
    expect(gloss('Godziny otwarcia')).toBe('Opening hours');
    expect(pluraliseEnglish('category')).toBe('categories');
    expect(pluraliseEnglish('data')).toBe('data');
  });
});
