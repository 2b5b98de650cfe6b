// The glossary of a page: its Polish interface strings with English translations. Whole strings are
// matched against the phrase catalogue (exact, normalised, by lemmas); longer strings are covered by
// catalogue phrases; what remains is glossed word by word from the dictionaries, marked approximate.
import type { ChromeItem, GlossEntry } from '../../shared/types';
import { detectLanguage } from '../language';
import { wordsOf } from '../text/words';
import { keptSpans } from './abbreviations';
import { findPhrase } from './catalogue-match';
import { pluraliseEnglish } from './english-plural';
import { functionWordGloss, isFunctionWord } from './function-words';
import type { Gloss, GlossaryDeps } from './gloss-types';
import { agreeWithForm } from './lemma-agreement';
import { cleanDisplayText, matchInitialCase, normaliseKey, splitControls, stripMarks } from './normalise';
import { composeGloss } from './phrase-cover';
import { joinValue, splitValue } from './values';
import { MAX_COMPOSED_WORDS, wordByWord, wordByWordLine } from './word-by-word';
import { analyseForm, isParticiple } from './word-form';
import { DICTIONARY_SOURCE, glossWord } from './word-gloss';
import { doubtfulEntry } from './sense-check';

// The glossary's entry point: its callers take the shared types from here.
export type { Gloss, GlossaryDeps, GlossMatch } from './gloss-types';

/** Words with their original case, and lowercased for matching (same tokenisation as normaliseKey). */
function tokensOf(text: string): { shown: string[]; keys: string[] } {
  const shown = wordsOf(stripMarks(text).normalize('NFC'));
  return { shown, keys: shown.map((w) => w.toLowerCase()) };
}

/** Translates one interface string; null when it is not Polish (or carries no words). */
export function translateInterfaceString(text: string, deps: GlossaryDeps): Gloss | null {
  const display = cleanDisplayText(text);
  const key = normaliseKey(display);
  if (!key) return null;
  // Nothing but abbreviations ("m.in.", "ul."): kept and explained, whatever language detection says.
  const keptOnly = keptSpans(display);
  if (!deps.catalogue.entries.has(key) && keptOnly.some((k) => k.shown !== k.text) && !/[\p{L}\p{N}]/u.test(keptOnly.reduceRight((t, s) => t.slice(0, s.start) + t.slice(s.end), display))) {
    return translateAroundKept(display, keptOnly, deps);
  }
  // "Komentarze (9)", "Aktualizacja: 12.03.2021": the label is translated, the value kept.
  const valued = splitValue(display);
  if (valued) {
    const label = translateInterfaceString(valued.label, deps);
    return label ? { ...label, text: display, translation: joinValue(valued, label.translation) } : null;
  }
  const lookup = deps.lookup;
  const lang = detectLanguage(stripMarks(display), lookup ? (w, l) => lookup.knows(w, l) : undefined);
  if (lang === 'en') return null;
  const { shown, keys } = tokensOf(display);

  const found = findPhrase(keys, deps, true);
  // A whole string reached through lemmas is another form of the catalogue's phrase: its English follows the
  // page's form ("Gwiazdy" → "Stars"), and a form of another word class is not the same phrase.
  const agreed = found?.byLemma && deps.lookup ? agreeWithForm(keys, found.entry.pl, found.entry.en, deps.lookup, pluraliseEnglish) : found?.entry.en;
  const whole = found && agreed ? found : null;
  if (whole) {
    const { entry, byLemma } = whole;
    return {
      text: display,
      translation: matchInitialCase(display, agreed!),
      approximate: doubtfulEntry(entry, deps.catalogue, deps.lookup),
      sources: entry.sources,
      match: byLemma ? 'lemma' : normaliseKey(entry.pl) === key && entry.pl === display ? 'exact' : 'normalised',
    };
  }
  // Clauses and sentences: a composed translation only when catalogue phrases carry it; else word by word.
  const kept = keptSpans(display);
  // Words as written: "e-mail" is one word here, though two matching tokens.
  const written = display.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (written > MAX_COMPOSED_WORDS && (lang === 'pl' || kept.length) && splitControls(text).length === 1) {
    const composed = kept.length ? null : composeGloss(shown, keys, deps);
    if (composed && isConfidentComposition(composed, keys)) return { ...composed, text: display, translation: capitaliseLike(display, composed.translation) };
    return wordByWordGloss(display, deps);
  }
  // Abbreviations and web addresses are kept (abbreviations explained); the text between them is translated.
  if (kept.length) return translateAroundKept(display, kept, deps);
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
  return { ...composed, text: display, translation: capitaliseLike(display, composed.translation) };
}

/** Dictionary senses are lowercase: a capitalised label gets a capitalised gloss. */
function capitaliseLike(display: string, translation: string): string {
  const capital = /^\P{L}*\p{Lu}/u.test(display);
  return capital ? translation.replace(/\p{L}/u, (c) => c.toUpperCase()) : matchInitialCase(display, translation);
}

/** Composed from catalogue phrases and function words only, with no Polish word left untranslated. */
function isConfidentComposition(composed: Gloss, keys: string[]): boolean {
  if (composed.sources.includes(DICTIONARY_SOURCE)) return false;
  const out = new Set(wordsOf(composed.translation.toLowerCase()));
  return !keys.some((k) => k.length > 2 && !isFunctionWord(k) && out.has(k)) && !/[ąćęłńóśźż]/iu.test(composed.translation);
}

