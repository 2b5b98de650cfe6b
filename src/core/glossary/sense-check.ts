// Does an English rendering fit the dictionary senses of the Polish words? Used to check mined catalogue
// pairs: a pair whose English shares no word with any sense of any Polish word ("Przeczytaj" → "Unread",
// "Wyszukiwarka" → "Suggest search engines to use") is misaligned or another product's wording.
import type { LookupService } from '../dictionary/lookup';
import type { Catalogue, CatalogueEntry } from './catalogue';
import { matchTokens } from './normalise';
import { attestedSenses } from './sense-corpus';

export interface SenseFit {
  /** Polish content words the dictionary has senses for. */
  known: number;
  /** Of those, words one of whose senses shares a word with the English. */
  fitting: number;
}

// English words that carry no sense of their own in a label.
const ENGLISH_STOP = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'your', 'my', 'our', 'this', 'that', 'be', 'is', 'are', 'it', 'you', 'we', 'from', 'as', 'all', 'not', 'no', 'one', 'do', 'have', 'has']);
// Polish words whose senses the dictionary gives poorly (closed class): not counted either way.
const POLISH_STOP = new Set(['i', 'oraz', 'a', 'lub', 'albo', 'w', 'we', 'na', 'z', 'ze', 'do', 'od', 'dla', 'o', 'po', 'przez', 'przy', 'za', 'pod', 'nad', 'bez', 'nie', 'się', 'jest', 'są', 'to', 'ten', 'ta', 'te', 'twój', 'twoje', 'twoja', 'swój', 'mój', 'nasz', 'czy', 'jak', 'co', 'już', 'tu', 'tak']);

const MAX_WORDS = 8;

/** Word stems to compare English words by: lemmas where the dictionary has them, else the word. */
function englishStems(words: string[], lookup: LookupService): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (const { lemma } of lookup.lemmas(w, 'en')) out.add(lemma.toLowerCase());
    // Cheap stems for what the lemmatiser leaves: "downloads" / "download", "sign-in" parts.
    out.add(w.replace(/(ies|es|s|ing|ed)$/u, ''));
  }
  return out;
}

/**
 * Senses beyond the dictionary's, by Polish lemma: the catalogue's own agreed one-word entries carry the web
 * senses FreeDict lacks ("zalogować" → "log in", "pobierać" → "download").
 */
export type MoreSenses = (lemma: string) => Iterable<string>;

function senseWords(word: string, lookup: LookupService, more?: MoreSenses): Set<string> {
  const out = new Set<string>();
  if (more) {
    for (const lemma of [word, ...lookup.lemmas(word, 'pl').map((l) => l.lemma.toLowerCase())]) {
      for (const en of more(lemma)) for (const w of matchTokens(en)) out.add(w);
    }
  }
  for (const entry of lookup.lookup({ text: word, lang: 'pl' }).entries.slice(0, 6)) {
    for (const sense of entry.senses) for (const t of sense.translations) for (const w of matchTokens(t)) out.add(w);
  }
  return out;
}

/** Polish lemmas the English words translate to (the English-Polish dictionary). */
function reversePolish(english: string[], lookup: LookupService): Set<string> {
  const out = new Set<string>();
  for (const w of english) {
    for (const entry of lookup.lookup({ text: w, lang: 'en' }).entries.slice(0, 4)) {
      for (const sense of entry.senses) for (const t of sense.translations) for (const p of matchTokens(t)) out.add(p);
    }
  }
  return out;
}

export function senseFit(pl: string, en: string, lookup: LookupService, more?: MoreSenses): SenseFit {
  const plWords = matchTokens(pl).filter((w) => !POLISH_STOP.has(w) && !/^\d+$/u.test(w)).slice(0, MAX_WORDS);
  const enWords = matchTokens(en).filter((w) => !ENGLISH_STOP.has(w)).slice(0, MAX_WORDS * 2);
  const stems = englishStems(enWords, lookup);
  let reverse: Set<string> | null = null;
  const fit: SenseFit = { known: 0, fitting: 0 };
  for (const word of plWords) {
    const senses = senseWords(word, lookup, more);
    if (senses.size === 0) continue;
    fit.known++;
    let fits = [...senses].some((s) => stems.has(s) || stems.has(s.replace(/(ies|es|s|ing|ed)$/u, '')));
    if (!fits) {
      // The other direction: an English word whose Polish translations include this word's lemma.
      reverse ??= reversePolish(enWords, lookup);
      const lemmas = [word, ...lookup.lemmas(word, 'pl').map((l) => l.lemma.toLowerCase())];
      fits = lemmas.some((l) => reverse!.has(l));
    }
    if (fits) fit.fitting++;
  }
  return fit;
}

/**
 * A single source's pair contradicts the dictionary when the dictionary knows its Polish words and none of
 * them fits the English, or when the English is a sentence where the Polish is a word or two.
 */
export function contradictsDictionary(pl: string, en: string, lookup: LookupService, more?: MoreSenses): boolean {
  const plCount = matchTokens(pl).length;
  const enCount = matchTokens(en).length;
  if (enCount > 2 * plCount + 1) return true;
  const fit = senseFit(pl, en, lookup, more);
  return fit.known > 0 && fit.fitting === 0;
}

/**
 * A catalogue entry one source gives whose English neither the dictionary nor the catalogue's other phrases
 * support ("Okazje" → "Deals", where the dictionary has occasion, opportunity, bargain): shown, but marked
 * approximate, since its sense is the source site's and may not be this page's.
 */
export function doubtfulEntry(entry: CatalogueEntry, catalogue: Catalogue, lookup: LookupService | undefined): boolean {
  if (!lookup || entry.sources.length >= 2) return false;
  return contradictsDictionary(entry.pl, entry.en, lookup, (lemma) => attestedSenses(lemma, catalogue, lookup));
}
