// The honest fallback: when no confident translation exists (a clause or sentence the phrase catalogue does
// not cover), the glossary shows each word in the Polish order with its lemma and one sense, marked as word
// by word, instead of a fluent-looking sentence assembled from dictionary senses.
import type { WordGloss } from '../../shared/types';
import type { LookupService } from '../dictionary/lookup';
import { keptSpans } from './abbreviations';
import { isProperName } from './names';
import { stripMarks } from './normalise';
import { wordsOf } from '../text/words';

export type { WordGloss };

/** Strings of more words than this are clauses: the noun-phrase ordering rules do not hold for them. */
export const MAX_COMPOSED_WORDS = 3;

export interface WordSenses {
  /** A sense for one word: catalogue one-word entry, function word or dictionary sense; null when none, "" for none needed ("się"). */
  sense(word: string, neighbours: string[]): string | null;
  /** The catalogue's English for a run of 2+ words ("dane osobowe" → "personal data"), or null. */
  phrase?(words: string[]): string | null;
  /** Longest catalogue phrase, in words. */
  maxPhraseWords?: number;
  lookup?: LookupService;
}

const MAX_WORDS = 80;

/**
 * Words of the string in order, each with its lemma (when it differs from the word) and one sense.
 * Abbreviations and addresses are one word each, kept with their meaning; names are kept with no sense.
 */
export function wordByWord(text: string, senses: WordSenses): WordGloss[] {
  const kept = keptSpans(text);
  const out: WordGloss[] = [];
  let at = 0;
  const words = (chunk: string): void => {
    const shown = wordsOf(stripMarks(chunk).normalize('NFC'));
    const keys = shown.map((w) => w.toLowerCase());
    let skipTo = 0;
    shown.forEach((word, i) => {
      if (out.length >= MAX_WORDS || i < skipTo) return;
      // A catalogue phrase starting here is one unit with its own sense.
      for (let len = Math.min(senses.maxPhraseWords ?? 0, shown.length - i); len >= 2 && senses.phrase; len--) {
        const en = senses.phrase(keys.slice(i, i + len));
        if (en) { out.push({ text: shown.slice(i, i + len).join(' '), lemma: null, sense: en }); skipTo = i + len; return; }
      }
      if (/^\p{N}+$/u.test(word) || isProperName(shown, i, senses.lookup)) { out.push({ text: word, lemma: null, sense: null }); return; }
      const key = word.toLowerCase();
      const lemmas = senses.lookup?.lemmas(key, 'pl').map((l) => l.lemma.toLowerCase()) ?? [];
      const lemma = lemmas.find((l) => l !== key) && !lemmas.includes(key) ? lemmas[0]! : null;
      out.push({ text: word, lemma, sense: senses.sense(key, [keys[i - 1], keys[i + 1]].filter((n): n is string => !!n)) });
    });
  };
  for (const span of kept) {
    words(text.slice(at, span.start));
    if (out.length < MAX_WORDS) out.push({ text: span.text, lemma: null, sense: span.shown === span.text ? null : span.shown.slice(span.text.length).replace(/^\s*\(|\)$/gu, '') });
    at = span.end;
  }
  words(text.slice(at));
  return out;
}

/** The one-line form of a word-by-word gloss: senses in the Polish order ("what · have · in · fridge"). */
export function wordByWordLine(words: WordGloss[]): string {
  return words.map((w) => (w.sense === null ? w.text : w.sense)).filter(Boolean).join(' · ');
}
