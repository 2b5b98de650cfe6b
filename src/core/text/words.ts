// What counts as a word, for every place that splits, looks up or matches words: letters and digits of
// any script. Shared global regexes are used only with match/matchAll/replace, which reset lastIndex.

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const WORDS = /[\p{L}\p{N}]+/gu;
// Inner apostrophes and hyphens join: "don't", "e-mail", "Bielsko-Biała" are one word each.
const JOINED_WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const LETTER_RUNS = /\p{L}+/gu;

/** Runs of letters and digits; everything else separates them. */
export function wordsOf(text: string): string[] {
  return text.match(WORDS) ?? [];
}

/** Words with their inner apostrophes and hyphens, as a query or a hover reads them. */
export function joinedWordsOf(text: string): string[] {
  return text.match(JOINED_WORDS) ?? [];
}

/** Each joined word with its position (matchAll works on a copy of the shared regex). */
export function joinedWordMatches(text: string) {
  return text.matchAll(JOINED_WORDS);
}

/** Runs of letters only (digits separate them too). */
export function letterRunsOf(text: string): string[] {
  return text.match(LETTER_RUNS) ?? [];
}

/** A regex that finds `source` (a regex source) only as whole words: no letter or digit touches either end. */
export function wholeWordPattern(source: string, flags: string): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, flags);
}
