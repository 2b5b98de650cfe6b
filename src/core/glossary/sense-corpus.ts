// Which sense a word has on web pages, learned from the phrase catalogue itself (thousands of real interface
// strings from MediaWiki, WordPress, Firefox…). For every catalogue phrase with a form of a Polish lemma, the
// English words that the phrase's OTHER Polish words do not explain are evidence for this lemma: "mapa
// serwisu → Site map", "szukaj w serwisie → Search the site" leave "site" for "serwis"; "podaj hasło → Enter
// password" leaves "enter" for "podać". The dictionary sense with most evidence wins; when the catalogue
// clearly agrees on a word no dictionary sense has ("site", not "crockery set"), that word is the sense.
import type { LookupService } from '../dictionary/lookup';
import type { Catalogue } from './catalogue';
import { matchTokens } from './normalise';

interface LemmaEvidence {
  /** Catalogue phrases with a form of the lemma. */
  phrases: number;
  /** English stem → phrases where it is left unexplained by the other Polish words. */
  counts: Map<string, number>;
}
/** One catalogue phrase: its Polish words and the stems of its English words. */
interface Phrase { words: string[]; english: Set<string> }
interface Corpus {
  /** Polish lemma → the phrases with a form of it, and where in them (built once, with lemmas only). */
  occurrences: Map<string, Array<{ phrase: Phrase; at: number }>>;
  /** Lemma → its evidence, computed when first asked for (dictionary look-ups are the costly part). */
  evidence: Map<string, LemmaEvidence>;
  /** Stems of the dictionary senses of a Polish word form: what that word explains in an English phrase. */
  explains: Map<string, Set<string>>;
  /** English stem → its shortest surface form seen ("provid" → "provide"). */
  surface: Map<string, string>;
}

const corpora = new WeakMap<Catalogue, WeakMap<LookupService, Corpus>>();
const MAX_PHRASE_WORDS = 8;
const MAX_DICTIONARY_ENTRIES = 4;
const NEGATION = new Set(['nie', 'brak', 'bez', 'niepowodzenie']);

// English words that carry no sense of their own in a label: never taken as a new sense.
const ENGLISH_FUNCTION = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'your', 'my', 'our', 'this', 'that', 'these', 'those', 'be', 'is', 'are', 'was', 'were', 'been', 'it', 'its', 'you', 'we', 'us', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'from', 'as', 'not', 'no', 'do', 'does', 'have', 'has', 'can', 'could', 'will', 'would', 'may', 'must', 'should', 'please', 'if', 'when', 'than', 'then', 'there', 'here', 'which', 'what', 'who', 'how', 'so', 'any', 'some', 's', 't', 'msg', 'cannot', 'unable', 'failed', 'invalid', 'new', 'get', 'set', 'all', 'more']);

/** English stems compared loosely: "services" ~ "service", "provided" ~ "provide", "cookies" ~ "cookie". */
const stem = (w: string): string =>
  w.length < 4 ? w : w.replace(/(ies|es|s|ing|ed|e|y)$/u, (m) => (m === 'ies' || m === 'y' ? 'i' : ''));

/** Stems of one word in different forms ("process" / "processing", "assign" / "assignee"). */
const sameWord = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 4 && Math.abs(a.length - b.length) <= 3 && (a.startsWith(b) || b.startsWith(a)));

function lemmasOf(word: string, lookup: LookupService): string[] {
  const lemmas = lookup.lemmas(word, 'pl').map((l) => l.lemma.toLowerCase());
  return lemmas.length ? [...new Set(lemmas)] : [word];
}

