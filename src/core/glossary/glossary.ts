// The glossary of a page: its Polish interface strings with English translations. Whole strings are
// matched against the phrase catalogue (exact, normalised, by lemmas); longer strings are covered by
// catalogue phrases; what remains is glossed word by word from the dictionaries, marked approximate.
import type { ChromeItem, GlossEntry } from '../../shared/types';
import type { LookupService } from '../dictionary/lookup';
import { detectLanguage } from '../language';
import type { Catalogue, CatalogueEntry } from './catalogue';
import { cleanDisplayText, matchInitialCase, normaliseKey, splitControls, stripMarks } from './normalise';
import { joinValue, splitValue } from './values';
import { keptSpans } from './abbreviations';
import { isProperName } from './names';
import { agreeWithForm } from './lemma-agreement';
import { webSense } from './sense-corpus';
import { MAX_COMPOSED_WORDS, wordByWord, wordByWordLine, type WordGloss } from './word-by-word';

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
  /** Set when match is 'word-by-word': the words in the Polish order with lemma and sense. */
  words?: WordGloss[];
}

/** Source name of word glosses that come from the dictionaries or the built-in function words. */
export const DICTIONARY_SOURCE = 'dictionary';

// Closed-class words the dictionaries gloss poorly or not at all; "się" has no English counterpart.
const FUNCTION_WORDS: Record<string, string> = {
  i: 'and', oraz: 'and', a: 'and', lub: 'or', albo: 'or', ale: 'but', w: 'in', we: 'in', na: 'on', z: 'with',
  ze: 'with', do: 'to', od: 'from', dla: 'for', o: 'about', po: 'after', przez: 'by', przy: 'at', za: 'for',
  pod: 'under', nad: 'above', bez: 'without', nie: 'not', się: '', jest: 'is', są: 'are', czy: 'whether',
  jak: 'how', co: 'what', kto: 'who', gdzie: 'where', tu: 'here', tutaj: 'here', tak: 'yes', już: 'already',
  też: 'also', także: 'also', również: 'also', że: 'that', który: 'which', która: 'which', które: 'which', których: 'which',
  cię: 'you', ci: 'you', tobie: 'you', nas: 'us', nam: 'us', mnie: 'me', mi: 'me', swój: 'your', swoje: 'your', swoją: 'your',
  swoja: 'your', twojej: 'your', twoich: 'your', twoim: 'your', naszego: 'our', naszej: 'our', naszych: 'our', naszym: 'our',
  je: 'them', ich: 'their', im: 'them', nami: 'us', one: 'they', oni: 'they', jego: 'his', jej: 'her', tym: 'this', tego: 'this',
  tej: 'this', tych: 'these', tę: 'this', by: 'to', gdy: 'when', jeśli: 'if', jeżeli: 'if', więc: 'so', bo: 'because',
  ponieważ: 'because', jako: 'as', u: 'at', wobec: 'towards', między: 'between', przed: 'before', każdy: 'each', każdego: 'each',
  każdej: 'each', innych: 'other', wszystkich: 'all',
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
  // A phrase in forms of another word class ("używa plików", a verb, against "nieużywane pliki") is another
  // phrase; a single word is kept (English often has one word for both: "Wesprzyj"/"Wsparcie" → "Support").
  if (!viaLemma || (words.length > 1 && agreeWithForm(words, viaLemma.pl, viaLemma.en, deps.lookup, (en) => en) === null)) return null;
  return { entry: viaLemma, byLemma: true };
}

/** What Morfologik's tags (subst:sg:gen:m3, adj:pl:nom.voc:f:pos, ger:..., ppas:...) say about one form. */
interface WordForm {
  noun: boolean;
  adj: boolean;
  verb: boolean;
  /** Case:number readings of the noun or adjective ("gen:sg", "nom:pl"). */
  readings: Set<string>;
  lemmas: string[];
}

