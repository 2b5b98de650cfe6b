// Normal forms of interface strings. The same functions key the catalogue when it is built
// (scripts/build-glossary.ts) and when a page's strings are looked up, so both sides agree.
import { wordsOf } from '../text/words';

/** Tokens of a string for matching: lowercased letters and digits, everything else a separator. */
export function matchTokens(text: string): string[] {
  return wordsOf(text.normalize('NFC').toLowerCase());
}

/**
 * The catalogue key of a string: case, whitespace, punctuation (trailing colon, asterisks, "[x]",
 * bullets, arrows, quotes) all fold away, leaving the words joined by single spaces.
 */
export function normaliseKey(text: string): string {
  return matchTokens(stripMarks(text)).join(' ');
}

// "[x]", "(x)", "×" are close-button glyphs, not words.
const CLOSE_MARK = /[[(]\s*[x×]\s*[\])]|×/giu;

/** Drops close marks; keeps the rest of the text as it is. */
export function stripMarks(text: string): string {
  return text.replace(CLOSE_MARK, ' ');
}

/** A chrome string as shown in the glossary: one line, single spaces, no leading bullets or trailing separators. */
export function cleanDisplayText(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/^[\s•·▪●○◦‣∙*»›>|–—-]+(?=\p{L})/u, '')
    .replace(/[\s|•·:]+$/u, '')
    .trim();
}

/**
 * Splits a line holding several controls ("Podziel się:   Więcej") into one string per control:
 * runs of 3+ spaces, tabs, line breaks, " | " and bullets separate them.
 */
export function splitControls(text: string): string[] {
  return text
    .split(/\s{3,}|\t|\r?\n|\s+\|\s+|\s+[•·▪]\s+/u)
    .map(cleanDisplayText)
    .filter((part) => /\p{L}/u.test(part));
}

/** Lowercases the first letter of `translation` when the source string starts lowercase ("zamknij" → "close"). */
export function matchInitialCase(source: string, translation: string): string {
  const first = source.match(/\p{L}/u)?.[0];
  if (!first || first !== first.toLowerCase() || first === first.toUpperCase()) return translation;
  const m = translation.match(/^(\P{L}*)(\p{Lu})(\p{Ll})/u);
  if (!m) return translation;
  return m[1] + m[2]!.toLowerCase() + translation.slice(m[1]!.length + 1);
}
