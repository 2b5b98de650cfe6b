import { describe, expect, it } from 'vitest';
import { findPhrase, lemmaKeys } from '../../../../src/core/glossary/catalogue-match';
import { parseCatalogue } from '../../../../src/core/glossary/catalogue';
import type { LookupService } from '../../../../src/core/dictionary/lookup';

type Analyses = Record<string, Array<{ lemma: string; tags: string[] }>>;

/** Morfeusz-style analyses by form: one form can have several lemmas. */
function analysesLookup(analyses: Analyses): LookupService {
  return {
    lookup: (q) => ({ query: q.text, lang: 'pl', matched: q.text, entries: [] }),
    knows: (w) => w in analyses,
    lemmas: (w) => analyses[w] ?? [],
    clearCache: () => undefined, // nothing cached
  };
}

const lookup = analysesLookup({
  // The catalogue's "danie" sorts its lemmas with "dan" first, the page's "dania" with "danie" first: keyed by
  // the first lemma alone, the two never meet.
  dania: [{ lemma: 'dać', tags: ['ger:sg:gen:n2:perf:aff'] }, { lemma: 'danie', tags: ['subst:pl:nom:n2'] }],
  danie: [{ lemma: 'dan', tags: ['subst:sg:loc:m3'] }, { lemma: 'danie', tags: ['subst:sg:nom:n2'] }, { lemma: 'dać', tags: ['ger:sg:nom:n2:perf:aff'] }],
  główne: [{ lemma: 'główny', tags: ['adj:pl:nom:n2:pos'] }],
  główny: [{ lemma: 'główny', tags: ['adj:sg:nom:m3:pos'] }],
  działania: [{ lemma: 'działanie', tags: ['subst:pl:nom:n2'] }, { lemma: 'działać', tags: ['ger:sg:gen:n2:imperf:aff'] }],
  działamy: [{ lemma: 'działać', tags: ['verb:fin:pl:pri:imperf'] }],
  dostawa: [{ lemma: 'dostawa', tags: ['subst:sg:nom:f'] }, { lemma: 'dostawać', tags: ['verb:fin:sg:ter:imperf'] }],
  dostajesz: [{ lemma: 'dostawać', tags: ['verb:fin:sg:sec:imperf'] }],
  najlepszy: [{ lemma: 'dobry', tags: ['adj:sg:nom:m1:sup'] }],
  dobra: [{ lemma: 'dobry', tags: ['adj:sg:nom:f:pos'] }],
});

const catalogue = parseCatalogue(
  [
    'danie główne\tDanie główne\tMain course\tsite-a',
    'działania\tDziałania\tActions\tsite-a',
    'dostawa\tDostawa\tDelivery\tsite-a',
    'najlepszy\tNajlepszy\tBest\tsite-a',
  ].join('\n'),
  '',
);
const deps = { catalogue, lookup };

describe('findPhrase through lemmas', () => {
  it('matches a form whose alphabetically first lemma is not the catalogue one', () => {
    expect(findPhrase(['dania', 'główne'], deps)?.entry.en).toBe('Main course');
  });
  it('keeps word classes apart: a finite verb does not meet a gerund of the same lemma', () => {
    expect(findPhrase(['działamy'], deps)).toBeNull();
  });
  it('reads a catalogue base form as itself, not as a rare form of another lemma', () => {
    expect(findPhrase(['dostajesz'], deps)).toBeNull();
  });
  it('keeps the degree of an adjective', () => {
    expect(findPhrase(['dobra'], deps)).toBeNull();
  });
  it('still matches exactly without a dictionary', () => {
    expect(findPhrase(['dostawa'], { catalogue })).toMatchObject({ entry: { en: 'Delivery' }, byLemma: false });
  });
});

describe('lemmaKeys', () => {
  it('gives one key per combination of readings, bounded', () => {
    expect(lemmaKeys(['dania', 'główne'], lookup)).toHaveLength(2);
    const many = lemmaKeys(Array.from({ length: 12 }, () => 'dania'), lookup);
    expect(many.length).toBeLessThanOrEqual(32);
    expect(many.length).toBeGreaterThan(1);
  });
  it('falls back to the word itself when the dictionary does not know it', () => {
    expect(lemmaKeys(['xyz'], lookup)).toEqual(['xyz']);
  });
});

describe('desktop-only phrases (catalogue-desktop.tsv)', () => {
  const catalogue = parseCatalogue('hasło\tHasło\tPassword\tdjango,firefox', '', [], [
    'mapa bitowa\tMapa bitowa\tBitmap\tlibreoffice',
    'hasło\tHasło\tPassphrase\tevolution',
  ].join('\n'));
  const deps = { catalogue, lookup: analysesLookup({}) };

  it('answer for a whole string written exactly so, and only then', () => {
    expect(findPhrase(['mapa', 'bitowa'], deps, true)?.entry.en).toBe('Bitmap');
    // Inside a longer string, or as a run of words, a desktop sense is not the page's.
    expect(findPhrase(['mapa', 'bitowa'], deps)).toBeNull();
  });

  it('never replace a web entry, and count for their sources', () => {
    expect(findPhrase(['hasło'], deps, true)?.entry.en).toBe('Password');
    expect(catalogue.wholeStrings.has('hasło')).toBe(false);
    expect(catalogue.sourceCounts.libreoffice).toBe(1);
  });
});
