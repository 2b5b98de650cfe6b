// Lookup of a Polish or English word or phrase in the offline dictionaries, in any inflected form.
// Pure: the host (src/node/dictionaries.ts) reads the files and hands bytes and strings in.
// Ranking: exact headword, case-folded headword, headword of a lemma, reverse index, diacritic-insensitive.
import type { DictEntry, Lang, LookupQuery, LookupResult, Sense } from '../../shared/types';
import { detectLanguage } from '../language';
import { closedForm, compoundSplits, derivationBases, englishFormNote } from '../morphology/english-derivation';
import type { EnglishLemma } from '../morphology/english';
import type { MorfologikDictionary } from '../morphology/morfologik';
import { imperfectiveCandidates } from '../morphology/polish-aspect';
import { formNote, isImperfective, isNominative, isPerfective, tagPartOfSpeech } from '../morphology/polish-tags';
import { joinedWordsOf } from '../text/words';
import { dictdKey } from './dictd';
import type { EntryTable } from './entry-table';
import type { ParsedEntry } from './freedict-entries';
import type { ReverseIndex } from './reverse-index';

export interface LookupService {
  lookup(query: LookupQuery): LookupResult;
  /** Is this word (any inflected form) known in that language? For language detection and the glossary. */
  knows(word: string, lang: Lang): boolean;
  /** Lemmas with tags of a Polish/English form, e.g. for the notebook's "mark by lemma" and the glossary. */
  lemmas(word: string, lang: Lang): Array<{ lemma: string; tags: string[] }>;
  /** Forget every cached result and entry: the next lookups are first-time ones again. */
  clearCache(): void;
}

/** The service as createLookupService makes it: also the lookup that keeps nothing, for a wrapper keeping its own results. */
export interface BaseLookupService extends LookupService {
  /** lookup() without its result kept (the finer caches it goes through still fill). */
  lookupUncached(query: LookupQuery): LookupResult;
}

export interface LookupSources {
  polEng: EntryTable;
  engPol: EntryTable;
  /** English key → Polish headwords by part of speech (built from pol-eng's translations). */
  reverse: ReverseIndex;
  polish: MorfologikDictionary;
  englishLemmas(word: string): EnglishLemma[];
}

const MAX_PHRASE_WORDS = 6;
const RANK: Record<DictEntry['match'], number> = { exact: 0, folded: 1, lemma: 2, reverse: 3, ascii: 4 };
const POL_ENG = 'freedict-pol-eng';
const ENG_POL = 'freedict-eng-pol';
const POL_ENG_REVERSE = 'freedict-pol-eng (reverse)';

/** Words of a query: letters and digits with inner apostrophes and hyphens, at most six. */
function queryWords(text: string): string[] {
  return joinedWordsOf(text).slice(0, MAX_PHRASE_WORDS);
}

// Plain toLowerCase: Polish needs no locale rules for it, and toLocaleLowerCase goes through ICU (slower).
const lower = (s: string): string => s.toLowerCase();

const MAX_CACHED = 20000;

/**
 * A function's results kept per argument (a string, or what `keyOf` makes of it), cleared when full: one lookup
 * asks the same questions several times, and the hover scanner the same words. The cache is added to `caches`,
 * for clearCache(). `f` never returns undefined (arrays and objects only), so a miss is one probe, not two.
 */
function memo<A, T extends object>(f: (arg: A) => T, caches: Array<Map<string, unknown>>, keyOf?: (arg: A) => string): (arg: A) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (arg) => {
    const key = keyOf ? keyOf(arg) : (arg as string);
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = f(arg);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };
}

