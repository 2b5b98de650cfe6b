// Language of a short string or paragraph: Polish or English. Page chrome is short ("Więcej", "zamknij"),
// so letter statistics alone are weak; Polish-only letters and function words decide most cases, and a
// caller with dictionaries can pass `knownWord` to settle the rest.
import type { Lang } from '../shared/types';
import { letterRunsOf } from './text/words';

const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;
const PL_WORDS = new Set(
  ('i w na z do nie się że jest to o jak po za od dla przez przy lub oraz ale czy tak już są był była było być ' +
    'który która które jego jej ich ten ta te tym tego tej pod nad przed bez więcej mnie mi ty my wy on ona ono ' +
    'jeszcze także również tylko może można musi będzie został została zostało zostały więc gdy kiedy gdzie co kto').split(' '),
);
const EN_WORDS = new Set(
  ('the a an and or of to in on at for with by from is are was were be been has have had it its this that these ' +
    'those he she they we you his her their our not but as if into over under than then who which what when where ' +
    'will would can could should may might said says more most some any all no').split(' '),
);

/** Words of a string, lowercased, letters only (Unicode-aware). */
export function words(text: string): string[] {
  return letterRunsOf(text.toLowerCase());
}

/**
 * Decide 'pl' or 'en', or null when the text gives no evidence (numbers, names, punctuation).
 * `knownWord(word, lang)` lets a caller with dictionaries vote per word.
 */
export function detectLanguage(text: string, knownWord?: (word: string, lang: Lang) => boolean): Lang | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  let pl = 0;
  let en = 0;
  for (const w of ws) {
    if (POLISH_LETTERS.test(w)) pl += 2;
    if (PL_WORDS.has(w)) pl += 1;
    if (EN_WORDS.has(w)) en += 1;
    if (knownWord && !POLISH_LETTERS.test(w)) {
      const inPl = knownWord(w, 'pl');
      const inEn = knownWord(w, 'en');
      if (inPl && !inEn) pl += 1;
      else if (inEn && !inPl) en += 1;
    }
  }
  if (pl === en) return null;
  return pl > en ? 'pl' : 'en';
}
