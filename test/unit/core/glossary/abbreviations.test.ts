import { describe, expect, it } from 'vitest';
import { keptSpans } from '../../../../src/core/glossary/abbreviations';
import { isProperName } from '../../../../src/core/glossary/names';
import type { LookupService } from '../../../../src/core/dictionary/lookup';

describe('keptSpans', () => {
  it('keeps abbreviations with their meaning, the longest first', () => {
    const spans = keptSpans('Firma Sp. z o.o., ul. Długa 5, m.in. kawa');
    expect(spans.map((s) => s.text)).toEqual(['Sp. z o.o.', 'ul.', 'm.in.']);
    expect(spans[2]!.shown).toBe('m.in. (among others)');
  });

  it('keeps web addresses whole and does not read their ".pl" as an abbreviation', () => {
    const spans = keptSpans('Newsletter WirtualneMedia.pl i www.siecprzyjaciol.pl');
    expect(spans.map((s) => s.shown)).toEqual(['WirtualneMedia.pl', 'www.siecprzyjaciol.pl']);
  });

  it('finds nothing in plain words that merely contain the letters', () => {
    expect(keptSpans('Zapisz się do newslettera')).toEqual([]);
    expect(keptSpans('Dr')).toEqual([]); // case matters: "dr" is the abbreviation
  });
});

/** Lemmas by form, as Morfologik gives them: names keep their capital. */
function lemmaLookup(lemmas: Record<string, string[]>): LookupService {
  return {
    lookup: (q) => ({ query: q.text, lang: 'pl', matched: q.text, entries: [] }),
    knows: (w) => w in lemmas,
    lemmas: (w) => (lemmas[w] ?? []).map((lemma) => ({ lemma, tags: [] })),
    clearCache: () => undefined, // nothing cached
  };
}

describe('isProperName', () => {
  const lookup = lemmaLookup({
    Kuba: ['Kuba'], Wojewódzki: ['wojewódzki', 'Wojewódzki'], wojewódzki: ['wojewódzki'], Polsce: ['Polska', 'polski'],
    polsce: ['polski'], Klubie: ['klub', 'Kluba'], klubie: ['klub'], w: ['w'], całej: ['cały'], Działamy: ['działać'],
  });
  it('keeps a name-only word, a name after a name, and a capitalised name reading in sentence-case text', () => {
    expect(isProperName(['Kuba', 'Wojewódzki'], 0, lookup)).toBe(true);
    expect(isProperName(['Kuba', 'Wojewódzki'], 1, lookup)).toBe(true);
    expect(isProperName(['Działamy', 'w', 'całej', 'Polsce'], 3, lookup)).toBe(true);
  });
  it('translates Title Case words that also have a common reading, and the first word', () => {
    expect(isProperName(['O', 'Klubie', 'Jagiellońskim'], 1, lookup)).toBe(false);
    expect(isProperName(['Polsce'], 0, lookup)).toBe(false);
    expect(isProperName(['W', 'Polsce'], 0, lookup)).toBe(false);
  });
  it('keeps unknown capitalised words and acronyms inside a phrase', () => {
    expect(isProperName(['polub', 'nas', 'na', 'Facebooku'], 3, lookup)).toBe(true);
    expect(isProperName(['Rada', 'OSW'], 1, lookup)).toBe(true);
  });
});

describe('translateInterfaceString with kept parts', () => {
  it('explains a lone abbreviation, keeps the street name after "ul.", and drops a bare web address', async () => {
    const { parseCatalogue } = await import('../../../../src/core/glossary/catalogue');
    const { translateInterfaceString } = await import('../../../../src/core/glossary/glossary');
    const deps = { catalogue: parseCatalogue('') };
    expect(translateInterfaceString('m.in.', deps)?.translation).toBe('m.in. (among others)');
    expect(translateInterfaceString('ul. Długa 5', deps)?.translation).toBe('ul. (street) Długa 5');
    expect(translateInterfaceString('Wydawnictwo.pl', deps)).toBeNull();
  });
});
