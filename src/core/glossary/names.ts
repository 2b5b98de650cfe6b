// Proper names inside interface strings stay as they are written: "Kuba Wojewódzki", "Przemysława
// Marchlewicza", "na Facebooku". Polish capitalises only names (and the first word), so a capitalised word is
// a name when Morfologik knows it only as a name, or when it is not the first word and Morfologik knows a
// name reading of it or does not know it at all. Words of Title Case labels ("Telefonia Komórkowa", "Portal
// Spożywczy") have only common readings and are translated.
import type { LookupService } from '../dictionary/lookup';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const ONE_LETTER_WORDS = new Set(['a', 'i', 'o', 'u', 'w', 'z']);

/** A word's Polish readings as written and lowercased: Morfologik keeps names capitalised, so the lowercased form
 * finds the common readings ("Klubie" → klub). */
export function polishReadings(word: string, lookup: LookupService): ReturnType<LookupService['lemmas']> {
  return [...lookup.lemmas(word, 'pl'), ...lookup.lemmas(word.toLowerCase(), 'pl')];
}

export function isProperName(shown: string[], index: number, lookup: LookupService | undefined): boolean {
  const word = shown[index]!;
  if (!lookup) return false;
  // An acronym or a single capital ("OSW", "PTWP", "L!") in a string that is not all capitals.
  if (/^\p{Lu}+$/u.test(word) && shown.some((w) => /\p{Ll}/u.test(w))) {
    // One-letter Polish words ("W", "O", "Z", "I" starting a sentence) are words, not initials.
    if (word.length === 1) return !ONE_LETTER_WORDS.has(word.toLowerCase());
    return !lookup.knows(word.toLowerCase(), 'pl');
  }
  if (!CAPITALISED.test(word)) return false;
  const lemmas = polishReadings(word, lookup).map((l) => l.lemma);
  const nameReading = lemmas.some((l) => CAPITALISED.test(l));
  const commonReading = lemmas.some((l) => !CAPITALISED.test(l));
  if (nameReading && !commonReading) return true;
  if (index === 0) return false;
  // A word that is also a common word is a name when it is capitalised in sentence-case text ("w całej
  // Polsce"), or follows a name ("Kuba Wojewódzki"); in Title Case labels ("O Klubie Jagiellońskim") it is not.
  if (nameReading) {
    if (!commonReading) return true;
    const sentenceCase = shown.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && w.length > 1);
    return sentenceCase || isProperName(shown, index - 1, lookup);
  }
  // Unknown to the Polish dictionary and to the English one: a brand or a foreign name.
  return lemmas.length === 0 && !lookup.knows(word, 'pl') && !lookup.knows(word.toLowerCase(), 'pl') && !lookup.knows(word.toLowerCase(), 'en');
}
