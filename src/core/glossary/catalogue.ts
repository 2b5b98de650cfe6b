// The phrase catalogue: Polish interface phrases keyed by their normal form (normalise.ts), each with
// its English original and the localisation catalogues that agree on it.
import { normaliseKey } from './normalise';

export const HAND_WRITTEN_SOURCE = 'glosa-news-chrome';
/** Source id of resources/glossary/site-chrome.tsv (shops, forums, accounts, banking, webmail, government). */
export const SITE_CHROME_SOURCE = 'glosa-site-chrome';

/** A further hand-written file (`Polish \t English`) and the source id its entries carry. */
export interface HandWrittenPart { source: string; tsv: string }

export interface CatalogueEntry {
  /** Polish as most sources spell it. */
  pl: string;
  en: string;
  sources: string[];
}

export interface Catalogue {
  /** normaliseKey(pl) → entry. */
  entries: Map<string, CatalogueEntry>;
  /** Longest key, in words: bounds the search for phrases inside longer strings. */
  maxWords: number;
  /** Number of entries each source contributes (an entry counts for every source that agrees on it). */
  sourceCounts: Record<string, number>;
  /**
   * Phrases only desktop software gives (resources/glossary/catalogue-desktop.tsv): answers for a whole string
   * written exactly so, never through lemmas, inside longer strings or as evidence of a word's web sense, where
   * their desktop senses ("Mapa bitowa" → "Bitmap") would mislead.
   */
  wholeStrings: Map<string, CatalogueEntry>;
}

/**
 * Builds the catalogue from the mined file (`key \t Polish \t English \t sources`), the hand-written
 * news-chrome file (`Polish \t English`) and further hand-written parts, later ones winning, and the mined
 * desktop-only file (same columns as the mined one). Lines starting with "#" are comments. Hand-written entries
 * win over mined ones.
 */
export function parseCatalogue(minedTsv: string, handWrittenTsv = '', moreHandWritten: HandWrittenPart[] = [], wholeStringsTsv = ''): Catalogue {
  const entries = new Map<string, CatalogueEntry>();
  const wholeStrings = new Map<string, CatalogueEntry>();
  for (const line of wholeStringsTsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [key, pl, en, sources] = line.split('\t');
    if (key && pl && en && key !== normaliseKey(en)) wholeStrings.set(key, { pl, en, sources: sources ? sources.split(',') : [] });
  }
  const add = (key: string, entry: CatalogueEntry): void => {
    // Identical on both sides ("Newsletter", "Sport"): nothing to translate.
    if (!key || key === normaliseKey(entry.en)) return;
    entries.set(key, entry);
  };
  for (const line of minedTsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [key, pl, en, sources] = line.split('\t');
    if (!key || !pl || !en) continue;
    add(key, { pl, en, sources: sources ? sources.split(',') : [] });
  }
  for (const part of [{ source: HAND_WRITTEN_SOURCE, tsv: handWrittenTsv }, ...moreHandWritten]) {
    for (const line of part.tsv.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [pl, en] = line.split('\t').map((s) => s.trim());
      if (!pl || !en) continue;
      const key = normaliseKey(pl);
      // Sources that agree with the hand-written English are kept as corroboration.
      const held = entries.get(key);
      const agreeing = held && normaliseKey(held.en) === normaliseKey(en) ? held.sources.filter((s) => s !== part.source) : [];
      add(key, { pl, en, sources: [part.source, ...agreeing] });
    }
  }
  let maxWords = 1;
  const sourceCounts: Record<string, number> = {};
  for (const [key, entry] of entries) {
    maxWords = Math.max(maxWords, key.split(' ').length);
    for (const s of entry.sources) sourceCounts[s] = (sourceCounts[s] ?? 0) + 1;
  }
  for (const key of entries.keys()) wholeStrings.delete(key);
  for (const entry of wholeStrings.values()) for (const s of entry.sources) sourceCounts[s] = (sourceCounts[s] ?? 0) + 1;
  return { entries, maxWords, sourceCounts, wholeStrings };
}