function analyseForm(word: string, lookup: LookupService | undefined): WordForm {
  const form: WordForm = { noun: false, adj: false, verb: false, readings: new Set(), lemmas: [] };
  if (!lookup) return form;
  for (const { lemma, tags } of lookup.lemmas(word, 'pl')) {
    form.lemmas.push(lemma.toLowerCase());
    for (const tag of tags) {
      const [cls, num, cases] = tag.split(':');
      // Gerunds ("otwarcia") behave as nouns; participles ("zablokowany") as adjectives.
      if (cls === 'subst' || cls === 'depr' || cls === 'ger') form.noun = true;
      else if (cls === 'adj' || cls === 'ppas' || cls === 'pact') form.adj = true;
      else if (cls === 'fin' || cls === 'impt' || cls === 'inf' || cls === 'praet') form.verb = true;
      else continue;
      if ((form.noun || form.adj) && num && cases && (num === 'sg' || num === 'pl')) {
        for (const c of cases.split('.')) form.readings.add(`${c}:${num}`);
      }
    }
  }
  return form;
}

const DICTIONARY_POS: Record<'noun' | 'adj' | 'verb', string> = { noun: 'noun', adj: 'adjective', verb: 'verb' };

/**
 * A one-word gloss: built-in function words, then the dictionary's first translation of an entry of the
 * wanted part of speech; a translation identical to the Polish (loanwords: "post", "forum") is the
 * interface sense and wins.
 */
function glossWord(word: string, deps: GlossaryDeps, pos?: 'noun' | 'adj' | 'verb', lemmas: string[] = []): string | null {
  if (word in FUNCTION_WORDS) return FUNCTION_WORDS[word]!;
  if (!deps.lookup) return null;
  const result = deps.lookup.lookup({ text: word, lang: 'pl' });
  const entries = pos ? [...result.entries].sort((a, b) => Number(b.pos === DICTIONARY_POS[pos]) - Number(a.pos === DICTIONARY_POS[pos])) : result.entries;
  const same = new Set([word, ...lemmas]);
  const wanted = entries.filter((e) => !pos || e.pos === DICTIONARY_POS[pos]);
  for (const entry of wanted) {
    for (const sense of entry.senses) for (const t of sense.translations) if (same.has(t.toLowerCase())) return t;
  }
  // The sense the catalogue's own phrases with this word use ("serwis" → service, not serve).
  const candidates = (wanted.length ? wanted : entries).slice(0, 3).flatMap((e) => e.senses.flatMap((s) => s.translations)).slice(0, 12);
  const web = webSense(word, candidates, deps.catalogue, deps.lookup);
  if (web) return web.replace(/^to\s+(?=\p{L})/u, '');
  for (const entry of entries) {
    for (const sense of entry.senses) {
      const first = sense.translations[0];
      if (first) return first.replace(/^to\s+(?=\p{L})/u, '');
    }
  }
  return null;
}

// Nouns English does not pluralise.
const UNCOUNTABLE = new Set(['data', 'information', 'news', 'software', 'hardware', 'advice', 'feedback', 'content', 'help', 'equipment', 'money', 'mail', 'music', 'weather', 'media']);

/** English plural of a noun phrase's last word. */
export function pluraliseEnglish(phrase: string): string {
  return phrase.replace(/(\p{L}+)$/u, (w) => {
    const lower = w.toLowerCase();
    if (UNCOUNTABLE.has(lower) || /(ss|us|is)$/u.test(lower) || (/s$/u.test(lower) && !/ss$/u.test(lower))) return w;
    if (/[^aeiou]y$/u.test(lower)) return `${w.slice(0, -1)}ies`;
    if (/(x|ch|sh|s)$/u.test(lower)) return `${w}es`;
    return `${w}s`;
  });
}

/** One piece of a composed gloss: a catalogue phrase, a function word, or a content word to order. */
interface Piece {
  en: string;
  /** A proper name or other text kept as it is written (not lowercased). */
  kept?: boolean;
  word?: { form: WordForm; role: 'noun' | 'adj' | 'other'; fixedNumber: boolean };
}

/**
 * English order for a run of content words glossed one by one: a postposed adjective goes before its
 * noun ("Pole obowiązkowe" → "obligatory field"), a noun followed by genitive noun phrases becomes an
 * English compound with the genitives first ("Numer telefonu" → "telephone number", "Ochrona danych
 * osobowych" → "personal data protection"), and a head noun that can only be plural here is plural.
 */
