// Lookups on the real dictionaries under resources/dictionaries (committed data), in both directions.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DictEntry, LookupResult } from '../../../../src/shared/types';
import type { LookupService } from '../../../../src/core/dictionary/lookup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLookupService, readLookupSources, WARM_UP_FORMS, warmUpLookupService, warmUpWords } from '../../../../src/node/dictionaries';
import { defaultResourcesDir } from '../../../../src/node/resources';
import { letterRunsOf } from '../../../../src/core/text/words';

let service: LookupService;
beforeAll(async () => {
  service = await loadLookupService();
});

const translations = (e: DictEntry): string[] => e.senses.flatMap((s) => s.translations);
const first = (r: LookupResult): DictEntry => {
  expect(r.entries.length).toBeGreaterThan(0);
  return r.entries[0]!;
};

describe('Polish forms → English', () => {
  it.each([
    ['oznaczone', 'oznaczyć', 'oznaczać', 'mark', 'plural passive participle of oznaczyć; perfective of oznaczać'],
    ['są', 'być', 'być', 'be', '3rd person plural present tense of być'],
    ['wymagane', 'wymagać', 'wymagać', 'require', 'plural passive participle of wymagać'],
    ['wysłana', 'wysłać', 'wysyłać', 'send', 'feminine singular passive participle of wysłać; perfective of wysyłać'],
    ['została', 'zostać', 'zostawać', 'become', 'past tense, feminine singular of zostać; perfective of zostawać'],
    ['znajomemu', 'znajomy', 'znajomy', 'acquaintance', 'dative singular of znajomy'],
    ['Podziel', 'podzielić', 'podzielać', 'share', '2nd person singular imperative of podzielić; perfective of podzielać'],
    ['druku', 'druk', 'druk', 'print', 'genitive singular of druk'],
    ['Więcej', 'dużo', 'dużo', 'much', 'comparative of dużo'],
  ])('%s → lemma %s, headword %s, "%s"', (form, lemma, headword, english, note) => {
    const result = service.lookup({ text: form, lang: 'pl' });
    const entry = first(result);
    expect(entry).toMatchObject({ lemma, headword, match: 'lemma', dictionary: 'freedict-pol-eng', formNote: note });
    expect(translations(entry)).toContain(english);
  });

  it('reads a capitalised word as the common word first, the proper name after (Pola: fields, not Polo)', () => {
    const entries = service.lookup({ text: 'Pola', lang: 'pl' }).entries;
    // Morfologik lists the accusative reading first; a label is read as a nominative.
    expect(entries[0]).toMatchObject({ lemma: 'pole', headword: 'pole', formNote: 'nominative plural of pole' });
    expect(translations(entries[0]!)).toContain('field');
    expect(entries.map((e) => e.lemma)).toContain('Polo');
  });

  it('calls an abbreviation an abbreviation in the form note', () => {
    const notes = service.lookup({ text: 'W', lang: 'pl' }).entries.map((e) => e.formNote);
    expect(notes).toContain('abbreviation of wiek');
  });

  it('finds a word typed without diacritics as a last resort', () => {
    const entry = first(service.lookup({ text: 'wyslij', lang: 'pl' }));
    expect(entry).toMatchObject({ match: 'ascii', lemma: 'wysłać', headword: 'wysyłać' });
  });

  it('ranks the exact headword first and folds case', () => {
    expect(first(service.lookup({ text: 'druk', lang: 'pl' })).match).toBe('exact');
    expect(first(service.lookup({ text: 'Druk', lang: 'pl' })).match).toBe('folded');
  });

  it('matches the longest phrase from the start, up to six words', () => {
    const result = service.lookup({ text: 'a cappella śpiewali', lang: 'pl' });
    expect(result.matched).toBe('a cappella');
  });

  it('returns no entries for an unknown word', () => {
    expect(service.lookup({ text: 'xqzwyk', lang: 'pl' }).entries).toEqual([]);
  });
});

