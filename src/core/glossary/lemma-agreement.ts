// A catalogue phrase reached through lemmas ("Gwiazdy" → the entry "Gwiazda" → "Star") is a different form
// of the same words: the English must follow the form the page used. A form of another word class ("Pobierz
// plik", imperative, against "Pobieranie plików", a gerund: "Downloads") is not the same phrase at all.
import type { LookupService } from '../dictionary/lookup';
import { wordsOf } from '../text/words';

type WordClass = 'verb' | 'noun' | 'adj' | 'other';

function classes(word: string, lookup: LookupService): Set<WordClass> {
  const out = new Set<WordClass>();
  for (const { tags } of lookup.lemmas(word, 'pl')) {
    for (const tag of tags) {
      const cls = tag.split(':')[0];
      // Morfologik also writes verb forms as "verb:fin:…", "verb:impt:…" and gerunds as "verb:ger:…".
      if (cls === 'verb') out.add(tag.includes(':ger:') ? 'noun' : 'verb');
      else if (cls === 'fin' || cls === 'impt' || cls === 'inf' || cls === 'praet') out.add('verb');
      else if (cls === 'subst' || cls === 'ger' || cls === 'depr') out.add('noun');
      else if (cls === 'adj' || cls === 'ppas' || cls === 'pact') out.add('adj');
      else out.add('other');
    }
  }
  return out;
}

/**
 * Plural-only or singular-only noun readings of a form, in the nominative when it has one (a label is
 * nominative: "gwiazdy" is genitive singular or nominative plural, and as a label plural); null when unclear.
 */
function number(word: string, lookup: LookupService): 'sg' | 'pl' | null {
  const all = { sg: false, pl: false };
  const nom = { sg: false, pl: false };
  for (const { tags } of lookup.lemmas(word, 'pl')) {
    for (const tag of tags) {
      const parts = tag.split(':');
      if (!parts.includes('subst') && !parts.includes('ger')) continue;
      const num = parts.includes('sg') ? 'sg' : parts.includes('pl') ? 'pl' : null;
      if (!num) continue;
      all[num] = true;
      if (parts.some((p) => p.split('.').includes('nom'))) nom[num] = true;
    }
  }
  const use = nom.sg || nom.pl ? nom : all;
  return use.sg === use.pl ? null : use.sg ? 'sg' : 'pl';
}

/**
 * The English for `words` (the page's form) from an entry whose Polish is `entryPl` (another form of the same
 * lemmas), or null when the forms are of different word classes. A one-word noun takes the page's number.
 */
export function agreeWithForm(words: string[], entryPl: string, en: string, lookup: LookupService, pluralise: (en: string) => string): string | null {
  const entryWords = wordsOf(entryPl.toLowerCase());
  if (entryWords.length !== words.length) return en;
  for (let i = 0; i < words.length; i++) {
    const a = classes(words[i]!, lookup);
    const b = classes(entryWords[i]!, lookup);
    if (a.size && b.size && ![...a].some((c) => b.has(c))) return null;
  }
  if (words.length === 1) {
    const page = number(words[0]!, lookup);
    const entry = number(entryWords[0]!, lookup);
    if (page === 'pl' && entry === 'sg') return pluralise(en);
    if (page === 'sg' && entry === 'pl' && /ies$/u.test(en)) return en.replace(/ies$/u, 'y');
    if (page === 'sg' && entry === 'pl' && /[^su]s$/u.test(en)) return en.slice(0, -1);
  }
  return en;
}
