import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../../src/core/glossary/catalogue';
import { senseInPhrases, webSense } from '../../../../src/core/glossary/sense-corpus';
import type { LookupService } from '../../../../src/core/dictionary/lookup';

const lemmas: Record<string, string> = { zespół: 'zespół', zespołu: 'zespół', kontakt: 'kontakt', z: 'z', dołącz: 'dołączyć', do: 'do' };
const lookup: LookupService = {
  lookup: (q) => ({ query: q.text, lang: 'pl', matched: q.text, entries: [] }),
  knows: (w) => w in lemmas,
  lemmas: (w) => (lemmas[w] ? [{ lemma: lemmas[w]!, tags: [] }] : []),
  clearCache: () => undefined, // nothing cached
};

describe('webSense', () => {
  const catalogue = parseCatalogue([
    'kontakt z zespołem\tKontakt z zespołem\tContact the team\tfirefox',
    'dołącz do zespołu\tDołącz do zespołu\tJoin the team\tmediawiki',
  ].join('\n'));

  it("picks the dictionary sense the catalogue's phrases with the lemma use", () => {
    expect(webSense('zespół', ['syndrome', 'team', 'band'], catalogue, lookup)).toBe('team');
  });

  it('gives no answer without evidence, leaving the dictionary order', () => {
    expect(webSense('zespół', ['syndrome', 'band'], catalogue, lookup)).toBeNull();
    expect(webSense('kot', ['cat'], catalogue, lookup)).toBeNull();
  });
});

describe('webSense from what the other words leave over', () => {
  // A small dictionary: each Polish form's lemma and senses.
  const dictionary: Record<string, { lemma: string; senses: string[] }> = {
    mapa: { lemma: 'mapa', senses: ['map'] },
    serwisu: { lemma: 'serwis', senses: ['crockery set', 'service'] },
    serwisie: { lemma: 'serwis', senses: ['crockery set', 'service'] },
    serwis: { lemma: 'serwis', senses: ['crockery set', 'service'] },
    szukaj: { lemma: 'szukać', senses: ['search', 'look for'] },
    przejdź: { lemma: 'przejść', senses: ['go', 'pass'] },
    regulamin: { lemma: 'regulamin', senses: ['regulations'] },
    reklama: { lemma: 'reklama', senses: ['advertisement'] },
    można: { lemma: 'można', senses: ['one may', 'it is possible'] },
    zapisać: { lemma: 'zapisać', senses: ['save', 'write down'] },
    usunąć: { lemma: 'usunąć', senses: ['delete', 'remove'] },
    nie: { lemma: 'nie', senses: ['not', 'no'] },
  };
  const fake: LookupService = {
    lookup: (q) => {
      const known = dictionary[q.text];
      const entries = known ? [{ headword: known.lemma, lemma: known.lemma, formNote: null, pos: 'noun', ipa: null, senses: [{ translations: known.senses }], dictionary: 'test', match: 'exact' as const }] : [];
      return { query: q.text, lang: 'pl', matched: q.text, entries } as unknown as ReturnType<LookupService['lookup']>;
    },
    knows: (w) => w in dictionary,
    lemmas: (w) => (dictionary[w] ? [{ lemma: dictionary[w]!.lemma, tags: [] }] : []),
    clearCache: () => undefined, // nothing cached
  };
  const row = (pl: string, en: string): string => `${pl}\t${pl}\t${en}\tmediawiki`;

  it('takes the word the catalogue agrees on when no dictionary sense is attested ("serwisu" → site, inflected forms included)', () => {
    const catalogue = parseCatalogue([
      row('mapa serwisu', 'Site map'), row('szukaj w serwisie', 'Search the site'), row('przejdź do serwisu', 'Go to the site'),
      row('regulamin serwisu', 'Terms of use'), row('reklama w serwisie', 'Advertise with us'),
    ].join('\n'));
    expect(webSense('serwisu', ['crockery set', 'service'], catalogue, fake)).toBe('site');
  });

  it('keeps to the dictionary when the evidence is thin', () => {
    const catalogue = parseCatalogue([row('mapa serwisu', 'Site map'), row('szukaj w serwisie', 'Search the site')].join('\n'));
    expect(webSense('serwisu', ['crockery set', 'service'], catalogue, fake)).toBeNull();
  });

  it('learns nothing from negated phrases ("nie można zapisać" → "Impossible to save")', () => {
    const catalogue = parseCatalogue(['zapisać', 'usunąć'].flatMap((verb) => [1, 2, 3].map((n) => row(`nie można ${verb} ${n}`, `Impossible to ${verb === 'zapisać' ? 'save' : 'delete'} ${n}`))).join('\n'));
    expect(webSense('można', ['one may', 'it is possible'], catalogue, fake)).toBeNull();
  });
});

describe('senseInPhrases', () => {
  const lemmas: Record<string, string> = { polityka: 'polityka', polityki: 'polityka', prywatności: 'prywatność', cookies: 'cookies', redakcji: 'redakcja', strony: 'strona', sport: 'sport' };
  const senses: Record<string, string[]> = { prywatność: ['privacy'], redakcja: ['editorial office'], strona: ['page', 'side'] };
  const fake: LookupService = {
    lookup: (q) => {
      const lemma = lemmas[q.text];
      const entries = lemma && senses[lemma] ? [{ headword: lemma, lemma, formNote: null, pos: 'noun', ipa: null, senses: [{ translations: senses[lemma] }], dictionary: 'test', match: 'exact' as const }] : [];
      return { query: q.text, lang: 'pl', matched: q.text, entries } as unknown as ReturnType<LookupService['lookup']>;
    },
    knows: (w) => w in lemmas,
    lemmas: (w) => (lemmas[w] ? [{ lemma: lemmas[w]!, tags: [] }] : []),
    clearCache: () => undefined, // nothing cached
  };
  const row = (pl: string, en: string): string => `${pl}\t${pl}\t${en}\tmediawiki`;

  it("gives the sense a word has in the catalogue's phrases when its one-word entry is another (polityka: Politics alone, policy in phrases)", () => {
    const catalogue = parseCatalogue([
      row('polityka', 'Politics'), row('polityka prywatności', 'Privacy policy'), row('polityka cookies', 'Cookie policy'),
      row('polityka redakcji', 'Editorial policy'), row('polityka prywatności strony', 'Site privacy policy'),
    ].join('\n'));
    expect(senseInPhrases('polityka', 'Politics', catalogue, fake)).toBe('policy');
  });

  it('keeps the one-word entry when the phrases agree with it or are too few', () => {
    const agreeing = parseCatalogue([row('polityka', 'Policy'), row('polityka prywatności', 'Privacy policy'), row('polityka cookies', 'Cookie policy'), row('polityka redakcji', 'Editorial policy'), row('polityka strony', 'Site policy')].join('\n'));
    expect(senseInPhrases('polityka', 'Policy', agreeing, fake)).toBeNull();
    const few = parseCatalogue([row('polityka', 'Politics'), row('polityka prywatności', 'Privacy policy')].join('\n'));
    expect(senseInPhrases('polityka', 'Politics', few, fake)).toBeNull();
  });
});