describe('English forms → Polish', () => {
  it.each([
    ['fled', 'flee', 'uciekać'],
    ['told', 'tell', 'powiedzieć'],
    ['deserted', 'desert', 'porzucać'],
    ['largest', 'large', 'duży'],
    ['protesters', 'protest', 'protestować'],
  ])('%s → lemma %s with Polish "%s"', (form, lemma, polish) => {
    const result = service.lookup({ text: form, lang: 'en' });
    const withLemma = result.entries.filter((e) => e.lemma === lemma);
    expect(withLemma.length).toBeGreaterThan(0);
    expect(withLemma.flatMap(translations)).toContain(polish);
  });

  it('looks up words named like properties of every object as words ("constructor" threw)', () => {
    expect(first(service.lookup({ text: 'constructor', lang: 'en' })).headword).toBe('constructor');
    expect(service.lookup({ text: 'hasOwnProperty', lang: 'en' }).entries).toEqual([]);
  });

  it('reaches basic words that eng-pol lacks through the reverse index of pol-eng', () => {
    for (const [word, polish] of [['time', 'czas'], ['country', 'kraj'], ['new', 'nowy'], ['get', 'dostawać']] as const) {
      const result = service.lookup({ text: word, lang: 'en' });
      expect(result.entries.some((e) => e.match === 'reverse' && translations(e).includes(polish))).toBe(true);
    }
  });

  it('ranks eng-pol lemma entries before reverse entries', () => {
    const matches = service.lookup({ text: 'fled', lang: 'en' }).entries.map((e) => e.match);
    expect(matches[0]).toBe('lemma');
    expect(matches.indexOf('reverse')).toBeGreaterThan(matches.lastIndexOf('lemma'));
  });
});

describe('language and lemmas', () => {
  it('detects the language with lang auto', () => {
    expect(service.lookup({ text: 'wysłana', lang: 'auto' }).lang).toBe('pl');
    expect(service.lookup({ text: 'protesters', lang: 'auto' }).lang).toBe('en');
  });

  it('knows inflected forms per language', () => {
    expect(service.knows('znajomemu', 'pl')).toBe(true);
    expect(service.knows('znajomemu', 'en')).toBe(false);
    expect(service.knows('children', 'en')).toBe(true);
  });

  it('lists lemmas with tags', () => {
    expect(service.lemmas('druku', 'pl')).toContainEqual({ lemma: 'druk', tags: ['subst:sg:gen:m3', 'subst:sg:loc:m3', 'subst:sg:voc:m3'] });
    expect(service.lemmas('children', 'en')).toContainEqual({ lemma: 'child', tags: ['noun'] });
  });
});

describe('caches', () => {
  it('answers a repeated lookup from its cache until the cache is cleared, with the same result', () => {
    const query = { text: 'deserted', lang: 'auto' } as const;
    const firstTime = service.lookup(query);
    expect(service.lookup(query)).toBe(firstTime);
    service.clearCache();
    const again = service.lookup(query);
    expect(again).not.toBe(firstTime);
    expect(again).toEqual(firstTime);
  });

  it('answers before its background warm-up, which changes no answer and leaves nothing cached', async () => {
    const queries = ['Wyślij', 'protesters', 'oznaczone', 'Reuters', 'in charge of'].map((text) => ({ text, lang: 'auto' as const }));
    const before = queries.map((q) => service.lookup(q));
    const warm = warmUpLookupService();
    expect(warmUpLookupService()).toBe(warm); // started once
    await warm;
    const after = queries.map((q) => service.lookup(q));
    after.forEach((result, i) => {
      expect(result).not.toBe(before[i]); // recomputed: the warm-up cleared the caches
      expect(result).toEqual(before[i]);
    });
  });

  it('is warmed on forms none of which is on the sample page (the bench times that page first-time)', async () => {
    const seed = readFileSync(new URL('../../../../seeds/syria-homs.txt', import.meta.url), 'utf8');
    const seedWords = new Set(letterRunsOf(seed).map((w) => w.toLowerCase()));
    expect(WARM_UP_FORMS.filter((w) => w.toLowerCase().split(' ').some((part) => seedWords.has(part)))).toEqual([]);
    const words = warmUpWords(await readLookupSources(join(defaultResourcesDir(), 'dictionaries')));
    expect(words.length).toBeGreaterThan(WARM_UP_FORMS.length + 50);
  });
});
