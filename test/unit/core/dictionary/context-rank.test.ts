// Lookups of words in their sentences on the real dictionaries (resources/dictionaries), and the display
// cleaning over every entry of both FreeDict dictionaries. The sentences are written for these tests, not
// taken from the sense development set (test/fixtures/senses/dev-set.tsv), which npm run sense-score scores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DictEntry, Lang, LookupResult, Sense } from '../../../../src/shared/types';
import type { LookupService } from '../../../../src/core/dictionary/lookup';
import { cleanEntry, cleanSenses } from '../../../../src/core/dictionary/clean-entries';
import type { ReverseGroup } from '../../../../src/core/dictionary/reverse-index';
import type { ParsedEntry } from '../../../../src/core/dictionary/freedict-entries';
import { loadLookupService } from '../../../../src/node/dictionaries';
import { defaultResourcesDir } from '../../../../src/node/resources';
import { queryOfLine } from '../../../../src/cli/commands/lookup';

let service: LookupService;
beforeAll(async () => {
  service = await loadLookupService();
});

/** The lookup of `word` (its first occurrence) in `sentence`. */
function inSentence(word: string, sentence: string, lang: Lang): LookupResult {
  const offset = sentence.indexOf(word);
  expect(offset).toBeGreaterThanOrEqual(0);
  return service.lookup({ text: word, lang, sentence, offset });
}

describe('English in context', () => {
  it.each([
    ['has', 'He has fled the country.', '(perfect auxiliary)'],
    ['has', 'She has a small dog.', 'ma'],
    ['the', 'We met the new teacher.', '(definite article)'],
    ['to', 'I want to go home.', '(infinitive marker)'],
    ['to', 'She went to Warsaw by train.', 'do'],
    ['is', 'The report is published every year.', 'jest'],
    ['that', 'They said that the road was closed.', 'że'],
    ['in', 'The keys are in the drawer.', 'w'],
  ])('%s in "%s" is first shown as %s', (word, sentence, sense) => {
    const result = inSentence(word, sentence, 'en');
    expect(result.best?.sense.split(', ')).toContain(sense);
    expect(result.entries[0]!.senses[0]!.translations).toContain(sense);
  });

  it('tells a verb from a noun by its neighbours', () => {
    expect(inSentence('work', 'They want to work from home.', 'en').best?.pos).toBe('verb');
    expect(inSentence('plans', 'The city plans were published.', 'en').best?.pos).toBe('noun');
  });

  it('takes a lone capitalised word before a verb for a name', () => {
    expect(inSentence('Trump', 'On Monday Trump signed the order.', 'en').best?.pos).toBe('name');
    expect(inSentence('Appeal', 'She went to the Court of Appeal last year.', 'en').best?.pos).not.toBe('name');
  });

  it('keeps a known name a name inside a sentence, the common word after it', () => {
    const result = inSentence('Smith', 'Yesterday Smith said nothing.', 'en');
    expect(result.best?.pos).toBe('name');
    expect(result.entries.length).toBeGreaterThan(1);
  });

  it('never splits a camel-case name into a compound', () => {
    const result = inSentence('PlayStation', 'He bought a PlayStation last week.', 'en');
    expect(result.entries.every((e) => !e.formNote?.startsWith('compound of'))).toBe(true);
  });

  it('looks a possessive up as its word', () => {
    const result = inSentence("president's", "The president's speech was short.", 'en');
    expect(result.best?.lemma).toBe('president');
  });
});

