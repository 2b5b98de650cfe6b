// One Polish word glossed from the dictionaries, or from the built-in function words.
import type { DictEntry } from '../../shared/types';
import type { LookupService } from '../dictionary/lookup';
import { tagFields } from '../morphology/polish-tags';
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
  let wanted = entries.filter((e) => !pos || e.pos === DICTIONARY_POS[pos]);
  // Entries of this word class under the lemmas the form has in that class: "rada" as a noun is rada
  // (council), not the noun entry of "rad" (radium), whose adjective "rada" is a form.
  const classLemmas = pos ? lemmasInClass(word, pos, deps.lookup) : new Set<string>();
  const fitting = wanted.filter((e) => classLemmas.has(e.headword.toLowerCase()));
  if (fitting.length) wanted = fitting;
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
  const common = firstSense(entries);
  return common === null ? null : common.replace(/^to\s+(?=\p{L})/u, '');
}

const CLASS_TAGS: Record<'noun' | 'adj' | 'verb', readonly string[]> = {
  noun: ['subst', 'depr', 'ger'], adj: ['adj', 'ppas', 'pact'], verb: ['fin', 'impt', 'inf', 'praet', 'ger', 'ppas', 'pact', 'imps'],
};

/** The lemmas of the form's readings in one word class. */
function lemmasInClass(word: string, pos: 'noun' | 'adj' | 'verb', lookup: LookupService): Set<string> {
  const out = new Set<string>();
  for (const { lemma, tags } of lookup.lemmas(word, 'pl')) {
    if (tags.some((t) => CLASS_TAGS[pos].includes(tagFields(t)[0]!))) out.add(lemma.toLowerCase());
  }
  return out;
}

/** The dictionary's first translation, one spelling of it ("advertise advertize" → "advertise"). */
function firstSense(entries: readonly DictEntry[]): string | null {
  for (const entry of entries) {
    for (const sense of entry.senses) {
      const first = sense.translations[0];
      if (first) return oneSpelling(first);
    }
  }
  return null;
}

/** "advertise advertize" (two spellings in one translation) → "advertise". */
export function oneSpelling(translation: string): string {
  const t = translation.trim();
  const m = /^(\p{L}{5,}) (\p{L}{5,})$/u.exec(t);
  return m && m[1]!.slice(0, 5) === m[2]!.slice(0, 5) ? m[1]! : t;
}
