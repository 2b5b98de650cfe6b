// Composed glosses of labels the catalogue does not hold whole, with the real dictionaries and catalogue:
// the grammar rules (person, participles, possessives, genitive order, number), not entries.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/core/glossary/catalogue';
import type { LookupService } from '../../../../src/core/dictionary/lookup';
import { translateInterfaceString } from '../../../../src/core/glossary/glossary';
import { loadLookupService } from '../../../../src/node/dictionaries';
import { loadCatalogue } from '../../../../src/node/catalogue';

let catalogue: Catalogue;
let lookup: LookupService;
beforeAll(async () => {
  [catalogue, lookup] = await Promise.all([loadCatalogue(), loadLookupService()]);
}, 60_000);

const en = (pl: string): string | undefined => translateInterfaceString(pl, { catalogue, lookup })?.translation;

describe('composed glossary rows', () => {
  it('gives a first- or second-person verb its subject', () => {
    expect(en('Jesteś zalogowany')).toBe('You are logged in');
    expect(en('Jesteśmy tutaj')).toBe('We are here');
  });

  it('reads a passive participle as an English past participle', () => {
    expect(en('Opublikowane komentarze')).toBe('Published comments');
  });

  it('keeps an imperative an imperative, not the catalogue\'s past tense of the same verb', () => {
    expect(en('Dołącz do grupy')).toMatch(/^Join /u);
  });

  it('puts a possessive first and the genitive between the head\'s adjectives and the head', () => {
    // The catalogue may give the genitive as 'favourites' or 'favorite': the order is what is tested.
    expect(en('Moja lista ulubionych')).toMatch(/^My favou?rites? list$/);
  });

  it('says "N of N" for a genitive with its own adjective, which opens the genitive phrase', () => {
    expect(en('Instytut Nowoczesnej Historii')).toBe('Institute of modern history');
  });

  it('puts a noun in the page\'s number in a coordination, which governs no case', () => {
    expect(en('Potrawy i przekąski')).toBe('Dishes and snacks');
  });

  it('marks a long sentence word by word, in the Polish order', () => {
    const gloss = translateInterfaceString('Piszemy pogłębione artykuły o polityce i gospodarce.', { catalogue, lookup });
    expect(gloss?.match).toBe('word-by-word');
    expect(gloss?.approximate).toBe(true);
    expect(gloss?.words?.[0]).toMatchObject({ text: 'Piszemy', lemma: 'pisać' });
  });
});
