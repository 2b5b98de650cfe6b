// One Polish word glossed from the dictionaries, or from the built-in function words.
import { functionWordGloss } from './function-words';
import type { GlossaryDeps } from './gloss-types';
import { webSense } from './sense-corpus';
import { pageSense } from './page-sense';

/** Source name of word glosses that come from the dictionaries or the built-in function words. */
export const DICTIONARY_SOURCE = 'dictionary';

const DICTIONARY_POS: Record<'noun' | 'adj' | 'verb', string> = { noun: 'noun', adj: 'adjective', verb: 'verb' };

/**
 * A one-word gloss: built-in function words, then the dictionary's first translation of an entry of the
 * wanted part of speech; a translation identical to the Polish (loanwords: "post", "forum") is the
 * interface sense and wins.
 */
export function glossWord(word: string, deps: GlossaryDeps, pos?: 'noun' | 'adj' | 'verb', lemmas: string[] = []): string | null {
  const functionWord = functionWordGloss(word);
  if (functionWord !== undefined) return functionWord;
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
  // The sense this page's article speaks of ("przepis" on a page of dishes: recipe, not prescription).
  const onPage = deps.page ? pageSense(wanted.length ? wanted : entries, deps.page, deps.lookup, [word, ...lemmas]) : null;
  if (onPage) return onPage.replace(/^to\s+(?=\p{L})/u, '');
  for (const entry of entries) {
    for (const sense of entry.senses) {
      const first = sense.translations[0];
      if (first) return first.replace(/^to\s+(?=\p{L})/u, '');
    }
  }
  return null;
}
