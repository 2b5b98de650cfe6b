// The glossary of a page: its Polish interface strings with English translations. Whole strings are
// matched against the phrase catalogue (exact, normalised, by lemmas); longer strings are covered by
// catalogue phrases; what remains is glossed word by word from the dictionaries, marked approximate.
import type { ChromeItem, GlossEntry } from '../../shared/types';
import type { LookupService } from '../dictionary/lookup';
import { detectLanguage } from '../language';
import type { Catalogue, CatalogueEntry } from './catalogue';
import { cleanDisplayText, matchInitialCase, normaliseKey, splitControls, stripMarks } from './normalise';

export type { LookupService };

export interface GlossaryDeps {
  catalogue: Catalogue;
  lookup?: LookupService;
}

/** How a translation was reached, best first. */
export type GlossMatch = 'exact' | 'normalised' | 'lemma' | 'phrase' | 'word-by-word';

export interface Gloss {
  text: string;
  translation: string;
  approximate: boolean;
  sources: string[];
  match: GlossMatch;
}

/** Source name of word glosses that come from the dictionaries or the built-in function words. */
export const DICTIONARY_SOURCE = 'dictionary';

// Closed-class words the dictionaries gloss poorly or not at all; "się" has no English counterpart.
const FUNCTION_WORDS: Record<string, string> = {
  i: 'and', oraz: 'and', a: 'and', lub: 'or', albo: 'or', ale: 'but', w: 'in', we: 'in', na: 'on', z: 'with',
  ze: 'with', do: 'to', od: 'from', dla: 'for', o: 'about', po: 'after', przez: 'by', przy: 'at', za: 'for',
  pod: 'under', nad: 'above', bez: 'without', nie: 'not', się: '', jest: 'is', są: 'are', czy: 'whether',
  jak: 'how', co: 'what', kto: 'who', gdzie: 'where', tu: 'here', tutaj: 'here', tak: 'yes', już: 'already',
  aby: 'to', żeby: 'to', więcej: 'more', mniej: 'less', wszystkie: 'all', wszystko: 'everything', twój: 'your', twoje: 'your',
  twoja: 'your', nasz: 'our', nasze: 'our', nasza: 'our', ten: 'this', ta: 'this', to: 'this', te: 'these',
};

/** Words with their original case, and lowercased for matching (same tokenisation as normaliseKey). */
function tokensOf(text: string): { shown: string[]; keys: string[] } {
  const shown = stripMarks(text).normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return { shown, keys: shown.map((w) => w.toLowerCase()) };
}

// Catalogue keys by lemmas, built once per catalogue and dictionary service.
const lemmaIndexes = new WeakMap<Catalogue, WeakMap<LookupService, Map<string, CatalogueEntry>>>();

function canonicalLemma(word: string, lookup: LookupService): string {
  const lemmas = lookup.lemmas(word, 'pl').map((l) => l.lemma.toLowerCase());
  if (lemmas.length === 0) return word;
  return lemmas.sort()[0]!;
}

function lemmaKey(words: string[], lookup: LookupService): string {
  return words.map((w) => canonicalLemma(w, lookup)).join(' ');
}

function lemmaIndex(catalogue: Catalogue, lookup: LookupService): Map<string, CatalogueEntry> {
  let byLookup = lemmaIndexes.get(catalogue);
  if (!byLookup) lemmaIndexes.set(catalogue, (byLookup = new WeakMap()));
  let index = byLookup.get(lookup);
  if (!index) {
    index = new Map();
    for (const [key, entry] of catalogue.entries) {
      const lk = lemmaKey(key.split(' '), lookup);
      // A hand-written or better-attested entry keeps its place when two keys share lemmas.
      const held = index.get(lk);
      if (!held || entry.sources.length > held.sources.length) index.set(lk, entry);
    }
    byLookup.set(lookup, index);
  }
  return index;
}

/** The catalogue entry for these words, exactly or through lemmas. */
function findPhrase(words: string[], deps: GlossaryDeps): { entry: CatalogueEntry; byLemma: boolean } | null {
  const entry = deps.catalogue.entries.get(words.join(' '));
  if (entry) return { entry, byLemma: false };
  if (!deps.lookup) return null;
  const viaLemma = lemmaIndex(deps.catalogue, deps.lookup).get(lemmaKey(words, deps.lookup));
  return viaLemma ? { entry: viaLemma, byLemma: true } : null;
}

/** A one-word gloss: built-in function words, then the first translation of the dictionary's first entry. */
function glossWord(word: string, deps: GlossaryDeps): string | null {
  if (word in FUNCTION_WORDS) return FUNCTION_WORDS[word]!;
  if (!deps.lookup) return null;
  const result = deps.lookup.lookup({ text: word, lang: 'pl' });
  for (const entry of result.entries) {
    for (const sense of entry.senses) {
      const first = sense.translations[0];
      if (first) return first.replace(/^to\s+(?=\p{L})/u, '');
    }
  }
  return null;
}