export function createLookupService(src: LookupSources): BaseLookupService {
  const caches: Array<Map<string, unknown>> = [];
  // Entries of each dictionary by index key, analyses and lemmas by form, reverse-index groups by English key:
  // read once, as the same words come back while reading.
  const entriesByTable = new Map<EntryTable, (key: string) => ParsedEntry[]>([
    [src.polEng, memo((key: string) => src.polEng.get(key), caches)],
    [src.engPol, memo((key: string) => src.engPol.get(key), caches)],
  ]);
  const entriesOf = (table: EntryTable, key: string): ParsedEntry[] => entriesByTable.get(table)!(key);
  const analyse = memo((form: string) => src.polish.analyse(form), caches);
  const englishLemmas = memo((form: string) => src.englishLemmas(form), caches);
  const reverseGroups = memo((key: string) => src.reverse.get(key), caches);

  function make(e: ParsedEntry, dictionary: string, match: DictEntry['match'], lemma: string, note: string | null, form?: DictEntry['form']): DictEntry {
    return { headword: e.headword, lemma, formNote: note, ...(form ? { form } : {}), pos: e.pos, ipa: e.ipa, senses: e.senses, dictionary, match };
  }

  /** Headword entries for the text itself: exact when the headword is the text as written, else case-folded. */
  function headwordEntries(table: EntryTable, text: string, dictionary: string): DictEntry[] {
    return entriesOf(table, dictdKey(text)).map((e) =>
      make(e, dictionary, e.headword === text ? 'exact' : 'folded', e.headword, null));
  }

  /**
   * Analyses of a form lowercased and as written, in that order, one per lemma (read-only: they are shared): a
   * capitalised word is most often a common word at the start of a sentence or a label (Pola: fields), and a
   * proper name it may also be comes after it (Polo).
   */
  const polishAnalyses = memo((word: string): Array<{ lemma: string; tags: string[] }> => {
    const folded = lower(word);
    if (folded === word) return analyse(word);
    const seen = new Map<string, string[]>();
    for (const form of [folded, word]) {
      for (const a of analyse(form)) {
        const tags = seen.get(a.lemma) ?? [];
        for (const t of a.tags) if (!tags.includes(t)) tags.push(t);
        seen.set(a.lemma, tags);
      }
    }
    return [...seen].map(([lemma, tags]) => ({ lemma, tags }));
  }, caches);

  /** The imperfective headword of a perfective verb that has no entry of its own (podzielić → dzielić). */
  function imperfectivePartner(lemma: string): string | null {
    for (const c of imperfectiveCandidates(lemma)) {
      if (!src.polEng.has(dictdKey(c))) continue;
      if (analyse(c).some((a) => a.lemma === c && a.tags.some((t) => t.includes('inf') && isImperfective(t)))) return c;
    }
    return null;
  }

  /** pol-eng entries for the lemmas of a Polish form (not the form itself). */
  function polishLemmaEntries(word: string, match: 'lemma' | 'ascii'): DictEntry[] {
    const out: DictEntry[] = [];
    for (const { lemma, tags } of polishAnalyses(word)) {
      // Of a form's readings, the note names a nominative one where there is one (Pola: nominative plural, not
      // the accusative Morfologik lists first): a label or a subject is read so.
      const tag = tags.find(isNominative) ?? tags[0] ?? '';
      const isForm = lemma !== word && lemma !== lower(word);
      const note = isForm ? formNote(tag, lemma) : null;
      const found = entriesOf(src.polEng, dictdKey(lemma));
      if (found.length > 0) {
        if (isForm || match === 'ascii') out.push(...found.map((e) => make(e, POL_ENG, match, lemma, note, isForm && tag ? { tag, lemma } : undefined)));
        continue;
      }
      const verbTag = tags.find((t) => tagPartOfSpeech(t) === 'verb' && isPerfective(t));
      const partner = verbTag ? imperfectivePartner(lemma) : null;
      if (partner) {
        const partnerNote = `${isForm ? formNote(verbTag!, lemma) : lemma}; perfective of ${partner}`;
        out.push(...entriesOf(src.polEng, dictdKey(partner)).map((e) => make(e, POL_ENG, match, lemma, partnerNote, isForm ? { tag: verbTag!, lemma, perfectiveOf: partner } : undefined)));
      }
    }
    return out;
  }

  function polishEntries(text: string, single: boolean, lastResort: boolean): DictEntry[] {
    const out = headwordEntries(src.polEng, text, POL_ENG);
    if (single) {
      out.push(...polishLemmaEntries(text, 'lemma'));
      if (lastResort && out.length === 0 && /^[a-z]+$/i.test(text)) {
        for (const variant of src.polish.diacriticVariants(lower(text))) out.push(...polishLemmaEntries(variant, 'ascii'));
      }
    }
    return out;
  }

  /**
   * English → Polish through pol-eng's translations: one entry per part of speech, Polish headwords as senses.
   * Nothing to cache here: the groups are read once (reverseGroups) and their senses arrays shared.
   */
  function reverseEntries(englishKey: string, headword: string, match: DictEntry['match'], note: string | null): DictEntry[] {
    // The index holds the Polish headwords already grouped by part of speech (built from pol-eng's entries).
    return reverseGroups(englishKey).map(([pos, list]) => ({
      headword,
      lemma: englishKey,
      formNote: note,
      pos: pos || null,
      ipa: null,
      senses: list,
      dictionary: POL_ENG_REVERSE,
      match,
    }));
  }

  /** Entries of a lemma that has the lemmatiser's part of speech, or all of them when none has it. */
  function samePos(entries: DictEntry[], pos: EnglishLemma['pos']): DictEntry[] {
    const matching = entries.filter((e) => e.pos === pos || (pos === 'verb' && e.pos === 'phrasal verb'));
    return matching.length > 0 ? matching : entries;
  }

  function englishEntries(text: string, single: boolean, lastResort: boolean): DictEntry[] {
    const key = dictdKey(text);
    const out = headwordEntries(src.engPol, text, ENG_POL);
    const closed = single ? closedForm(key) : undefined;
    const lemmas = single ? englishLemmas(lower(text)).filter((l) => l.lemma !== key) : [];
    if (closed) {
      out.push(...entriesOf(src.engPol, closed[0]).map((e) => make(e, ENG_POL, 'lemma', closed[0], closed[1])));
      out.push(...reverseEntries(closed[0], text, 'reverse', closed[1]));
    }
    for (const l of lemmas) {
      const note = englishFormNote(text, l);
      out.push(...samePos(entriesOf(src.engPol, dictdKey(l.lemma)).map((e) => make(e, ENG_POL, 'lemma', l.lemma, note)), l.pos));
    }
    out.push(...reverseEntries(key, text, 'reverse', null));
    for (const l of lemmas) out.push(...samePos(reverseEntries(dictdKey(l.lemma), text, 'reverse', englishFormNote(text, l)), l.pos));
    if (lastResort && single && out.length === 0) out.push(...derivedEntries(text));
    return out;
  }

  /**
   * Last resort for English words neither dictionary has: the word an agent noun or adverb is derived from
   * (protesters → protest, reportedly → reported), marked in the form note.
   */
  function derivedEntries(text: string): DictEntry[] {
    const base = englishLemmas(lower(text)).find((l) => l.pos === 'noun')?.lemma ?? lower(text);
    for (const c of derivationBases(base)) {
      const note = `derived from ${c}`;
      const found = [
        ...entriesOf(src.engPol, c).map((e) => make(e, ENG_POL, 'lemma', c, note)),
        ...reverseEntries(c, text, 'reverse', note),
      ];
      if (found.length > 0) return found;
    }
    // A closed compound of two known words (airbase → air + base): the entries of its head, the last part.
    const known = (w: string): boolean => src.engPol.has(w) || src.reverse.has(w);
    for (const [left, right] of compoundSplits(base)) {
      if (known(left) && known(right)) {
        const found = reverseEntries(right, text, 'reverse', `compound of ${left} + ${right}`);
        if (found.length > 0) return found;
      }
    }
    return [];
  }

  /**
   * Best match first (a stable sort keeps each rank's order), each dictionary entry once: an entry reached
   * twice (as the form and as its lemma) shares its senses array, since entries and reverse groups are read once.
   */
  function ranked(entries: DictEntry[]): DictEntry[] {
    if (entries.length < 2) return entries;
    if (entries.some((e, i) => i > 0 && RANK[e.match] < RANK[entries[i - 1]!.match])) entries.sort((a, b) => RANK[a.match] - RANK[b.match]);
    const seen = new Set<Sense[]>();
    return entries.filter((e) => !seen.has(e.senses) && seen.add(e.senses));
  }

  function entriesFor(text: string, lang: Lang, single: boolean, lastResort: boolean): DictEntry[] {
    return ranked(lang === 'pl' ? polishEntries(text, single, lastResort) : englishEntries(text, single, lastResort));
  }

  const englishKnown = (key: string): boolean => src.engPol.has(key) || src.reverse.has(key);

  function knows(word: string, lang: Lang): boolean {
    const key = dictdKey(word);
    if (!key) return false;
    // The indexes alone answer (no entry text is read for the language that is not chosen); analyses and
    // lemmas come from the service's caches, as the lookup that follows asks for them again.
    if (lang === 'pl') return analyse(word).length > 0 || analyse(lower(word)).length > 0 || src.polEng.has(key);
    return englishKnown(key) || englishLemmas(lower(word)).some((l) => englishKnown(dictdKey(l.lemma)));
  }

  // Results by language and text: the hover scanner asks for the same words again and again.
  const lookup = memo(lookupUncached, caches, (query: LookupQuery) => `${query.lang}\u0000${query.text}`);

  function lookupUncached(query: LookupQuery): LookupResult {
    const words = queryWords(query.text);
    const detected = query.lang === 'auto' ? detectLanguage(words.join(' '), knows) : query.lang;
    // With 'auto' the other language is tried too when the detected one finds nothing.
    const langs: Lang[] = query.lang !== 'auto' ? [query.lang] : detected === 'en' ? ['en', 'pl'] : ['pl', 'en'];
    let best: LookupResult | null = null;
    // The last resorts (a Polish word typed without diacritics, an English word derived from one the
    // dictionaries have) only when neither language has the words themselves: they cost the most. An English
    // derivation (a lemma or reverse match) always ranks above a diacritic variant (ascii), so with no language
    // detected English goes first, and what one last resort finds ends the search.
    for (const lastResort of [false, true]) {
      for (const lang of lastResort && !detected ? (['en', 'pl'] as const) : langs) {
        // Nothing ranks above an exact headword: the other language cannot replace it.
        if (best && (lastResort || (lang !== detected && detected) || best.entries[0]!.match === 'exact')) break;
        for (let n = words.length; n >= 1; n--) {
          const text = words.slice(0, n).join(' ');
          const entries = entriesFor(text, lang, n === 1, lastResort);
          if (entries.length > 0) {
            const result = { query: query.text, lang, matched: text, entries };
            if (!best || RANK[entries[0]!.match] < RANK[best.entries[0]!.match]) best = result;
            break;
          }
        }
      }
      if (best) return best;
    }
    // Nothing found: say which base forms were tried, so "no entry" is not mistaken for a missed lemma.
    const first = words[0];
    const tried = first ? [...new Set(langs.flatMap((lang) => lemmas(first, lang).map((l) => l.lemma)))].filter((l) => lower(l) !== lower(first)) : [];
    return { query: query.text, lang: detected ?? 'pl', matched: '', entries: [], ...(tried.length ? { tried } : {}) };
  }

  function lemmas(word: string, lang: Lang): Array<{ lemma: string; tags: string[] }> {
    if (lang === 'pl') return polishAnalyses(word);
    const out = new Map<string, string[]>();
    for (const l of englishLemmas(lower(word))) {
      const tags = out.get(l.lemma) ?? [];
      if (!tags.includes(l.pos)) tags.push(l.pos);
      out.set(l.lemma, tags);
    }
    return [...out].map(([lemma, tags]) => ({ lemma, tags }));
  }

  return { lookup, lookupUncached, knows, lemmas, clearCache: () => caches.forEach((c) => c.clear()) };
}