/** One sense for one word: a function word, the catalogue's interface sense when trusted, else the dictionary's. */
function senseOf(key: string, deps: GlossaryDeps, neighbours: string[] = []): string | null {
  const functionWord = functionWordGloss(key);
  if (functionWord !== undefined) return functionWord;
  const single = findPhrase([key], deps);
  if (single && (single.entry.sources.length > 1 || single.entry.sources.some((s) => s.startsWith('glosa-')))) return matchInitialCase('x', single.entry.en);
  const form = analyseForm(key, deps.lookup);
  // Beside a noun, a form that is an adjective and not a participle ("osobowe" in "dane osobowe": personal,
  // not passenger train) is read as one; participles ("dane": given / data) are too often nouns too.
  const besideNoun = form.adj && !isParticiple(key, deps.lookup) && neighbours.some((n) => !isFunctionWord(n) && analyseForm(n, deps.lookup).noun);
  const pos = besideNoun ? 'adj' : form.noun ? 'noun' : form.verb ? 'verb' : form.adj ? 'adj' : undefined;
  return glossWord(key, deps, pos, form.lemmas) ?? single?.entry.en ?? null;
}

function wordByWordGloss(display: string, deps: GlossaryDeps): Gloss {
  const phrase = (ws: string[]): string | null => {
    const found = findPhrase(ws, deps);
    return found ? matchInitialCase('x', found.entry.en) : null;
  };
  const words = wordByWord(display, { sense: (w, neighbours) => senseOf(w, deps, neighbours), phrase, maxPhraseWords: deps.catalogue.maxWords, lookup: deps.lookup });
  return { text: display, translation: wordByWordLine(words), approximate: true, sources: [DICTIONARY_SOURCE], match: 'word-by-word', words };
}

/**
 * A string the selection already judged Polish interface (interface-strings.ts, from its own words) whose words
 * the dictionaries cannot translate ("Piekarnictwo", "Stronicowanie"): listed word by word, the unknown words as
 * written, rather than lost. Language detection here only vetoes English.
 */
function selectedFallback(part: string, deps: GlossaryDeps): Gloss | null {
  const display = cleanDisplayText(part);
  if (!normaliseKey(display)) return null;
  const lookup = deps.lookup;
  if (!lookup) return null;
  // Only words that are common Polish words and not English ones: a brand, a web address or a word both languages
  // write alike ("Radio", "Tablet", "Newsletter") has nothing to explain.
  const ws = wordsOf(stripMarks(display)).filter((w) => w.length > 2);
  if (ws.length === 0 || /\.\p{L}{2,}/u.test(display)) return null;
  const polishOnly = (w: string): boolean => {
    const lower = w.toLowerCase();
    return !lookup.knows(lower, 'en') && lookup.lemmas(lower, 'pl').some((l) => l.lemma === l.lemma.toLowerCase());
  };
  return ws.every(polishOnly) ? wordByWordGloss(display, deps) : null;
}

const NAME_AFTER = new Set(['ul.', 'al.', 'os.', 'św.', 'im.', 'pl.']);

function translateAroundKept(display: string, kept: ReturnType<typeof keptSpans>, deps: GlossaryDeps): Gloss | null {
  const out: string[] = [];
  const sources = new Set<string>();
  let approximate = false;
  let at = 0;
  const between = (text: string): void => {
    if (!/[\p{L}\p{N}]/u.test(text)) { if (text.trim()) out.push(text.trim()); return; }
    const gloss = translateInterfaceString(text, deps);
    if (gloss) { out.push(gloss.translation); gloss.sources.forEach((s) => sources.add(s)); approximate ||= gloss.approximate; }
    else { out.push(text.trim()); approximate = true; }
  };
  for (const span of kept) {
    between(display.slice(at, span.start));
    out.push(span.shown);
    at = span.end;
    // What follows "ul.", "al.", "św.", "im." is a name ("ul. Długa", "św. Jana"): kept as written.
    if (NAME_AFTER.has(span.text)) {
      const name = /^\s*(?:\p{Lu}[\p{L}-]*\s?){1,4}/u.exec(display.slice(at))?.[0];
      if (name) { out.push(name.trim()); at += name.length; }
    }
  }
  between(display.slice(at));
  // Only web addresses: nothing to translate ("Wydawnictwo.pl").
  if (out.join(' ').trim() === kept.map((k) => k.text).join(' ')) return null;
  return { text: display, translation: out.join(' ').replace(/\s+([,;:.!?])/gu, '$1'), approximate, sources: [...sources].sort(), match: approximate ? 'phrase' : 'normalised' };
}

/**
 * The glossary of a page: every Polish control among the chrome strings (lines holding several controls
 * are split), translated, grouped by normal form and counted, in document order, with the kind of its
 * first occurrence.
 */
export function buildGlossary(chrome: ChromeItem[], deps: GlossaryDeps, selected = false): GlossEntry[] {
  const byKey = new Map<string, GlossEntry>();
  const notPolish = new Set<string>();
  for (const item of chrome) {
    for (const part of splitControls(item.text)) {
      // One row per label: "Komentarze (9)" and "Komentarze (12)" are the same control.
      const key = normaliseKey(splitValue(part)?.label ?? part);
      if (!key || notPolish.has(key)) continue;
      const held = byKey.get(key);
      if (held) { held.count++; continue; }
      const gloss = translateInterfaceString(part, deps) ?? (selected ? selectedFallback(part, deps) : null);
      if (!gloss) { notPolish.add(key); continue; }
      byKey.set(key, {
        text: gloss.text,
        translation: gloss.translation,
        count: 1,
        kind: item.kind,
        approximate: gloss.approximate,
        sources: gloss.sources,
        ...(gloss.words ? { words: gloss.words } : {}),
      });
    }
  }
  return [...byKey.values()];
}