function corpusOf(catalogue: Catalogue, lookup: LookupService): Corpus {
  let byLookup = corpora.get(catalogue);
  if (!byLookup) corpora.set(catalogue, (byLookup = new WeakMap()));
  let corpus = byLookup.get(lookup);
  if (corpus) return corpus;
  corpus = { occurrences: new Map(), evidence: new Map(), explains: new Map(), surface: new Map() };
  for (const [key, entry] of catalogue.entries) {
    const words = key.split(' ');
    // Negated phrases render a word with "cannot", "unable", "failed": no evidence for its own sense.
    if (words.length > MAX_PHRASE_WORDS || words.some((w) => NEGATION.has(w))) continue;
    const phrase: Phrase = { words, english: new Set() };
    for (const w of matchTokens(entry.en)) {
      if (/^\d+$/u.test(w)) continue;
      const s = stem(w);
      phrase.english.add(s);
      const seen = corpus.surface.get(s);
      if (!seen || w.length < seen.length) corpus.surface.set(s, w);
    }
    words.forEach((word, at) => {
      for (const lemma of lemmasOf(word, lookup)) {
        let list = corpus!.occurrences.get(lemma);
        if (!list) corpus!.occurrences.set(lemma, (list = []));
        list.push({ phrase, at });
      }
    });
  }
  byLookup.set(lookup, corpus);
  return corpus;
}

function explainedBy(word: string, corpus: Corpus, lookup: LookupService): Set<string> {
  let out = corpus.explains.get(word);
  if (out) return out;
  out = new Set();
  for (const entry of lookup.lookup({ text: word, lang: 'pl' }).entries.slice(0, MAX_DICTIONARY_ENTRIES)) {
    for (const sense of entry.senses) for (const t of sense.translations) for (const w of matchTokens(t)) out.add(stem(w));
  }
  corpus.explains.set(word, out);
  return out;
}

/** The English words the lemma's phrases leave over once their other Polish words are accounted for. */
function evidenceOf(lemma: string, catalogue: Catalogue, lookup: LookupService): LemmaEvidence | undefined {
  const corpus = corpusOf(catalogue, lookup);
  const known = corpus.evidence.get(lemma);
  if (known) return known;
  const occurrences = corpus.occurrences.get(lemma);
  if (!occurrences) return undefined;
  const evidence: LemmaEvidence = { phrases: occurrences.length, counts: new Map() };
  for (const { phrase, at } of occurrences) {
    const others: string[] = [];
    phrase.words.forEach((other, j) => { if (j !== at && other !== phrase.words[at]) others.push(...explainedBy(other, corpus, lookup)); });
    for (const s of phrase.english) if (!others.some((o) => sameWord(o, s))) evidence.counts.set(s, (evidence.counts.get(s) ?? 0) + 1);
  }
  corpus.evidence.set(lemma, evidence);
  return evidence;
}

// A catalogue word replaces the dictionary's senses only on clear evidence: each of those senses has a sixth
// of its evidence at most, the form has one lemma, and the word is left over in several phrases, a fair share of the lemma's.
const MIN_PHRASES_FOR_NEW_SENSE = 3;
const MIN_SHARE_FOR_NEW_SENSE = 0.25;
const MIN_LEMMA_PHRASES_FOR_NEW_SENSE = 5;
const NEW_SENSE_LEAD = 6;
// Shorter Polish words match English ones by chance ("lin" / "line"), and letters ("e-") get no new sense.
const MIN_LOANWORD_LENGTH = 5;

/**
 * Of `candidates` (the dictionary's translations of `word`, in its order), the one whose words the
 * catalogue's phrases with this lemma use most; or the catalogue's own clear choice when no candidate comes
 * close; null when there is no evidence.
 */
