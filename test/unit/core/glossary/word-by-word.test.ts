import { describe, expect, it } from 'vitest';
import { wordByWord, wordByWordLine } from '../../../../src/core/glossary/word-by-word';
import { parseCatalogue } from '../../../../src/core/glossary/catalogue';
import { translateInterfaceString } from '../../../../src/core/glossary/glossary';
import type { LookupService } from '../../../../src/core/dictionary/lookup';

const senses: Record<string, string> = { masz: 'have', lodówce: 'fridge', co: 'what', w: 'in', się: '' };

describe('wordByWord', () => {
  it('keeps the Polish order, gives each word one sense, and keeps catalogue phrases as one unit', () => {
    const words = wordByWord('Co masz w lodówce, dane osobowe?', {
      sense: (w) => senses[w] ?? null,
      phrase: (ws) => (ws.join(' ') === 'dane osobowe' ? 'personal data' : null),
      maxPhraseWords: 2,
    });
    expect(words.map((w) => w.text)).toEqual(['Co', 'masz', 'w', 'lodówce', 'dane osobowe']);
    expect(wordByWordLine(words)).toBe('what · have · in · fridge · personal data');
  });

  it('keeps abbreviations with their meaning and shows unknown words as they are', () => {
    const words = wordByWord('m.in. xyzzy', { sense: () => null });
    expect(words[0]).toEqual({ text: 'm.in.', lemma: null, sense: 'among others' });
    expect(wordByWordLine(words)).toBe('among others · xyzzy');
  });

  it('is bounded on very long input', () => {
    expect(wordByWord('słowo '.repeat(5000), { sense: () => 'word' }).length).toBeLessThanOrEqual(80);
  });
});

describe('translateInterfaceString fallback', () => {
  it('glosses a sentence no catalogue phrase carries word by word, marked approximate', () => {
    const lookup: LookupService = {
      lookup: (q) => ({ query: q.text, lang: 'pl', matched: q.text, entries: senses[q.text] ? [{ headword: q.text, lemma: q.text, formNote: null, pos: null, ipa: null, senses: [{ translations: [senses[q.text]!], note: null }], dictionary: 'fake', match: 'exact' }] : [] }),
      knows: (w, lang) => lang === 'pl' && w.toLowerCase() in senses,
      lemmas: () => [],
      clearCache: () => undefined, // nothing cached
    };
    const gloss = translateInterfaceString('Co masz w lodówce?', { catalogue: parseCatalogue(''), lookup });
    expect(gloss?.match).toBe('word-by-word');
    expect(gloss?.approximate).toBe(true);
    expect(gloss?.words?.map((w) => w.sense)).toEqual(['what', 'have', 'in', 'fridge']);
  });
});
