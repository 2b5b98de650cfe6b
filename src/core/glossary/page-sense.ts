// Which dictionary sense a polysemous word has on this page, from the page's own article: the dictionary's
// Polish notes describe each sense ("przepis": "(kulinaria) sposób przygotowania potrawy" for recipe,
// "autorytatywna reguła, regulacja" for regulation), and a recipe page's article says "przygotowanie",
// "potrawa" while a law page says "regulacja". The sense whose note shares most lemmas with the article
// wins, on a clear lead only; otherwise the usual choice stands.
import type { DictEntry } from '../../shared/types';
import type { LookupService } from '../dictionary/lookup';
import type { PageVocabulary } from './gloss-types';
import { matchTokens } from './normalise';

// Bounds: the article's first words are enough to know what it is about; short words are mostly function words.
const MAX_ARTICLE_WORDS = 20_000;
const MAX_DISTINCT_WORDS = 5_000;
const MIN_LEMMA_LENGTH = 4;
const MAX_ENTRIES = 4;
const MAX_SENSES = 12;
/** Lemmas a note must share with the article, and its lead over any other sense. */
const MIN_SHARED = 2;
const MIN_LEAD = 1;

/** The content lemmas of a Polish text, through the dictionary's morphology (a word it does not know stays). */
function contentLemmas(words: Iterable<string>, lookup: LookupService, into: Set<string>): Set<string> {
  for (const word of words) {
    if (word.length < MIN_LEMMA_LENGTH || /\d/u.test(word)) continue;
    const lemmas = lookup.lemmas(word, 'pl');
    if (lemmas.length === 0) into.add(word);
    for (const { lemma } of lemmas) if (lemma.length >= MIN_LEMMA_LENGTH) into.add(lemma.toLowerCase());
  }
  return into;
}

/** The page's vocabulary: the lemmas of its article's words (bounded by the article's first words). */
export function pageVocabulary(articleText: string, lookup: LookupService): PageVocabulary {
  const distinct = new Set<string>();
  const words = matchTokens(articleText.slice(0, MAX_ARTICLE_WORDS * 12));
  for (let i = 0; i < words.length && i < MAX_ARTICLE_WORDS && distinct.size < MAX_DISTINCT_WORDS; i++) distinct.add(words[i]!);
  return { lemmas: contentLemmas(distinct, lookup, new Set()) };
}

/**
 * The first translation of the sense of these entries whose note shares most lemmas with the page, when it
 * shares at least MIN_SHARED and leads every other sense; null otherwise. `own` are the word's own lemmas,
 * which every note of a word may repeat and so say nothing.
 */
export function pageSense(entries: readonly DictEntry[], page: PageVocabulary, lookup: LookupService, own: readonly string[] = []): string | null {
  const ownLemmas = new Set(own.map((l) => l.toLowerCase()));
  const scored: Array<{ translation: string; shared: number }> = [];
  for (const entry of entries.slice(0, MAX_ENTRIES)) {
    ownLemmas.add(entry.headword.toLowerCase());
    for (const sense of entry.senses) {
      if (scored.length >= MAX_SENSES) break;
      const first = sense.translations[0];
      if (!first || !sense.note) continue;
      const noteLemmas = contentLemmas(matchTokens(sense.note), lookup, new Set());
      let shared = 0;
      for (const lemma of noteLemmas) if (!ownLemmas.has(lemma) && page.lemmas.has(lemma)) shared++;
      scored.push({ translation: first, shared });
    }
  }
  let best: { translation: string; shared: number } | null = null;
  let runnerUp = 0;
  for (const s of scored) {
    if (!best || s.shared > best.shared) { runnerUp = Math.max(runnerUp, best?.shared ?? 0); best = s; }
    else if (s.translation !== best.translation) runnerUp = Math.max(runnerUp, s.shared);
  }
  return best && best.shared >= MIN_SHARED && best.shared - runnerUp >= MIN_LEAD ? best.translation : null;
}
