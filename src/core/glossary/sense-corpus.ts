// Which dictionary sense a word has on web pages, learned from the phrase catalogue itself: the English words
// of every catalogue phrase that contains a form of the Polish lemma. "serwis" occurs in phrases rendered
// with "service" and "site", never "serve"; "zespół" with "team", not "syndrome". The dictionary's sense that
// those phrases use most is taken; with no evidence, the dictionary's own order stands.
import type { LookupService } from '../dictionary/lookup';
import type { Catalogue } from './catalogue';
import { matchTokens } from './normalise';

type Corpus = Map<string, Map<string, number>>;

const corpora = new WeakMap<Catalogue, WeakMap<LookupService, Corpus>>();
const MAX_PHRASE_WORDS = 8;

function lemmasOf(word: string, lookup: LookupService): string[] {
  const lemmas = lookup.lemmas(word, 'pl').map((l) => l.lemma.toLowerCase());
  return lemmas.length ? [...new Set(lemmas)] : [word];
}

function corpusOf(catalogue: Catalogue, lookup: LookupService): Corpus {
  let byLookup = corpora.get(catalogue);
  if (!byLookup) corpora.set(catalogue, (byLookup = new WeakMap()));
  let corpus = byLookup.get(lookup);
  if (corpus) return corpus;
  corpus = new Map();
  for (const [key, entry] of catalogue.entries) {
    const words = key.split(' ');
    if (words.length > MAX_PHRASE_WORDS) continue;
    const english = new Set(matchTokens(entry.en));
    for (const word of words) {
      for (const lemma of lemmasOf(word, lookup)) {
        let counts = corpus.get(lemma);
        if (!counts) corpus.set(lemma, (counts = new Map()));
        for (const en of english) counts.set(en, (counts.get(en) ?? 0) + 1);
      }
    }
  }
  byLookup.set(lookup, corpus);
  return corpus;
}

/** English stems compared loosely: "services" ~ "service", "teams" ~ "team". */
const stem = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : /[^s]s$/u.test(w) ? w.slice(0, -1) : w);

/**
 * Of `candidates` (the dictionary's translations of `word`, in its order), the one whose words the
 * catalogue's phrases with this lemma use most; null when no candidate is attested there.
 */
export function webSense(word: string, candidates: string[], catalogue: Catalogue, lookup: LookupService): string | null {
  const corpus = corpusOf(catalogue, lookup);
  const counts = new Map<string, number>();
  for (const lemma of lemmasOf(word, lookup)) {
    for (const [en, n] of corpus.get(lemma) ?? []) counts.set(stem(en), (counts.get(stem(en)) ?? 0) + n);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const words = matchTokens(candidate.replace(/^to\s+/u, '')).filter((w) => w.length > 2);
    if (!words.length) continue;
    const score = Math.min(...words.map((w) => counts.get(stem(w)) ?? 0));
    if (score > bestScore) { best = candidate; bestScore = score; }
  }
  return best;
}
