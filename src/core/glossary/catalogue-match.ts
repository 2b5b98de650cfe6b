// Finding a run of words in the phrase catalogue: as written, or through the lemmas of its words (a page
// says "Numer telefonu", the catalogue holds another form of the same words).
import type { LookupService } from '../dictionary/lookup';
import type { Catalogue, CatalogueEntry } from './catalogue';
import type { GlossaryDeps } from './gloss-types';
import { agreeWithForm } from './lemma-agreement';

// Catalogue keys by lemmas, built once per catalogue and dictionary service.
const lemmaIndexes = new WeakMap<Catalogue, WeakMap<LookupService, Map<string, CatalogueEntry>>>();

function canonicalLemma(word: string, lookup: LookupService): string {
  const lemmas = lookup.lemmas(word, 'pl').map((l) => l.lemma.toLowerCase());
  if (lemmas.length === 0) return word;
  return lemmas.sort()[0]!;
}

function lemmaKey(words: string[], lookup: LookupService): string {
  return words.map((w) => canonicalLemma(w, lookup)).join(' ');
}

function lemmaIndex(catalogue: Catalogue, lookup: LookupService): Map<string, CatalogueEntry> {
  let byLookup = lemmaIndexes.get(catalogue);
  if (!byLookup) lemmaIndexes.set(catalogue, (byLookup = new WeakMap()));
  let index = byLookup.get(lookup);
  if (!index) {
    index = new Map();
    for (const [key, entry] of catalogue.entries) {
      const lk = lemmaKey(key.split(' '), lookup);
      // A hand-written or better-attested entry keeps its place when two keys share lemmas.
      const held = index.get(lk);
      if (!held || entry.sources.length > held.sources.length) index.set(lk, entry);
    }
    byLookup.set(lookup, index);
  }
  return index;
}

/** The catalogue entry for these words, exactly or through lemmas. */
export function findPhrase(words: string[], deps: GlossaryDeps): { entry: CatalogueEntry; byLemma: boolean } | null {
  const entry = deps.catalogue.entries.get(words.join(' '));
  if (entry) return { entry, byLemma: false };
  if (!deps.lookup) return null;
  const viaLemma = lemmaIndex(deps.catalogue, deps.lookup).get(lemmaKey(words, deps.lookup));
  // A phrase in forms of another word class ("używa plików", a verb, against "nieużywane pliki") is another
  // phrase; a single word is kept (English often has one word for both: "Wesprzyj"/"Wsparcie" → "Support").
  if (!viaLemma || (words.length > 1 && agreeWithForm(words, viaLemma.pl, viaLemma.en, deps.lookup, (en) => en) === null)) return null;
  return { entry: viaLemma, byLemma: true };
}