export function webSense(word: string, candidates: string[], catalogue: Catalogue, lookup: LookupService): string | null {
  const corpus = corpusOf(catalogue, lookup);
  const counts = new Map<string, number>();
  let phrases = 0;
  // The word's lemmas and the dictionary headwords it is found under ("wysłuchania" → wysłuchać, słuchać).
  const lemmas = new Set(lemmasOf(word, lookup));
  const formLemmas = lemmas.size;
  for (const entry of lookup.lookup({ text: word, lang: 'pl' }).entries.slice(0, MAX_DICTIONARY_ENTRIES)) lemmas.add(entry.headword.toLowerCase());
  for (const lemma of lemmas) {
    const evidence = evidenceOf(lemma, catalogue, lookup);
    if (!evidence) continue;
    phrases += evidence.phrases;
    for (const [s, n] of evidence.counts) counts.set(s, (counts.get(s) ?? 0) + n);
  }
  // Other forms of a word count half: "birth" is not "birthday", though it may be a form of it.
  const attested = (w: string): number => {
    const s = stem(w);
    let n = 0;
    for (const [other, count] of counts) if (other === s) n += count; else if (sameWord(s, other)) n += count / 2;
    return n;
  };
  // A loanword the English phrases keep ("newsletter", "cookies"): no other sense is needed.
  if ([word, ...lemmas].some((l) => l.length >= MIN_LOANWORD_LENGTH && counts.has(stem(l)))) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    // Proper names ("Dania" → Denmark) are not a common word's web sense.
    if (/^\p{Lu}/u.test(candidate)) continue;
    const words = matchTokens(candidate.replace(/^to\s+/u, '')).filter((w) => w.length > 2);
    if (!words.length) continue;
    const score = Math.min(...words.map(attested));
    if (score > bestScore) { best = candidate; bestScore = score; }
  }
  if (formLemmas > 1 || word.length < MIN_LOANWORD_LENGTH || phrases < MIN_LEMMA_PHRASES_FOR_NEW_SENSE) return best;
  // The catalogue's own clear choice, if it has one and no dictionary sense comes close.
  let top: string | null = null;
  let topCount = 0;
  for (const [s, n] of counts) {
    const shown = corpus.surface.get(s) ?? s;
    if (n > topCount && !ENGLISH_FUNCTION.has(shown) && shown.length > 2) { top = shown; topCount = n; }
  }
  const clear = top && topCount >= MIN_PHRASES_FOR_NEW_SENSE && topCount >= MIN_SHARE_FOR_NEW_SENSE * phrases && topCount >= NEW_SENSE_LEAD * bestScore;
  return clear ? top : best;
}

/** English words that at least `minPhrases` catalogue phrases with this Polish lemma leave over for it. */
export function attestedSenses(lemma: string, catalogue: Catalogue, lookup: LookupService, minPhrases = 2): string[] {
  const evidence = evidenceOf(lemma, catalogue, lookup);
  if (!evidence) return [];
  const surface = corpusOf(catalogue, lookup).surface;
  return [...evidence.counts].filter(([, n]) => n >= minPhrases).map(([s]) => surface.get(s) ?? s);
}

/**
 * The sense a word has inside longer labels, when the catalogue's phrases with it clearly agree on one other
 * than `standalone`, its one-word entry: "Polityka" alone is a news section (Politics), but "polityka
 * prywatności", "polityka cookies" make it "policy". Null when the phrases do not clearly disagree.
 */
export function senseInPhrases(word: string, standalone: string, catalogue: Catalogue, lookup: LookupService): string | null {
  // One lemma, or the form is itself a lemma ("polityka", not "polityk").
  const lemmas = lemmasOf(word, lookup);
  const lemma = lemmas.includes(word) ? word : lemmas.length === 1 ? lemmas[0]! : null;
  if (!lemma) return null;
  const evidence = evidenceOf(lemma, catalogue, lookup);
  if (!evidence || evidence.phrases < MIN_LEMMA_PHRASES_FOR_NEW_SENSE) return null;
  const own = matchTokens(standalone).map(stem);
  let ownCount = 0;
  let top: string | null = null;
  let topCount = 0;
  for (const [s, n] of evidence.counts) {
    if (own.some((o) => sameWord(o, s))) ownCount = Math.max(ownCount, n);
    const shown = corpusOf(catalogue, lookup).surface.get(s) ?? s;
    if (n > topCount && !ENGLISH_FUNCTION.has(shown) && shown.length > 2) { top = shown; topCount = n; }
  }
  // The one-word entry itself is no evidence of the word's sense in phrases.
  ownCount = Math.max(0, ownCount - 1);
  const clear = top && topCount >= MIN_PHRASES_FOR_NEW_SENSE && topCount >= MIN_SHARE_FOR_NEW_SENSE * evidence.phrases && topCount >= NEW_SENSE_LEAD * ownCount;
  return clear && !own.some((o) => sameWord(o, stem(top!))) ? top : null;
}

