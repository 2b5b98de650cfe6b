import { describe, expect, it } from 'vitest';
import { pageSense, pageVocabulary } from '../../../../src/core/glossary/page-sense';
import { glossWord } from '../../../../src/core/glossary/word-gloss';
import { parseCatalogue } from '../../../../src/core/glossary/catalogue';
import type { LookupService } from '../../../../src/core/dictionary/lookup';
import type { DictEntry } from '../../../../src/shared/types';

// "przepis" as the dictionary gives it: senses with Polish notes.
const przepis: DictEntry = {
  headword: 'przepis', lemma: 'przepis', formNote: null, pos: 'noun', ipa: null, dictionary: 'test', match: 'exact',
  senses: [
    { translations: ['prescription', 'regulation'], note: 'autorytatywna reguła, regulacja' },
    { translations: ['recipe'], note: '(kulinaria, kulinarny) sposób przygotowania potrawy' },
    { translations: ['rule', 'regulation'], note: '(prawo, prawniczy) zasada prawna' },
  ],
};

// Lemmas by form; a word not listed is its own lemma.
const forms: Record<string, string> = { potrawy: 'potrawa', potrawę: 'potrawa', przygotowania: 'przygotowanie', przepisy: 'przepis', regulacji: 'regulacja', prawnej: 'prawny', prawna: 'prawny' };
const lookup: LookupService = {
  lookup: (q) => ({ query: q.text, lang: 'pl', matched: q.text, entries: q.text.startsWith('przepis') ? [przepis] : [] }),
  knows: () => true,
  lemmas: (w) => [{ lemma: forms[w] ?? w, tags: [] }],
  clearCache: () => undefined, // nothing cached
};

describe('pageSense', () => {
  it('picks the sense whose note shares the page article\'s lemmas', () => {
    const page = pageVocabulary('Przygotowania zajmą godzinę. Tę potrawę podajemy na ciepło z kulinarny dodatkiem.', lookup);
    expect(pageSense([przepis], page, lookup, ['przepis'])).toBe('recipe');
  });
  it('keeps the usual choice when the article says nothing about any sense', () => {
    const page = pageVocabulary('Dzisiaj pada deszcz i wieje wiatr nad morzem.', lookup);
    expect(pageSense([przepis], page, lookup, ['przepis'])).toBeNull();
  });
  it('wants a clear lead: one shared lemma is not enough', () => {
    const page = pageVocabulary('Jedna potrawa.', lookup);
    expect(pageSense([przepis], page, lookup, ['przepis'])).toBeNull();
  });
});

describe('glossWord with a page', () => {
  const catalogue = parseCatalogue('', '');
  it('follows the page and falls back to the first sense without one', () => {
    const kitchen = pageVocabulary('Sposób przygotowania potrawy: kulinarny klasyk.', lookup);
    expect(glossWord('przepisy', { catalogue, lookup, page: kitchen }, 'noun', ['przepis'])).toBe('recipe');
    expect(glossWord('przepisy', { catalogue, lookup }, 'noun', ['przepis'])).toBe('prescription');
  });
});