function orderRun(run: Piece[], afterPreposition: boolean): string[] {
  // Noun phrases: adjectives* noun adjectives*.
  const phrases: Array<{ pieces: Piece[]; head: Piece | null }> = [];
  let current: { pieces: Piece[]; head: Piece | null } = { pieces: [], head: null };
  for (const p of run) {
    const role = p.word?.role ?? 'other';
    if (role === 'other' || (role === 'noun' && current.head)) {
      if (current.pieces.length) phrases.push(current);
      current = { pieces: [], head: null };
      if (role === 'other') { phrases.push({ pieces: [p], head: null }); continue; }
    }
    current.pieces.push(p);
    if (role === 'noun') current.head = p;
  }
  if (current.pieces.length) phrases.push(current);

  const english = (np: { pieces: Piece[]; head: Piece | null }, plural: boolean): string => {
    if (!np.head) return np.pieces.map((p) => p.en).join(' ');
    const adjs = np.pieces.filter((p) => p !== np.head).map((p) => p.en);
    return [...adjs, plural ? pluraliseEnglish(np.head.en) : np.head.en].join(' ');
  };
  const isGenitive = (np: { head: Piece | null }): boolean => !!np.head && np.head.word!.form.readings.has('gen:sg') || !!np.head?.word!.form.readings.has('gen:pl');
  // After a preposition the case is governed ("do kasy" is genitive singular): plural only when no singular reading is left.
  const onlyPlural = (np: { head: Piece | null }): boolean => {
    const r = np.head?.word?.form.readings;
    if (!r || np.head!.word!.fixedNumber) return false;
    if (afterPreposition) return [...r].every((x) => x.endsWith(':pl'));
    return (r.has('nom:pl') || r.has('acc:pl')) && !r.has('nom:sg') && !r.has('acc:sg');
  };

  const out: string[] = [];
  for (let i = 0; i < phrases.length; ) {
    const np = phrases[i]!;
    let j = i + 1;
    if (np.head) while (j < phrases.length && isGenitive(phrases[j]!)) j++;
    // Genitive modifiers stay singular ("Historia zamówień" → "order history").
    const modifiers = phrases.slice(i + 1, j).reverse().map((m) => english(m, false));
    out.push(...modifiers, english(np, onlyPlural(np)));
    i = j;
  }
  return out;
}

/**
 * Covers the words left to right with the longest catalogue phrase starting at each word; runs of words
 * no phrase covers are glossed one by one and put in English order. Unknown words stay as they are.
 */
