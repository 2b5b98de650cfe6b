// Lookup of a word in its sentence: the readings and senses of the plain lookup, reordered by the context, with
// the one shown first named as `best`. A wrapper around the lookup service, used by the popup and the CLI alike.
//   - Every result (with or without a sentence) is cleaned for display (clean-entries.ts), starts with the
//     function-word reading where the word is an invariable one (function-words.ts: the, w, lecz; inflected
//     ones such as została only in context), and a word the dictionaries miss is tried as a derivation (an
//     adverb or adjective from its base, a verb's aspect partner, a possessive, a hyphenated compound's head)
//     before "no entry".
//   - With a sentence: the function word's reading is chosen by its neighbours (has + participle: the perfect;
//     w + locative: in), English content words by a light part-of-speech guess from their neighbours, Polish
//     readings by Morfologik's tags and neighbours (imperatives start sentences, an adjective agrees with its
//     noun, lat after a numeral is rok, a verb with się), and known names stay names.
// Rules are general: nothing here names a word of the development set (test/fixtures/senses/dev-set.tsv).
import type { BestSense, DictEntry, Lang, LookupQuery, LookupResult, Sense } from '../../shared/types';
import { cleanEntry } from './clean-entries';
import { FUNCTION_WORDS, functionWordEntry, functionWordTables, reflexiveVerbs, type Condition, type Reading } from './function-words';
import type { BaseLookupService, LookupService } from './lookup';
import { tagClass } from '../morphology/polish-tags';
import { joinedWordMatches, joinedWordsOf } from '../text/words';

const MAX_SENTENCE = 1000;
const MAX_TOKENS = 200;
const RUN_WORDS = 6;
const MAX_CACHED = 5000;
const MAX_DISPLAYED = 20000;
const NAMES = 'glosa-names';
// English adverb endings and the adjective endings they come from, longest first.
const ADVERB_ENDINGS: Array<[string, string[]]> = [
  ['ically', ['ic', 'ical']], ['ably', ['able']], ['ibly', ['ible']], ['ily', ['y']], ['ly', ['', 'le']],
];
const DERIVED = 'glosa-derivations';

/** The first sense of the first entry, as the popup shows it. */
export function bestOf(entries: DictEntry[]): BestSense | undefined {
  const e = entries[0];
  const s = e?.senses[0];
  if (!e || !s) return undefined;
  return { lemma: e.lemma, pos: e.pos, sense: s.translations.join(', ') };
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}


function tokenise(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of joinedWordMatches(sentence)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);
const isNumber = (w: string): boolean => /^\p{N}/u.test(w);

