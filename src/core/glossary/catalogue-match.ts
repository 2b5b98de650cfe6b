// Finding a run of words in the phrase catalogue: as written, or through the lemmas of its words (a page
// says "Numer telefonu", the catalogue holds another form of the same words).
import type { LookupService } from '../dictionary/lookup';
import type { Catalogue, CatalogueEntry } from './catalogue';
import type { GlossaryDeps } from './gloss-types';
import { agreeWithForm } from './lemma-agreement';

// Catalogue keys by lemmas, built once per catalogue and dictionary service. A form can have several lemmas
// ("dania" is danie, dać or Dania), so a phrase is keyed by every reading of its words, and a run of page
// words is looked up through every reading of its own: either side may carry the lemma the other needs.
const lemmaIndexes = new WeakMap<Catalogue, WeakMap<LookupService, Map<string, CatalogueEntry>>>();

// Bounds: a word rarely has more than a few lemmas; the product over a phrase is capped all the same.
const MAX_READINGS_PER_WORD = 6;
const MAX_KEYS_PER_PHRASE = 32;

// A reading is a lemma with its word class ("działać:verb" for "działamy", "działać:ger" for "działania"), so
// a finite verb never meets the catalogue's noun-like gerund through their shared lemma; an adjective keeps its
// degree, as "najlepszy" (best) is a form of "dobry".
// A catalogue word that is a base form itself ("dostawa", delivery) is read as that base form only, not as a
// rare inflection of another lemma (an old form of "dostawać", to get).
function wordReadings(word: string, lookup: LookupService, preferBaseForm = false): string[] {
  const readings = new Set<string>();
  let analyses = lookup.lemmas(word, 'pl');
  if (preferBaseForm) {
    const asBase = analyses.filter((a) => a.lemma.toLowerCase() === word.toLowerCase());
    if (asBase.length > 0) analyses = asBase;
  }
  for (const { lemma, tags } of analyses) {
    // A dictionary without tags still gives the lemma.
    for (const tag of tags.length > 0 ? tags : ['']) {
      const parts = tag.split(':');
      const wordClass = parts[0] === 'adj' ? `adj.${parts[parts.length - 1]}` : parts[0];
      readings.add(`${lemma.toLowerCase()}:${wordClass}`);
    }
  }
  return readings.size === 0 ? [word] : [...readings].sort().slice(0, MAX_READINGS_PER_WORD);
}

/** Every lemma key of these words (one reading per word), at most MAX_KEYS_PER_PHRASE, in a stable order. */
export function lemmaKeys(words: string[], lookup: LookupService, preferBaseForm = false): string[] {
  let keys: string[][] = [[]];
  for (const word of words) {
    const readings = wordReadings(word, lookup, preferBaseForm);
    const next: string[][] = [];
    for (const key of keys) {
      for (const reading of readings) {
        if (next.length >= MAX_KEYS_PER_PHRASE) break;
        next.push([...key, reading]);
      }
    }
    keys = next;
  }
  return keys.map((k) => k.join(' '));
}

function lemmaIndex(catalogue: Catalogue, lookup: LookupService): Map<string, CatalogueEntry> {
  let byLookup = lemmaIndexes.get(catalogue);
  if (!byLookup) lemmaIndexes.set(catalogue, (byLookup = new WeakMap()));
  let index = byLookup.get(lookup);
  if (!index) {
    index = new Map();
    for (const [key, entry] of catalogue.entries) {
      for (const lk of lemmaKeys(key.split(' '), lookup, true)) {
        // A hand-written or better-attested entry keeps its place when two keys share lemmas.
        const held = index.get(lk);
        if (!held || entry.sources.length > held.sources.length) index.set(lk, entry);
      }
    }
    byLookup.set(lookup, index);
  }
  return index;
}

/**
 * The catalogue entry for these words, exactly or through lemmas. For a whole string (wholeString), a desktop-only
 * phrase written exactly so answers too (Catalogue.wholeStrings).
 */
export function findPhrase(words: string[], deps: GlossaryDeps, wholeString = false): { entry: CatalogueEntry; byLemma: boolean } | null {
  const entry = deps.catalogue.entries.get(words.join(' '));
  if (entry) return { entry, byLemma: false };
  const desktop = wholeString ? deps.catalogue.wholeStrings?.get(words.join(' ')) : undefined;
  if (desktop) return { entry: desktop, byLemma: false };
  if (!deps.lookup) return null;
  const lookup = deps.lookup;
  const index = lemmaIndex(deps.catalogue, lookup);
  const candidates: CatalogueEntry[] = [];
  for (const key of lemmaKeys(words, lookup)) {
    const found = index.get(key);
    if (found && !candidates.includes(found)) candidates.push(found);
  }
  // Better-attested entries first; the sort is stable, so ties keep the order of the readings.
  candidates.sort((a, b) => b.sources.length - a.sources.length);
  for (const viaLemma of candidates) {
    // A phrase in forms of another word class ("używa plików", a verb, against "nieużywane pliki") is another
    // phrase; a single word is kept (English often has one word for both: "Wesprzyj"/"Wsparcie" → "Support").
    if (words.length > 1 && agreeWithForm(words, viaLemma.pl, viaLemma.en, lookup, (en) => en) === null) continue;
    return { entry: viaLemma, byLemma: true };
  }
  return null;
}