/**
 * Covers the words left to right with the longest catalogue phrase starting at each word; words no phrase
 * covers are glossed one by one. Unknown words stay as they are (names, numbers).
 */
function composeGloss(shown: string[], keys: string[], deps: GlossaryDeps): Gloss | null {
  const pieces: string[] = [];
  const sources = new Set<string>();
  let phrases = 0;
  let glossed = 0;
  for (let i = 0; i < keys.length; ) {
    let taken = 0;
    for (let len = Math.min(deps.catalogue.maxWords, keys.length - i); len >= 2; len--) {
      const found = findPhrase(keys.slice(i, i + len), deps);
      if (found) {
        pieces.push(found.entry.en);
        found.entry.sources.forEach((s) => sources.add(s));
        phrases++;
        taken = len;
        break;
      }
    }
    if (taken) { i += taken; continue; }
    // One word: closed-class words, then the catalogue (interface senses: "Komentarze" → "Comments",
    // not "commentary"), then the dictionary.
    const single = keys[i]! in FUNCTION_WORDS ? null : findPhrase([keys[i]!], deps);
    const word = single ? single.entry.en : glossWord(keys[i]!, deps);
    if (single) single.entry.sources.forEach((s) => sources.add(s));
    else if (word !== null) sources.add(DICTIONARY_SOURCE);
    if (word !== null) {
      if (word) pieces.push(word);
      glossed++;
    } else pieces.push(shown[i]!);
    i++;
  }
  if (phrases + glossed === 0) return null;
  return {
    text: '',
    // Catalogue pieces are capitalised labels; inside a composed gloss only the first keeps its capital.
    translation: pieces.map((p, n) => (n === 0 ? p : matchInitialCase('x', p))).join(' '),
    approximate: true,
    sources: [...sources].sort(),
    match: phrases > 0 ? 'phrase' : 'word-by-word',
  };
}

/** Translates one interface string; null when it is not Polish (or carries no words). */
export function translateInterfaceString(text: string, deps: GlossaryDeps): Gloss | null {
  const display = cleanDisplayText(text);
  const key = normaliseKey(display);
  if (!key) return null;
  const lookup = deps.lookup;
  const lang = detectLanguage(stripMarks(display), lookup ? (w, l) => lookup.knows(w, l) : undefined);
  if (lang === 'en') return null;
  const { shown, keys } = tokensOf(display);

  const whole = findPhrase(keys, deps);
  if (whole) {
    const { entry, byLemma } = whole;
    return {
      text: display,
      translation: matchInitialCase(display, entry.en),
      approximate: false,
      sources: entry.sources,
      match: byLemma ? 'lemma' : normaliseKey(entry.pl) === key && entry.pl === display ? 'exact' : 'normalised',
    };
  }
  // A short string without Polish letters or function words, and unknown to the catalogue: no evidence.
  if (lang !== 'pl') return null;

  const parts = splitControls(text);
  if (parts.length > 1) {
    const glosses = parts.map((p) => translateInterfaceString(p, deps));
    if (glosses.some((g) => g !== null)) {
      return {
        text: display,
        translation: glosses.map((g, i) => (g ? g.translation : parts[i])).join(' | '),
        approximate: glosses.some((g) => !g || g.approximate),
        sources: [...new Set(glosses.flatMap((g) => g?.sources ?? []))].sort(),
        match: glosses.every((g) => g && !g.approximate) ? 'normalised' : 'phrase',
      };
    }
  }
  const composed = composeGloss(shown, keys, deps);
  if (!composed) return null;
  // Dictionary senses are lowercase: a capitalised label gets a capitalised gloss.
  const capital = /^\P{L}*\p{Lu}/u.test(display);
  const translation = capital ? composed.translation.replace(/\p{L}/u, (c) => c.toUpperCase()) : matchInitialCase(display, composed.translation);
  return { ...composed, text: display, translation };
}

/**
 * The glossary of a page: every Polish control among the chrome strings (lines holding several controls
 * are split), translated, grouped by normal form and counted, in document order, with the kind of its
 * first occurrence.
 */
export function buildGlossary(chrome: ChromeItem[], deps: GlossaryDeps): GlossEntry[] {
  const byKey = new Map<string, GlossEntry>();
  const notPolish = new Set<string>();
  for (const item of chrome) {
    for (const part of splitControls(item.text)) {
      const key = normaliseKey(part);
      if (!key || notPolish.has(key)) continue;
      const held = byKey.get(key);
      if (held) { held.count++; continue; }
      const gloss = translateInterfaceString(part, deps);
      if (!gloss) { notPolish.add(key); continue; }
      byKey.set(key, {
        text: gloss.text,
        translation: gloss.translation,
        count: 1,
        kind: item.kind,
        approximate: gloss.approximate,
        sources: gloss.sources,
      });
    }
  }
  return [...byKey.values()];
}