// English closed classes the part-of-speech guess needs (the function-word table has the rest).
const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'some', 'any',
  'no', 'every', 'each', 'another', 'all', 'both', 'many', 'much', 'few', 'several', 'such', 'what', 'which', 'whose',
]);
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'its', 'our', 'their', 'me', 'him', 'us', 'them', 'it', 'this', 'these', 'those']);
const LINKING = new Set(['look', 'seem', 'feel', 'sound', 'become', 'appear', 'smell', 'taste', 'remain', 'stay', 'prove']);
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'senator', 'governor', 'minister', 'judge', 'sir', 'lady', 'lord']);
const ARTICLES = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "won't", "can't"]);
const BE = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
const HAVE = new Set(['have', 'has', 'had', 'having', "haven't", "hasn't", "hadn't"]);
const DO = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);
// Words skipped between an auxiliary and its verb (has often left, is not running).
const INSERTED = new Set(['not', 'also', 'often', 'already', 'just', 'never', 'always', 'still', 'even', 'really', 'ever', 'now', 'only', 'since', 'then', 'been', 'being']);
const CLAUSE_BREAK = /[,;:–—()"“”„]/;
const SENTENCE_END = /[.!?]\s*$/;

type Pos = 'noun' | 'verb' | 'adjective' | 'adverb';

export function withContext(base: BaseLookupService): LookupService {
  const tables = functionWordTables();
  // Results as displayed, by language and text: the only map a plain lookup fills (the raw result it is made
  // from is not kept; the service's own results map fills only with the neighbours a lookup in context asks about).
  const displayed = new Map<string, LookupResult>();
  const inContext = new Map<string, LookupResult>();
  // Function-word entries of plain lookups by the readings they show (defaultFunctionEntry): a few hundred at
  // most, one per form or lemma of the tables; shared by the results, which nothing mutates.
  const functionEntries = new WeakMap<Reading[], DictEntry>();

  // ---- results as displayed (both modes) ------------------------------------------------------------------

  function plain(query: LookupQuery): LookupResult {
    const key = `${query.lang}\u0000${query.text}`;
    let shown = displayed.get(key);
    if (!shown) {
      shown = display(base.lookupUncached({ text: query.text, lang: query.lang }), query);
      if (displayed.size >= MAX_DISPLAYED) displayed.clear();
      displayed.set(key, shown);
    }
    return shown;
  }

  /** Clean entries, a function word's default reading first, derivations for words the dictionaries miss. */
  function display(raw: LookupResult, query: LookupQuery): LookupResult {
    // One pass (a plain lookup pays for this on every first-time word): clean each entry, order its senses,
    // and note what the entries' order needs.
    let entries: DictEntry[] = raw.entries;
    let changed = false;
    let major = false;
    let reorder = false;
    const lowercase = !/\p{Lu}/u.test(raw.matched);
    for (let k = 0; k < raw.entries.length; k++) {
      const e = raw.entries[k]!;
      let c = cleanEntry(e);
      if (c && c.dictionary === 'freedict-pol-eng' && c.senses.length > 1 && c.senses.some((x) => x.note?.charCodeAt(0) === 40)) {
        const senses = stableSortBy(c.senses, senseLabelRank);
        if (senses !== c.senses) c = { ...c, senses };
      }
      if (c !== e) {
        if (!changed) entries = raw.entries.slice(0, k);
        changed = true;
      }
      if (changed && c) entries.push(c);
      if (!c) continue;
      if (c.dictionary === 'freedict-pol-eng' && ['noun', 'verb', 'adjective', 'adverb'].includes(c.pos ?? '')) major = true;
      if (c.headword.endsWith('.') || c.pos === 'proper noun' || c.pos === 'name' || c.pos === 'interjection' || c.pos === 'particle') reorder = true;
      else if (c.dictionary === 'freedict-pol-eng' && c.senses[0]?.note?.charCodeAt(0) === 40) reorder = true;
    }
    if (reorder && entries.length > 1) {
      // Abbreviations written with their period ("in.", "is.", "We.") last: the word without one is not them.
      // A lowercase word's proper-noun reading after its common ones (kampanię: campaign, then Campania).
      // An entry whose every sense is archaic, colloquial or regional after the others; an interjection or
      // particle reading of a content word (fakt: yeah) after its noun, verb or adjective one (the particles
      // that matter, nie, też, chyba, are in the function-word table, which leads anyway).
      const sorted = stableSortBy(entries, (e) =>
        (e.headword.endsWith('.') ? 8 : 0) +
        (lowercase && (e.pos === 'proper noun' || e.pos === 'name') ? 4 : 0) +
        (e.dictionary === 'freedict-pol-eng' && e.senses.every((x) => senseLabelRank(x) === 2) ? 2 : 0) +
        (major && e.dictionary === 'freedict-pol-eng' && (e.pos === 'interjection' || e.pos === 'particle') ? 1 : 0));
      if (sorted !== entries) {
        entries = sorted;
        changed = true;
      }
    }
    const words = raw.matched.split(' ');
    const lang = raw.entries.length ? raw.lang : query.lang === 'auto' ? raw.lang : query.lang;
    // Without a sentence only the invariable function words (the, w, lecz) lead: an inflected one (została) keeps
    // its dictionary entry and form note first, and gets its table reading in context.
    if (words.length === 1 && raw.matched) {
      const fw = defaultFunctionEntry(raw.matched, lang, false);
      if (fw) {
        entries = [fw, ...entries];
        changed = true;
      }
    }
    if (entries.length === 0) {
      const first = joinedWordsOf(query.text)[0];
      const derived = first ? derivedEntries(first, query.lang) : null;
      if (derived) return { query: raw.query, lang: derived.lang, matched: first!, entries: derived.entries };
      // Also a function word the dictionaries lack altogether (także, trzy).
      for (const l of query.lang === 'auto' ? (['pl', 'en'] as const) : [query.lang]) {
        const fw = first ? defaultFunctionEntry(first, l) : null;
        if (fw) return { query: raw.query, lang: l, matched: first!, entries: [fw] };
      }
    }
    return changed ? { ...raw, entries } : raw;
  }

  /**
   * A function word's entry with its default reading first (the one without a condition), as a lookup without a
   * sentence shows it; built once per table line (a form's or lemma's readings), not per lookup: another spelling
   * of the word (The, THE) takes a copy with its own headword.
   */
  function defaultFunctionEntry(word: string, lang: Lang, byLemma = true): DictEntry | null {
    const fw = functionReadings(word, lang, byLemma);
    if (!fw) return null;
    let entry = functionEntries.get(fw.readings);
    if (!entry) {
      const chosen = fw.readings.find((r) => r.when === null) ?? fw.readings[0]!;
      entry = functionWordEntry(word, fw.lemma, fw.readings, chosen, null);
      functionEntries.set(fw.readings, entry);
    }
    return entry.headword === word ? entry : { ...entry, headword: word };
  }

  /** The function-word readings of a word, by its form or (Polish) by a lemma of it. */
  function functionReadings(word: string, lang: Lang, byLemma = true): { lemma: string; readings: Reading[] } | null {
    const table = tables[lang];
    const lower = word.toLowerCase();
    const byForm = table.byForm.get(lower);
    if (byForm) return { lemma: lower, readings: byForm };
    if (byLemma && lang === 'pl' && table.byLemma.size) {
      for (const a of base.lemmas(word, 'pl')) {
        const byLemma = table.byLemma.get(a.lemma);
        if (byLemma) return { lemma: a.lemma, readings: byLemma };
      }
    }
    return null;
  }

  // ---- derivations for words no dictionary has ------------------------------------------------------------

  function entriesOf(text: string, lang: Lang): DictEntry[] {
    // Most candidates of a derivation are not words: the indexes and the morphology say so without a lookup.
    if (!base.knows(text, lang)) return [];
    const r = plain({ text, lang });
    return r.matched.toLowerCase() === text.toLowerCase() ? r.entries : [];
  }

  function relabel(entries: DictEntry[], headword: string, note: string, pos?: string): DictEntry[] {
    return entries.map((e) => ({ ...e, headword, formNote: note, pos: pos ?? e.pos, dictionary: e.dictionary === FUNCTION_WORDS ? e.dictionary : DERIVED }));
  }

  function derivedEntries(word: string, lang: Lang | 'auto'): { lang: Lang; entries: DictEntry[] } | null {
    const langs: Lang[] = lang === 'auto' ? ['pl', 'en'] : [lang];
    for (const l of langs) {
      const found = l === 'pl' ? polishDerived(word) : englishDerived(word);
      if (found.length) return { lang: l, entries: found };
    }
    return null;
  }

  /** A possessive or clitic taken off, the head of a hyphenated compound, a re- prefix taken off. */
  function englishDerived(word: string): DictEntry[] {
    const w = word.replace(/’/g, "'");
    const clitic = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m|s')$/i.exec(w);
    if (clitic) {
      let head = clitic[1]!;
      const ending = clitic[2]!.toLowerCase();
      if (ending === "n't") head = ({ wo: 'will', ca: 'can', sha: 'shall' } as Record<string, string>)[head.toLowerCase()] ?? head;
      if (ending === "s'") head = w.slice(0, -1);
      const meaning: Record<string, string> = {
        "n't": 'not', "'s": 'possessive, or is/has', "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would/had', "'m": 'am', "s'": 'possessive',
      };
      // A name's possessive stays a name: an unknown head is no entry.
      const found = entriesOf(head, 'en');
      if (found.length) return relabel(found, word, `${head} + ${clitic[2]} (${meaning[ending]})`);
      return [];
    }
    if (/^re-\p{L}/iu.test(w)) {
      const found = entriesOf(w.slice(3), 'en');
      if (found.length) return relabel(found, word, `re- (again) + ${w.slice(3)}`);
    }
    // An adverb from its adjective (inevitably → inevitable, basically → basic): the adjective's senses.
    const lower = w.toLowerCase();
    for (const [suffix, replacements] of ADVERB_ENDINGS) {
      if (!lower.endsWith(suffix) || lower.length < suffix.length + 3) continue;
      for (const r of replacements) {
        const adjective = lower.slice(0, -suffix.length) + r;
        const found = entriesOf(adjective, 'en').filter((e) => e.pos === 'adjective');
        if (found.length) return relabel(found, word, `adverb of ${adjective}`, 'adverb');
      }
    }
    const parts = w.split('-');
    if (parts.length > 1 && parts.every((p) => p.length > 0)) {
      const head = parts[parts.length - 1]!;
      const found = entriesOf(head, 'en');
      if (found.length) return relabel(found, word, `compound: ${parts.join(' + ')}; the senses of ${head}`);
    }
    return [];
  }

  /** Candidate base words of a Polish lemma by its part of speech. */
  function polishBases(lemma: string, cls: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const swap = (from: string, tos: string[], note: (b: string) => string) => {
      if (lemma.endsWith(from) && lemma.length > from.length + 1) for (const to of tos) out.push([lemma.slice(0, -from.length) + to, note(lemma.slice(0, -from.length) + to)]);
    };
    if (cls === 'adj') {
      const adj = (b: string) => `adjective from ${b}: of or relating to it`;
      swap('ijny', ['ia'], adj);
      swap('yjny', ['ja', 'a'], adj);
      swap('iczny', ['ika', 'ia'], adj);
      swap('arski', ['arstwo', 'arz'], adj);
      swap('owy', ['', 'o', 'a', 'e'], adj);
      swap('ski', ['', 'a', 'o', 'stwo'], adj);
      swap('dzki', ['da', 'd'], adj);
      swap('cki', ['k', 'ka', 'ctwo'], adj);
      swap('ny', ['', 'a', 'o', 'no'], adj);
    } else if (cls === 'adv') {
      const adv = (b: string) => `adverb of ${b}`;
      swap('owo', ['owy'], adv);
      swap('nie', ['ny', 'ni'], adv);
      swap('rze', ['ry'], adv);
      swap('le', ['ły'], adv);
      swap('o', ['y', 'i'], adv);
    } else if (cls === 'verb') {
      const aspect = (b: string) => `aspect partner of ${b}`;
      swap('ywać', ['ać'], aspect);
      swap('iwać', ['ać'], aspect);
      swap('awać', ['ać'], aspect);
      swap('ać', ['yć', 'ić', 'eć'], aspect);
      swap('ować', ['ać'], aspect);
    }
    return out;
  }

  // Words whose derivation is under way: a base can lead back to the word ("niejawne" → niejawny → niejawnie →
  // niejawny), which without this guard recursed until the stack overflowed.
  const deriving = new Set<string>();

  function polishDerived(word: string): DictEntry[] {
    const key = word.toLowerCase();
    if (deriving.has(key)) return [];
    deriving.add(key);
    try {
      return polishDerivedOnce(word);
    } finally {
      deriving.delete(key);
    }
  }

  function polishDerivedOnce(word: string): DictEntry[] {
    for (const { lemma, tags } of base.lemmas(word, 'pl')) {
      const classes = new Set(tags.map(tagClass));
      for (const cls of ['adj', 'adv', 'verb'] as const) {
        const has = cls === 'verb' ? [...classes].some((c) => VERB_CLASSES.has(c)) : classes.has(cls);
        if (!has) continue;
        for (const [candidate, note] of polishBases(lemma, cls)) {
          const found = entriesOf(candidate, 'pl').filter((e) => (cls === 'verb' ? e.pos === 'verb' : cls === 'adv' ? e.pos === 'adjective' : e.pos === 'noun' || e.pos === 'adjective'));
          const pos = cls === 'adj' ? 'adjective' : cls === 'adv' ? 'adverb' : undefined;
          if (found.length) return relabel(found, word, `${lemma}: ${note}`, pos).map((e) => ({ ...e, lemma }));
        }
      }
    }
    return [];
  }

  // ---- the word in its sentence ---------------------------------------------------------------------------

  function lookup(query: LookupQuery): LookupResult {
    if (!query.sentence) return plain(query);
    const key = `${query.lang}\u0000${query.text}\u0000${query.offset ?? -1}\u0000${query.sentence}`;
    let hit = inContext.get(key);
    if (!hit) {
      hit = lookupInContext(query);
      if (inContext.size >= MAX_CACHED) inContext.clear();
      inContext.set(key, hit);
    }
    return hit;
  }

  function lookupInContext(query: LookupQuery): LookupResult {
    const sentence = query.sentence!.slice(0, MAX_SENTENCE);
    const tokens = tokenise(sentence);
    const first = joinedWordsOf(query.text)[0];
    if (!first) return plain(query);
    let at = tokens.findIndex((t) => t.start === query.offset && t.text === first);
    if (at < 0) at = tokens.findIndex((t) => t.text === first);
    if (at < 0) at = tokens.findIndex((t) => t.lower === first.toLowerCase());
    if (at < 0) return withBest(plain(query));
    // The phrase run: the word and those after it in the same clause (the popup sends its own run).
    let text = query.text;
    if (joinedWordsOf(query.text).length === 1) {
      let end = at;
      while (end + 1 < tokens.length && end + 1 - at < RUN_WORDS && !CLAUSE_BREAK.test(sentence.slice(tokens[end]!.end, tokens[end + 1]!.start))) end++;
      text = tokens.slice(at, end + 1).map((t) => t.text).join(' ');
    }
    let result = plain({ text, lang: query.lang });
    if (result.matched.includes(' ') || result.entries.length === 0) return withBest({ ...result, query: query.text });
    // An acronym in running text (PKO BP, a notification API) is only its own acronym entry, not a lowercase
    // abbreviation or common word of the same letters: without one it is honestly not found.
    const w = tokens[at]!.text;
    if (/^\p{Lu}{2,5}$/u.test(w) && /\p{Ll}/u.test(sentence)) {
      const acronyms = result.entries.filter((e) => e.dictionary !== FUNCTION_WORDS && (/\p{Lu}/u.test(e.lemma) || /\p{Lu}/u.test(e.headword)));
      if (acronyms.length === 0) return { query: result.query, lang: result.lang, matched: '', entries: [] };
      return withBest({ ...result, entries: acronyms });
    }
    const lang = result.lang;
    const ctx = new Context(tokens, at, sentence, lang);
    const entries = lang === 'en' ? rankEnglish(result.entries, ctx) : rankPolish(result.entries, ctx);
    return withBest({ ...result, query: query.text, entries: knownNames(entries, ctx) });
  }

  function withBest(result: LookupResult): LookupResult {
    const best = bestOf(result.entries);
    return best ? { ...result, best } : result;
  }

  // ---- context facts ---------------------------------------------------------------------------------------

  class Context {
    constructor(readonly tokens: Token[], readonly at: number, readonly sentence: string, readonly lang: Lang) {}
    get word(): Token {
      return this.tokens[this.at]!;
    }
    token(i: number): Token | undefined {
      return this.tokens[i];
    }
    /** Is there a clause break (or the sentence start) before token i? */
    startsClause(i: number): boolean {
      if (i === 0) return true;
      const gap = this.sentence.slice(this.tokens[i - 1]!.end, this.tokens[i]!.start);
      return CLAUSE_BREAK.test(gap) || SENTENCE_END.test(gap);
    }
    /** Is token i separated from the one after it by a clause break? */
    breakAfter(i: number): boolean {
      const next = this.tokens[i + 1];
      return !next || this.startsClause(i + 1);
    }
    /** The next token in the same clause, skipping words in `skip`. */
    next(i: number, skip?: Set<string>): Token | undefined {
      for (let j = i + 1; j < this.tokens.length && j <= i + 4; j++) {
        if (this.startsClause(j)) return undefined;
        if (!skip || !skip.has(this.tokens[j]!.lower)) return this.tokens[j];
      }
      return undefined;
    }
    prev(i: number): Token | undefined {
      return i > 0 && !this.startsClause(i) ? this.tokens[i - 1] : undefined;
    }
  }

  // English word facts, from the dictionaries' parts of speech and WordNet's lemmas.
  const englishPos = (w: string): Set<string> => {
    const out = new Set<string>();
    for (const e of base.lookup({ text: w, lang: 'en' }).entries) if (e.pos) out.add(e.pos);
    for (const l of base.lemmas(w, 'en')) for (const t of l.tags) out.add(t);
    return out;
  };
  const verbLemmas = (w: string): string[] => base.lemmas(w, 'en').filter((l) => l.tags.includes('verb')).map((l) => l.lemma);
  const isParticiple = (w: string): boolean =>
    w === 'been' || (!w.endsWith('ing') && !w.endsWith('s') && verbLemmas(w).some((l) => l !== w));
  const isIng = (w: string): boolean => w.endsWith('ing') && verbLemmas(w).length > 0;
  const tablePos = (w: string): string | undefined => tables.en.byForm.get(w)?.[0]?.pos;
  const hasVerb = (w: string): boolean => MODALS.has(w) || BE.has(w) || HAVE.has(w) || DO.has(w) || (!tablePos(w) && englishPos(w).has('verb'));
  const isBaseVerb = (w: string): boolean => !tablePos(w) && englishPos(w).has('verb') && !verbLemmas(w).some((l) => l !== w);
  const startsNounPhrase = (t: Token): boolean =>
    DETERMINERS.has(t.lower) || isNumber(t.text) || (!tablePos(t.lower) && (englishPos(t.lower).has('noun') || englishPos(t.lower).has('adjective')));

  function englishCondition(c: Condition, ctx: Context): boolean {
    const i = ctx.at;
    const w = ctx.word.lower;
    switch (c) {
      case 'next:verb': {
        const n = ctx.next(i, INSERTED);
        if (!n) return false;
        if (w === 'have' || w === 'has' || w === 'had') return n.lower === 'to';
        if (w === 'there') return BE.has(n.lower) || MODALS.has(n.lower);
        if (w === 'that') return MODALS.has(n.lower) || BE.has(n.lower) || HAVE.has(n.lower) || (hasVerb(n.lower) && !DETERMINERS.has(n.lower) && !englishPos(n.lower).has('noun'));
        return isBaseVerb(n.lower) || BE.has(n.lower) || HAVE.has(n.lower);
      }
      case 'next:participle': {
        const n = ctx.next(i, w === 'been' ? new Set(['not', 'also', 'often', 'already', 'just', 'never', 'always', 'still', 'even', 'really']) : INSERTED);
        if (n && n.lower === 'been' && w !== 'been' && HAVE.has(w)) return true;
        return !!n && isParticiple(n.lower) && !(BE.has(w) && englishPos(n.lower).has('adjective') && !n.lower.endsWith('ed'));
      }
      case 'next:ing': {
        const n = ctx.next(i, INSERTED);
        return !!n && isIng(n.lower);
      }
      case 'next:noun': {
        const n = ctx.next(i);
        return !!n && startsNounPhrase(n) && !MODALS.has(n.lower) && !BE.has(n.lower);
      }
      case 'next:adj': {
        const n = ctx.next(i);
        if (!n) return false;
        const pos = englishPos(n.lower);
        return !tablePos(n.lower) && (pos.has('adjective') || pos.has('adverb')) && !(w === 'more' && pos.has('noun') && !pos.has('adjective'));
      }
      case 'next:not': {
        const n = ctx.next(i);
        return w.endsWith("n't") || n?.lower === 'not';
      }
      case 'next:clause': {
        // A subject pronoun, or a noun phrase with a finite verb after it within a few words.
        const n = ctx.next(i);
        if (!n) return false;
        if (SUBJECTS.has(n.lower) || n.lower === 'there') return true;
        if (!DETERMINERS.has(n.lower) && !isCapitalised(n.text)) return false;
        for (let j = i + 2; j < ctx.tokens.length && j <= i + 5 && !ctx.startsClause(j); j++) {
          const t = ctx.tokens[j]!.lower;
          if (MODALS.has(t) || BE.has(t) || HAVE.has(t) || DO.has(t) || (/[^s]s$|ed$/.test(t) && verbLemmas(t).some((l) => l !== t))) return true;
        }
        return false;
      }
      case 'next:period':
        return ctx.sentence[ctx.word.end] === '.';
      case 'prev:verb': {
        const p = ctx.prev(i);
        if (!p || tablePos(p.lower)) return false;
        const pos = englishPos(p.lower);
        return pos.has('verb') && (verbLemmas(p.lower).some((l) => l !== p.lower) || !pos.has('noun'));
      }
      case 'start':
        return ctx.startsClause(i);
      default:
        return false;
    }
  }

  /** English part of speech from the neighbours, or null when they do not tell. */
  function guessEnglishPos(ctx: Context, pos: Set<string>): Pos | null {
    const i = ctx.at;
    const w = ctx.word.lower;
    let p = ctx.prev(i);
    // Back over inserted adverbs to the auxiliary (has often left).
    let back = i - 1;
    while (p && (INSERTED.has(p.lower) || (p.lower.endsWith('ly') && englishPos(p.lower).has('adverb'))) && back > 0) {
      back--;
      p = ctx.prev(back + 1);
    }
    // we're, I'm: the clitic is a form of be.
    const prev = p && /['’](re|m)$/.test(p.lower) ? 'are' : p?.lower;
    const next = ctx.next(i);
    const canVerb = pos.has('verb') || pos.has('phrasal verb');
    const canNoun = pos.has('noun');
    const canAdj = pos.has('adjective');
    const objectAfter = canVerb && !!next && OBJECT_STARTS.has(next.lower);
    if (objectAfter && !(prev && ARTICLES.has(prev))) return 'verb';
    if (canVerb && prev) {
      if (MODALS.has(prev) || DO.has(prev) || SUBJECTS.has(prev) || prev === 'to' || prev === 'not') return 'verb';
      if (HAVE.has(prev) && isParticiple(w)) return 'verb';
      if (BE.has(prev) && (isIng(w) || (isParticiple(w) && !canAdj))) return 'verb';
    }
    if (prev && (DETERMINERS.has(prev) || tablePos(prev) === 'preposition' || /['’]s$/.test(prev))) {
      // An adjective before the noun it describes (a new Sudan strategy, a separate company).
      if (canAdj && next && !tablePos(next.lower) && !ctx.breakAfter(i) && (englishPos(next.lower).has('noun') || isCapitalised(next.text) || !hasVerb(next.lower))) return 'adjective';
      if (canNoun) return 'noun';
      if (canAdj) return 'adjective';
    }
    if (canVerb && /ed$/.test(w) && verbLemmas(w).some((l) => l !== w)) return 'verb';
    if (BE.has(prev ?? '') && canAdj) return 'adjective';
    // After a linking verb: an adjective (look good, seem easy).
    if (canAdj && p && [p.lower, ...verbLemmas(p.lower)].some((l) => LINKING.has(l))) return 'adjective';
    // After a verb, before a preposition or the clause's end: an adverb (turn left at, go back to).
    if (pos.has('adverb') && p && hasVerb(p.lower) && !DETERMINERS.has(prev!) && (!next || tablePos(next.lower) === 'preposition')) return 'adverb';
    if (w.endsWith('ly') && pos.has('adverb')) return 'adverb';
    // No verb evidence: a noun modifying the next noun (command line), or a plural after a noun (time loops).
    if (canNoun && canVerb && next && !tablePos(next.lower) && englishPos(next.lower).has('noun')) return 'noun';
    if (canNoun && canVerb && /[^s]s$/.test(w) && base.lemmas(w, 'en').some((l) => l.tags.includes('noun')) && prev && !SUBJECTS.has(prev) && !tablePos(prev)) return 'noun';
    return null;
  }

  function rankEnglish(entries: DictEntry[], ctx: Context): DictEntry[] {
    const word = ctx.word;
    const fw = functionReadings(word.lower, 'en');
    let out = entries;
    if (fw) {
      const chosen = fw.readings.find((r) => r.when === null || englishCondition(r.when, ctx)) ?? fw.readings[0]!;
      out = [functionWordEntry(word.lower, fw.lemma, fw.readings, chosen, null), ...entries.filter((e) => e.dictionary !== FUNCTION_WORDS)];
    } else {
      const pos = new Set(entries.map((e) => e.pos ?? ''));
      const guess = pos.size > 1 ? guessEnglishPos(ctx, pos) : null;
      if (guess) out = stableSortBy(entries, (e) => (e.pos === guess ? 0 : guess === 'verb' && e.pos === 'phrasal verb' ? 1 : 2));
    }
    return out;
  }

  /**
   * A capitalised word that is a known name (Morfologik lists it with a capitalised lemma: Smith, Hicks) stays a
   * name when the dictionaries only have a common word of that spelling; a camel-case word (PlayStation) is never
   * split into a compound.
   */
  function knownNames(entries: DictEntry[], ctx: Context): DictEntry[] {
    const w = ctx.word.text;
    if (!isCapitalised(w)) return entries;
    if (/\p{Ll}\p{Lu}/u.test(w)) return entries.filter((e) => !e.formNote?.startsWith('compound of'));
    // Inside a sentence, a capitalised word's proper-noun reading goes first (w Poznaniu: Poznań, not poznanie).
    const proper = (e: DictEntry) => e.pos === 'proper noun' || (e.dictionary !== FUNCTION_WORDS && /^\p{Lu}/u.test(e.lemma) && e.match !== 'folded');
    if (!ctx.startsClause(ctx.at) && entries.some(proper)) return stableSortBy(entries, (e) => (proper(e) ? 0 : 1));
    if (entries.some((e) => (e.match === 'exact' || e.pos === 'proper noun') && e.dictionary !== FUNCTION_WORDS)) return entries;
    // Morfologik's capitalised lemma of the form (Smith, Hicks; Poznaniu → Poznań). At a sentence start a Polish
    // word is as likely a common one written with a capital: a name only where no common reading is found.
    const names = base.lemmas(w, 'pl').filter((a) => /^\p{Lu}/u.test(a.lemma) && a.tags.some((t) => t.startsWith('subst')));
    if (names.length === 0 && ctx.lang === 'en' && looksLikeEnglishName(ctx)) names.push({ lemma: w, tags: [] });
    if (names.length === 0) return entries;
    if (ctx.startsClause(ctx.at) && ctx.lang === 'pl' && entries.length > 0) return entries;
    const lemma = names[0]!.lemma;
    const name: DictEntry = {
      headword: w, lemma, formNote: lemma !== w ? `form of ${lemma}` : null, pos: 'name', ipa: null,
      senses: [{ translations: [lemma], note: 'a name: not translated' }], dictionary: NAMES, match: 'exact',
    };
    return [name, ...entries];
  }

  /**
   * A capitalised English word inside a sentence, alone among lowercase words (not a title such as Court of
   * Appeal), with a title before it (Mr, President) or a verb after it (Trump signed, Smith said).
   */
  function looksLikeEnglishName(ctx: Context): boolean {
    const i = ctx.at;
    if (ctx.startsClause(i)) return false;
    const prev = ctx.tokens[i - 1];
    const next = ctx.next(i);
    if (prev && TITLES.has(prev.lower)) return true;
    if (prev && isCapitalised(prev.text) && !CALENDAR.has(prev.lower)) return false;
    if (!next || isCapitalised(next.text)) return false;
    return MODALS.has(next.lower) || BE.has(next.lower) || HAVE.has(next.lower) ||
      (!tablePos(next.lower) && verbLemmas(next.lower).some((l) => l !== next.lower) && !englishPos(next.lower).has('noun'));
  }

  // ---- Polish ----------------------------------------------------------------------------------------------

  const analyses = (w: string) => base.lemmas(w, 'pl');
  const tagsOf = (w: string): string[] => analyses(w).flatMap((a) => a.tags);

  function polishCondition(c: Condition, ctx: Context): boolean {
    const i = ctx.at;
    switch (c) {
      case 'start':
        return ctx.startsClause(i);
      case 'next:period':
        return ctx.sentence[ctx.word.end] === '.';
      case 'next:verb': {
        const n = ctx.next(i, new Set(['nie', 'się', 'by', 'już', 'też', 'jeszcze', 'tylko']));
        return !!n && tagsOf(n.text).some((t) => tagClass(t) === 'inf');
      }
      case 'next:participle': {
        const n = ctx.next(i, new Set(['nie', 'się', 'już', 'też', 'jeszcze', 'tylko', 'również', 'także']));
        return !!n && tagsOf(n.text).some((t) => tagClass(t) === 'ppas');
      }
      case 'next:noun': {
        const n = ctx.next(i);
        return !!n && (isNumber(n.text) || tagsOf(n.text).some((t) => NOMINAL.has(tagClass(t))));
      }
      case 'next:adj': {
        const n = ctx.next(i);
        return !!n && tagsOf(n.text).some((t) => ['adj', 'adv', 'num'].includes(tagClass(t))) && !tagsOf(n.text).some((t) => tagClass(t) === 'subst');
      }
      case 'case:loc':
      case 'case:acc':
      case 'case:gen':
      case 'case:dat':
      case 'case:inst': {
        const wanted = c.slice(5);
        let j = i + 1;
        while (j < ctx.tokens.length && j <= i + 3 && isNumber(ctx.tokens[j]!.text)) j++;
        const n = ctx.tokens[j];
        if (!n || ctx.startsClause(j)) return false;
        return tagsOf(n.text).some((t) => NOMINAL.has(tagClass(t)) && caseOf(t).has(wanted));
      }
      default:
        return false;
    }
  }

  /** Nominative noun or numeral just before (Trzy dni to mało: "to" is then "is"). */
  function rankPolish(entries: DictEntry[], ctx: Context): DictEntry[] {
    const word = ctx.word;
    let out = entries;
    const fw = functionReadings(word.text, 'pl');
    if (fw) {
      const readings = fw.readings;
      let chosen = readings.find((r) => r.when === null || polishCondition(r.when, ctx)) ?? readings[0]!;
      // "to" after a nominative noun phrase (and no verb) is the copula: Trzy dni to mało = three days is not much.
      if (word.lower === 'to') {
        const p = ctx.prev(ctx.at);
        const copula = !!p && (isNumber(p.text) || tagsOf(p.text).some((t) => ['subst', 'num', 'ger'].includes(tagClass(t)) && caseOf(t).has('nom')))
          && !tagsOf(p.text).some((t) => VERB_CLASSES.has(tagClass(t)));
        chosen = readings.find((r) => (r.pos === 'verb') === copula) ?? chosen;
      }
      const note = entries.find((e) => e.lemma === fw.lemma && e.formNote)?.formNote ?? null;
      out = [functionWordEntry(word.text, fw.lemma, readings, chosen, note), ...entries.filter((e) => e.dictionary !== FUNCTION_WORDS)];
    } else {
      out = rankPolishReadings(entries, ctx);
    }
    return reflexiveFirst(out, ctx);
  }

  /** Readings by lemma: imperatives start sentences, adjectives agree with a noun beside them, lat after a numeral is rok. */
  function rankPolishReadings(entries: DictEntry[], ctx: Context): DictEntry[] {
    const word = ctx.word;
    const readings = analyses(word.text);
    if (readings.length < 2 && !readings.some((r) => r.tags.some((t) => tagClass(t) === 'impt'))) return withPartner(entries, readings, ctx);
    const prev = ctx.prev(ctx.at);
    const next = ctx.next(ctx.at);
    const afterNumeral = !!prev && (isNumber(prev.text) || tagsOf(prev.text).some((t) => tagClass(t) === 'num'));
    const nextTags = next ? tagsOf(next.text) : [];
    const score = new Map<string, number>();
    const adjectiveFirst = new Set<string>();
    const allClasses = readings.flatMap((r) => r.tags.map(tagClass));
    const hasFiniteAndNominal = allClasses.some((c) => FINITE.has(c)) && allClasses.some((c) => c === 'subst');
    const otherFinite = hasFiniteAndNominal && clauseHasOtherFinite(ctx);
    for (const { lemma, tags } of readings) {
      const classes = tags.map(tagClass);
      let s = 0;
      if (classes.every((c) => c === 'impt') && !ctx.startsClause(ctx.at)) s += 3;
      if (classes.some((c) => c === 'adj') && !classes.some((c) => c === 'subst')) {
        // An attributive adjective mostly precedes its noun: agreement with the next word counts, not the one
        // before (Inflacja wyniosła 5 proc.: the subject and its verb agree as well).
        const agrees = tags.some((t) => tagClass(t) === 'adj' && nextTags.some((n) => tagClass(n) === 'subst' && agree(t, n)));
        const otherIsVerb = readings.some((r) => r.lemma !== lemma && r.tags.some((t) => ['praet', 'fin'].includes(tagClass(t))));
        if (!agrees && otherIsVerb) s += 2;
      }
      // An adjective reading that agrees with the noun after it wins (Te stare domy: stary, not stara).
      if (tags.some((t) => tagClass(t) === 'adj' && nextTags.some((n) => tagClass(n) === 'subst' && agree(t, n)))) {
        s -= 1;
        adjectiveFirst.add(lemma);
      }
      // A finite verb and a noun of one spelling (stoi: stać or stoa; bronią: bronić or broń): the verb when the
      // clause has no other finite verb, the noun when it has one.
      if (hasFiniteAndNominal) {
        const finite = classes.some((c) => FINITE.has(c));
        if (finite !== !otherFinite) s += 1;
        // A noun followed by an adjective that agrees with it (podział wewnętrzny) is a noun.
        if (tags.some((t) => tagClass(t) === 'subst' && nextTags.some((n) => tagClass(n) === 'adj' && agree(n, t)))) s -= 2;
      }
      if (afterNumeral && tags.every((t) => tagClass(t) === 'subst') && !tags.some((t) => t.split(':')[1]?.includes('pl') && caseOf(t).has('gen'))) s += 1;
      if (afterNumeral && lemma === 'lato' && readings.some((r) => r.lemma === 'rok')) s += 2; // trzech lat = three years
      score.set(lemma, s);
    }
    const ranked = stableSortBy(entries, (e) => 2 * (score.get(e.lemma) ?? score.get(e.lemma.toLowerCase()) ?? 0) + (adjectiveFirst.has(e.lemma) && e.pos !== 'adjective' ? 1 : 0));
    return withPartner(ranked, readings, ctx);
  }

  /** Does the word's clause have another word that can only be a finite verb? */
  function clauseHasOtherFinite(ctx: Context): boolean {
    let from = ctx.at;
    while (from > 0 && !ctx.startsClause(from) && ctx.at - from < 12) from--;
    for (let j = from; j < ctx.tokens.length && j - ctx.at < 12; j++) {
      if (j > ctx.at && ctx.startsClause(j)) break;
      if (j === ctx.at) continue;
      const classes = tagsOf(ctx.tokens[j]!.text).map(tagClass);
      if (classes.length && classes.every((c) => FINITE.has(c) || c === 'verb')) return true;
    }
    return false;
  }

  /** A verb reading whose entries are of another part of speech (dodać: "plus"): its aspect partner's verb senses first. */
  function withPartner(entries: DictEntry[], readings: Array<{ lemma: string; tags: string[] }>, ctx: Context): DictEntry[] {
    const first = entries[0];
    if (!first || first.pos === 'verb') return entries;
    const verb = readings.find((r) => r.lemma === first.lemma && r.tags.some((t) => VERB_CLASSES.has(tagClass(t))) && !r.tags.some((t) => NOMINAL.has(tagClass(t))));
    if (!verb || entries.some((e) => e.lemma === verb.lemma && e.pos === 'verb')) return entries;
    for (const candidate of aspectPartners(verb.lemma)) {
      const found = entriesOf(candidate, 'pl').filter((e) => e.pos === 'verb');
      if (found.length) return [...relabel(found, ctx.word.text, `${verb.lemma}: aspect partner of ${candidate}`).map((e) => ({ ...e, lemma: verb.lemma })), ...entries];
    }
    return entries;
  }

  function aspectPartners(lemma: string): string[] {
    const out: string[] = [];
    const pairs: Array<[string, string]> = [['dać', 'dawać'], ['yć', 'ać'], ['ić', 'iać'], ['ić', 'ać'], ['ać', 'ywać'], ['nąć', 'ać'], ['ać', 'yć'], ['ać', 'ić'], ['ywać', 'ać']];
    for (const [from, to] of pairs) if (lemma.endsWith(from)) out.push(lemma.slice(0, -from.length) + to);
    return out;
  }

  /** A verb with się beside it (or się with its verb): the reflexive reading first. */
  function reflexiveFirst(entries: DictEntry[], ctx: Context): DictEntry[] {
    const table = reflexiveVerbs();
    const i = ctx.at;
    const verbLemmaAt = (j: number): string | undefined =>
      analyses(ctx.tokens[j]!.text).find((a) => table.has(a.lemma) && a.tags.some((t) => REFLEXIVE_CLASSES.has(tagClass(t))))?.lemma;
    let lemma: string | undefined;
    if (ctx.word.lower === 'się') {
      for (const j of [i - 1, i + 1, i - 2, i + 2]) {
        if (j < 0 || j >= ctx.tokens.length || (j < i ? ctx.startsClause(j + 1) : ctx.startsClause(j))) continue;
        lemma = verbLemmaAt(j);
        if (lemma) break;
      }
    } else {
      const near = [i - 1, i + 1, i + 2, i - 2].some((j) => ctx.tokens[j]?.lower === 'się' && !(j < i ? ctx.startsClause(j + 1) : ctx.startsClause(j)));
      if (near) lemma = verbLemmaAt(i);
    }
    if (!lemma) return entries;
    const sense: Sense = table.get(lemma)!;
    const entry: DictEntry = {
      headword: `${lemma} się`, lemma: `${lemma} się`, formNote: ctx.word.lower === 'się' ? null : `with się`, pos: 'verb', ipa: null,
      senses: [sense], dictionary: FUNCTION_WORDS, match: 'exact',
    };
    return [entry, ...entries];
  }

  return {
    knows: base.knows,
    lemmas: base.lemmas,
    lookup,
    clearCache: () => {
      inContext.clear();
      displayed.clear();
      base.clearCache();
    },
  };
}

// ---- Morfologik tags --------------------------------------------------------------------------------------

const FINITE = new Set(['fin', 'praet', 'bedzie', 'winien']);
const VERB_CLASSES = new Set(['inf', 'fin', 'praet', 'impt', 'imps', 'bedzie', 'winien', 'pcon', 'pant']);
// Verb forms that may take się: the finite ones and the participles (cieszące się uznaniem).
const REFLEXIVE_CLASSES = new Set([...VERB_CLASSES, 'pact', 'ger']);
const NOMINAL = new Set(['subst', 'adj', 'num', 'ppron12', 'ppron3', 'ger', 'siebie', 'depr', 'ppas', 'pact']);


const CASES = new Set(['nom', 'gen', 'dat', 'acc', 'inst', 'loc', 'voc']);
function caseOf(tag: string): Set<string> {
  const out = new Set<string>();
  for (const f of tag.split(':')) for (const v of f.split('.')) if (CASES.has(v)) out.add(v);
  return out;
}

/** Do an adjective's tag and a noun's tag share a number, a case and a gender? */
function agree(adj: string, noun: string): boolean {
  const a = adj.split(':');
  const n = noun.split(':');
  const share = (x: string | undefined, y: string | undefined) => !!x && !!y && x.split('.').some((v) => y.split('.').includes(v));
  const gender = (x: string | undefined, y: string | undefined) => !!x && !!y && x.split('.').some((v) => y.split('.').some((w) => w === v || w.replace(/\d$/, '') === v.replace(/\d$/, '')));
  return share(a[1], n[1]) && share(a[2], n[2]) && gender(a[3], n[3]);
}

// Labels of a pol-eng sense's Polish gloss: a register (archaic, colloquial, regional, rare) or a field of
// knowledge. A sense without one is the general sense, shown first; a register sense last.
const REGISTER_LABEL = /^\(+(?:przestarz|dawn|archaiczn|rzadk|potoczn|żartobliw|gwar|regionaln|slang|wulgarn|środowiskow|podniośl|poetyck|książkow|ironiczn|pogardliw|zdrobni|Górny Śląsk|Podhale|Kresy|Kaszuby)/;
const FIELD_LABEL = /^\(+[\p{L} ,-]+\)/u;
// A unit of measure is labelled like a field but is the word's everyday sense (godzina: hour).
const UNIT_LABEL = /^\(+jednostka miary/;
function senseLabelRank(s: Sense): number {
  const note = s.note;
  if (!note || note.charCodeAt(0) !== 40 /* ( */) return 0;
  if (REGISTER_LABEL.test(note)) return 2;
  if (FIELD_LABEL.test(note) && !UNIT_LABEL.test(note)) return 1;
  return 0;
}

/** A stable sort by a numeric key (Array.prototype.sort is stable; this only skips the copy when nothing moves). */
function stableSortBy<T>(items: T[], key: (item: T) => number): T[] {
  const keys = items.map(key);
  if (keys.every((k, i) => i === 0 || k >= keys[i - 1]!)) return items;
  return items.map((item, i) => ({ item, k: keys[i]! })).sort((a, b) => a.k - b.k).map((x) => x.item);
}