function composeGloss(shown: string[], keys: string[], deps: GlossaryDeps): Gloss | null {
  const pieces: Piece[][] = [[]];
  const sources = new Set<string>();
  let phrases = 0;
  let glossed = 0;
  const cut = (): void => { if (pieces[pieces.length - 1]!.length) pieces.push([]); };
  for (let i = 0; i < keys.length; ) {
    let taken = 0;
    for (let len = Math.min(deps.catalogue.maxWords, keys.length - i); len >= 2; len--) {
      const found = findPhrase(keys.slice(i, i + len), deps);
      if (found) {
        cut();
        pieces.push([{ en: found.entry.en }], []);
        found.entry.sources.forEach((s) => sources.add(s));
        phrases++;
        taken = len;
        break;
      }
    }
    if (taken) { i += taken; continue; }
    const key = keys[i]!;
    if (isProperName(shown, i, deps.lookup)) {
      cut();
      pieces.push([{ en: shown[i]!, kept: true }], []);
      glossed++;
      i++;
      continue;
    }
    if (key in FUNCTION_WORDS) {
      cut();
      if (FUNCTION_WORDS[key]) pieces.push([{ en: FUNCTION_WORDS[key]! }], []);
      glossed++;
      i++;
      continue;
    }
    const form = analyseForm(key, deps.lookup);
    // Noun unless the form is only an adjective, or could be one before a noun.
    const nextIsNoun = i + 1 < keys.length && analyseForm(keys[i + 1]!, deps.lookup).noun;
    const role: 'noun' | 'adj' | 'other' = form.adj && (!form.noun || nextIsNoun) ? 'adj' : form.noun ? 'noun' : 'other';
    // The catalogue's interface sense ("Komentarze" → "Comments") when sources agree or it is hand-written;
    // a single mined source may be another domain's sense ("Mapa" → "Roadmap"), so the dictionary goes first then.
    const single = findPhrase([key], deps);
    const trusted = single && (single.entry.sources.length > 1 || single.entry.sources.some((s) => s.startsWith('glosa-')));
    const dictionary = trusted ? null : glossWord(key, deps, role === 'other' ? (form.verb ? 'verb' : undefined) : role, form.lemmas);
    let en: string;
    if (trusted || (single && dictionary === null)) {
      en = single!.entry.en;
      single!.entry.sources.forEach((s) => sources.add(s));
    } else if (dictionary !== null) {
      en = dictionary;
      sources.add(DICTIONARY_SOURCE);
    } else {
      en = shown[i]!;
      glossed--;
    }
    glossed++;
    // A catalogue word is already in the number the interface used.
    if (en) pieces[pieces.length - 1]!.push({ en, word: { form, role, fixedNumber: en !== dictionary } });
    i++;
  }
  if (phrases + glossed === 0) return null;
  // Catalogue pieces are capitalised labels; inside a composed gloss they are lowercased before ordering,
  // and the string's own capital is restored by the caller.
  for (const run of pieces) for (const p of run) if (!p.kept) p.en = matchInitialCase('x', p.en);
  const words = pieces.flatMap((run, n) => (run.length && run[0]!.word ? orderRun(run, n > 0 && !!pieces[n - 1]!.length && !pieces[n - 1]![0]!.word) : run.map((p) => p.en)));
  return {
    text: '',
    translation: words.join(' '),
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

  const found = findPhrase(keys, deps);
  // A whole string reached through lemmas is another form of the catalogue's phrase: its English follows the
  // page's form ("Gwiazdy" → "Stars"), and a form of another word class is not the same phrase.
  const agreed = found?.byLemma && deps.lookup ? agreeWithForm(keys, found.entry.pl, found.entry.en, deps.lookup, pluraliseEnglish) : found?.entry.en;
  const whole = found && agreed ? found : null;
  if (whole) {
    const { entry, byLemma } = whole;
    return {
      text: display,
      translation: matchInitialCase(display, agreed!),
      approximate: false,
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
  const out = new Set(composed.translation.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return !keys.some((k) => k.length > 2 && !(k in FUNCTION_WORDS) && out.has(k)) && !/[ąćęłńóśźż]/iu.test(composed.translation);
}

/** One sense for one word: a function word, the catalogue's interface sense when trusted, else the dictionary's. */
function senseOf(key: string, deps: GlossaryDeps, neighbours: string[] = []): string | null {
  if (key in FUNCTION_WORDS) return FUNCTION_WORDS[key]!;
  const single = findPhrase([key], deps);
  if (single && (single.entry.sources.length > 1 || single.entry.sources.some((s) => s.startsWith('glosa-')))) return matchInitialCase('x', single.entry.en);
  const form = analyseForm(key, deps.lookup);
  // Beside a noun, a form that is an adjective and not a participle ("osobowe" in "dane osobowe": personal,
  // not passenger train) is read as one; participles ("dane": given / data) are too often nouns too.
  const besideNoun = form.adj && !isParticiple(key, deps.lookup) && neighbours.some((n) => !(n in FUNCTION_WORDS) && analyseForm(n, deps.lookup).noun);
  const pos = besideNoun ? 'adj' : form.noun ? 'noun' : form.verb ? 'verb' : form.adj ? 'adj' : undefined;
  return glossWord(key, deps, pos, form.lemmas) ?? single?.entry.en ?? null;
}

function isParticiple(word: string, lookup: LookupService | undefined): boolean {
  return !!lookup?.lemmas(word, 'pl').some((l) => l.tags.some((t) => /^(ppas|pact)|:(ppas|pact):/u.test(t)));
}

function wordByWordGloss(display: string, deps: GlossaryDeps): Gloss {
  const phrase = (ws: string[]): string | null => {
    const found = findPhrase(ws, deps);
    return found ? matchInitialCase('x', found.entry.en) : null;
  };
  const words = wordByWord(display, { sense: (w, neighbours) => senseOf(w, deps, neighbours), phrase, maxPhraseWords: deps.catalogue.maxWords, lookup: deps.lookup });
  return { text: display, translation: wordByWordLine(words), approximate: true, sources: [DICTIONARY_SOURCE], match: 'word-by-word', words };
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
export function buildGlossary(chrome: ChromeItem[], deps: GlossaryDeps): GlossEntry[] {
  const byKey = new Map<string, GlossEntry>();
  const notPolish = new Set<string>();
  for (const item of chrome) {
    for (const part of splitControls(item.text)) {
      // One row per label: "Komentarze (9)" and "Komentarze (12)" are the same control.
      const key = normaliseKey(splitValue(part)?.label ?? part);
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
        ...(gloss.words ? { words: gloss.words } : {}),
      });
    }
  }
  return [...byKey.values()];
}
