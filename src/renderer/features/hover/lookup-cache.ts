// Lookups per (text, lang), kept in the renderer so a word hovered again is answered without the bridge.
// Finished results are also kept as plain values, so a warm hover renders in the same frame as the pointer event.
import type { DictEntry, Lang, LookupResult } from '../../../shared/types';
import { glosa } from '../../bridge';
import { joinedWordsOf } from '../../../core/text/words';

const LIMIT = 2000;
const pending = new Map<string, Promise<LookupResult>>();
const done = new Map<string, LookupResult>();

/** The sentence a word was read in (the scanner's), for ranking its senses by context. */
export interface ReadIn {
  sentence: string;
  offset: number;
}

const keyOf = (text: string, lang: Lang | 'auto', context?: ReadIn) =>
  context ? `${lang}\u0000${text}\u0000${context.offset}\u0000${context.sentence}` : `${lang}\u0000${text}`;

/** The result if it is already known, without waiting. */
export function cachedLookup(text: string, lang: Lang | 'auto', context?: ReadIn): LookupResult | undefined {
  const key = keyOf(text, lang, context);
  const hit = done.get(key);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    done.delete(key);
    done.set(key, hit);
  }
  return hit;
}

/** Dictionary name of entries from the interface phrase catalogue (through glosa.gloss). */
export const CATALOGUE = 'glosa-catalogue';

/**
 * The dictionaries know single words and few set phrases; Polish interface phrases ("Podziel się",
 * "Wersja do druku") are in the phrase catalogue behind glosa.gloss. Both are asked at once, and a
 * catalogue phrase (never an approximate word-by-word gloss) wins when it covers more words.
 */
async function lookupWithPhrases(text: string, lang: Lang | 'auto', context?: ReadIn): Promise<LookupResult> {
  const words = joinedWordsOf(text);
  const prefixes: string[] = [];
  if (lang === 'pl') for (let n = words.length; n >= 2; n--) prefixes.push(words.slice(0, n).join(' '));
  const [result, glosses] = await Promise.all([
    glosa.lookup(context ? { text, lang, sentence: context.sentence, offset: context.offset } : { text, lang }),
    prefixes.length ? glosa.gloss(prefixes) : Promise.resolve([]),
  ]);
  const matchedWords = joinedWordsOf(result.matched).length;
  for (let i = 0; i < glosses.length; i++) {
    const g = glosses[i];
    if (!g || g.approximate || !g.translation || joinedWordsOf(prefixes[i]!).length <= matchedWords) continue;
    const entry: DictEntry = {
      headword: g.text, lemma: prefixes[i]!, formNote: null, pos: null, ipa: null,
      senses: [{ translations: [g.translation], note: null }], dictionary: CATALOGUE, match: 'exact',
    };
    return { query: text, lang: 'pl', matched: prefixes[i]!, entries: [entry] };
  }
  return result;
}

/** The lookup of a text, ranked by the sentence it was read in when that is given (at most 1,000 characters). */
export function lookup(text: string, lang: Lang | 'auto', context?: ReadIn): Promise<LookupResult> {
  if (context && (context.sentence.length > 1000 || context.offset > 1000)) context = undefined;
  const hit = cachedLookup(text, lang, context);
  if (hit) return Promise.resolve(hit);
  const key = keyOf(text, lang, context);
  let p = pending.get(key);
  if (!p) {
    p = lookupWithPhrases(text, lang, context).then(
      (result) => {
        pending.delete(key);
        done.set(key, result);
        if (done.size > LIMIT) done.delete(done.keys().next().value!);
        return result;
      },
      (error: unknown) => {
        pending.delete(key);
        throw error;
      },
    );
    pending.set(key, p);
  }
  return p;
}