describe('Polish in context', () => {
  it.each([
    ['lecz', 'To nie jest kot, lecz pies.', 'but'],
    ['w', 'Mieszkam w Krakowie od roku.', 'in'],
    ['w', 'Przyjdę w sobotę rano.', 'on'],
    ['nie', 'On nie wie, co robić.', 'not'],
    ['z', 'Piję herbatę z cytryną.', 'with'],
    ['z', 'Wrócił z Gdańska wieczorem.', 'from'],
    ['może', 'Każdy może przyjść jutro.', 'can'],
    ['też', 'Ona też tam była.', 'also'],
  ])('%s in "%s" is first shown as %s', (word, sentence, sense) => {
    const result = inSentence(word, sentence, 'pl');
    expect(result.best?.sense.split(', ')).toContain(sense);
  });

  it('reads lat after a numeral as years (rok), not summers', () => {
    expect(inSentence('lat', 'Pracował tam przez pięć lat.', 'pl').best?.lemma).toBe('rok');
  });

  it('gives a verb with się its reflexive reading', () => {
    const result = inSentence('odbył', 'Koncert odbył się wczoraj wieczorem.', 'pl');
    expect(result.best).toMatchObject({ lemma: 'odbyć się' });
    expect(result.best?.sense).toContain('take place');
  });

  it('reads a finite verb as a verb when its clause has no other, a noun when it has', () => {
    expect(inSentence('stoi', 'Dom stoi przy drodze.', 'pl').best?.lemma).toBe('stać');
    expect(inSentence('bronią', 'Sklep należał do handlarza bronią z Bułgarii.', 'pl').best?.lemma).toBe('broń');
  });

  it('reads z before a number in the accusative as "about"', () => {
    expect(inSentence('z', 'Przyjechało z tysiąc osób.', 'pl').best?.sense).toContain('about');
  });

  it('reads a past-tense verb as a verb when no noun agrees with its adjective reading', () => {
    expect(inSentence('wyniosła', 'Inflacja wyniosła 5 proc. w maju.', 'pl').best?.lemma).toBe('wynieść');
  });
});

describe('words the dictionaries miss', () => {
  it('derives an adjective from its noun and an adverb from its adjective', () => {
    const adjective = service.lookup({ text: 'unijny', lang: 'pl' });
    expect(adjective.entries[0]?.formNote).toContain('unia');
    const adverb = service.lookup({ text: 'komfortowo', lang: 'pl' });
    expect(adverb.entries.length).toBeGreaterThan(0);
  });

  it('gives an English adverb its adjective\'s senses', () => {
    expect(service.lookup({ text: 'inevitably', lang: 'en' }).entries[0]?.formNote).toBe('adverb of inevitable');
  });

  it('finds an imperfective through its perfective partner', () => {
    expect(service.lookup({ text: 'zauważać', lang: 'pl' }).entries[0]?.senses[0]?.translations).toContain('notice');
  });

  it('answers function words no dictionary has', () => {
    expect(service.lookup({ text: 'także', lang: 'pl' }).entries[0]?.senses[0]?.translations).toContain('also');
  });

  it('leaves an unknown name unfound rather than split', () => {
    expect(inSentence('Zandberga', 'To było widać w wystąpieniu Zandberga wczoraj.', 'pl').entries).toEqual([]);
  });
});

describe('plain lookups', () => {
  it('lead with an invariable function word and keep an inflected one\'s dictionary entry first', () => {
    expect(service.lookup({ text: 'the', lang: 'en' }).entries[0]!.dictionary).toBe('glosa-function-words');
    expect(service.lookup({ text: 'została', lang: 'pl' }).entries[0]!.dictionary).toBe('freedict-pol-eng');
  });

  it('have no best sense (only a lookup with a sentence names one)', () => {
    expect(service.lookup({ text: 'dom', lang: 'pl' }).best).toBeUndefined();
  });
});

describe('derivations that lead back to the word', () => {
  // "niejawne" → niejawny → niejawnie → niejawny…: each derivation looked the other up until the stack overflowed.
  it.each(['niejawne', 'niealfanumeryczne'])('%s is looked up without endless recursion', (word) => {
    expect(() => service.lookup({ text: word, lang: 'pl' })).not.toThrow();
  });
});

describe('glosa lookup --stdin JSON lines', () => {
  it('reads a word in its sentence, or a plain word', () => {
    expect(queryOfLine('{"word": "left", "sentence": "Turn left here.", "from": "en"}', 'auto')).toEqual({
      text: 'left', lang: 'en', sentence: 'Turn left here.',
    });
    expect(queryOfLine(' dom ', 'pl')).toEqual({ text: 'dom', lang: 'pl' });
  });

  it.each(['{"word": 3}', '{"word": "a", "from": "de"}', '{"word": "a", "offset": -1}', '{not json'])('rejects %s', (line) => {
    expect(() => queryOfLine(line, 'auto')).toThrow();
  });
});

describe('every entry of both dictionaries as displayed', () => {
  const IPA = /\/[^/]*[ˈˌːəɪʊʃʒθðŋæɔɛ][^/]*\//;
  const files = ['freedict-pol-eng/freedict-pol-eng.entries.dict', 'freedict-eng-pol/freedict-eng-pol.entries.dict'];
  // Cleaning again would change nothing (a "/" alone, as in i/lub or km/h, stays).
  const uncleaned = (senses: Sense[]): boolean => JSON.stringify(cleanSenses(senses)) !== JSON.stringify(senses);
  const badTranslation = (t: string): boolean =>
    IPA.test(t) || /<[a-z/][^>]*>/i.test(t) || /^(?:\d{1,2}|[a-h])\.(?:\s|$)/.test(t) || /^["“„].*["”]\s+-\s/.test(t) || t.trim() === '';

  // The display does not clean senses (the tables store them cleaned): the stored senses are what is shown.
  it.each(files)('%s: no IPA, HTML, numbering or example phrases in headwords, lemmas and senses', (file) => {
    const text = readFileSync(join(defaultResourcesDir(), 'dictionaries', file), 'utf8');
    const bad: string[] = [];
    let count = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      for (const parsed of JSON.parse(line) as ParsedEntry[]) {
        const entry: DictEntry = { ...parsed, lemma: parsed.headword, formNote: null, dictionary: file, match: 'exact' };
        const shown = cleanEntry(entry);
        count++;
        if (!shown || uncleaned(parsed.senses)) bad.push(`stored uncleaned: ${parsed.headword}`);
        if (!shown) continue;
        const fields = [shown.headword, shown.lemma];
        const senses = shown.senses.flatMap((s) => s.translations);
        if (fields.some((f) => IPA.test(f) || /<[a-z/][^>]*>/i.test(f) || /\s\/\S/.test(f))) bad.push(`head: ${shown.headword}`);
        for (const t of senses) if (badTranslation(t)) bad.push(`${shown.headword}: ${t}`);
      }
    }
    expect(count).toBeGreaterThan(10_000);
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('freedict-pol-eng.reverse.dict: no IPA, HTML or numbering in the Polish headwords shown as senses', () => {
    const text = readFileSync(join(defaultResourcesDir(), 'dictionaries', 'freedict-pol-eng/freedict-pol-eng.reverse.dict'), 'utf8');
    const bad: string[] = [];
    let count = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      for (const [, senses] of JSON.parse(line) as ReverseGroup[]) {
        count++;
        if (uncleaned(senses)) bad.push(`stored uncleaned: ${JSON.stringify(senses).slice(0, 80)}`);
        for (const t of senses.flatMap((s) => s.translations)) if (badTranslation(t)) bad.push(t);
      }
    }
    expect(count).toBeGreaterThan(10_000);
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe('results kept once', () => {
  it('a plain lookup keeps its displayed result only: the service underneath is asked without keeping its own', async () => {
    const { withContext } = await import('../../../../src/core/dictionary/context-rank');
    const calls = { kept: 0, unkept: 0 };
    const raw = (text: string): LookupResult => ({
      query: text, lang: 'en', matched: text,
      entries: [{ headword: text, lemma: text, formNote: null, pos: 'noun', ipa: null, senses: [{ translations: ['x'], note: null }], dictionary: 'freedict-eng-pol', match: 'exact' }],
    });
    const wrapped = withContext({
      lookup: (q) => (calls.kept++, raw(q.text)),
      lookupUncached: (q) => (calls.unkept++, raw(q.text)),
      knows: () => false,
      lemmas: () => [],
      clearCache: () => {},
    });
    const first = wrapped.lookup({ text: 'house', lang: 'en' });
    expect(wrapped.lookup({ text: 'house', lang: 'en' })).toBe(first);
    expect(calls).toEqual({ kept: 0, unkept: 1 });
  });
});
