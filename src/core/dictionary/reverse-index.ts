// English → Polish through pol-eng's English translations: eng-pol (16,000 headwords, 1992) lacks basic words
// (time, new, country, get) that pol-eng (Wiktionary) has as translations. Built once by
// scripts/fetch-dictionaries.ts into a dictd database (index and text, read by dictd.ts) whose definition under
// each English key holds the Polish headwords ready to show, grouped by part of speech (so a lookup reads no
// pol-eng entry at all):
//   [["pos", [{"translations": ["headword"], "note": "gloss" or null}, …]], …]   (JSON; pos "" when unknown; best first)
// Each candidate is stored as the sense the popup shows, so that JSON.parse builds the result directly.
// The gloss is the Polish note of the pol-eng sense that has the English key among its translations.
import { buildDictd, dictdKey, openJsonDictd, type DictdDatabase, type DictText } from './dictd';
import type { Sense } from '../../shared/types';
import { cleanSenses } from './clean-entries';
import { parsePolEngDefinition } from './freedict-entries';

const MAX_PER_KEY = 12;

/** The reverse-index key of an English translation: "to flee (from)" → "flee", "a country" → "country". */
export function reverseKey(translation: string): string {
  const plain = translation
    .replace(/\([^()]*\)|\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .replace(/^\s*(to|a|an|the)\s+/, '');
  return dictdKey(plain);
}

/** Build the reverse index (dictd index and text) from a pol-eng database. Earlier senses and earlier translations rank first. */
export function buildReverseIndex(polEng: DictdDatabase): { index: string; text: string } {
  const ranked = new Map<string, Array<{ pl: string; score: number }>>();
  for (const plKey of polEng.keys()) {
    for (const definition of polEng.definitions(plKey)) {
      const entry = parsePolEngDefinition(definition);
      entry.senses.forEach((sense, i) => {
        sense.translations.forEach((translation, j) => {
          const key = reverseKey(translation);
          if (!key || key.split(' ').length > 6) return;
          const list = ranked.get(key) ?? [];
          list.push({ pl: plKey, score: i * 100 + j + (plKey.includes(' ') ? 50 : 0) });
          ranked.set(key, list);
        });
      });
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const key of ranked.keys()) {
    const seen = new Set<string>();
    const pls = ranked.get(key)!
      .sort((a, b) => a.score - b.score || a.pl.length - b.pl.length)
      .map((r) => r.pl)
      .filter((pl) => !seen.has(pl) && seen.add(pl))
      .slice(0, MAX_PER_KEY);
    pairs.push([key, JSON.stringify(reverseGroups(polEng, key, pls)) + '\n']);
  }
  return buildDictd(pairs);
}

/** Polish headwords with glosses under each pol-eng key, grouped by part of speech in order of first appearance. */
function reverseGroups(polEng: DictdDatabase, englishKey: string, plKeys: string[]): ReverseGroup[] {
  const byPos = new Map<string, Sense[]>();
  for (const plKey of plKeys) {
    for (const pl of polEng.definitions(plKey).map(parsePolEngDefinition)) {
      if (pl.senses.length === 0) continue;
      const sense = pl.senses.find((s) => s.translations.some((t) => reverseKey(t) === englishKey));
      const list = byPos.get(pl.pos ?? '') ?? [];
      list.push({ translations: [pl.headword], note: sense?.note ?? null });
      byPos.set(pl.pos ?? '', list);
    }
  }
  // Stored as displayed (clean-entries.ts: a headword's IPA or markup taken out), so a lookup does not clean them.
  // A group left empty stays: the lookup counts the groups of a key before the display drops an empty one.
  return [...byPos].map(([pos, list]) => [pos, cleanSenses(list)]);
}

/**
 * The Polish headwords of one part of speech ("" when pol-eng gives none), each as the sense the popup shows:
 * the headword as its translation, the Polish gloss of its sense with the English key as its note (or null).
 */
export type ReverseGroup = [pos: string, candidates: Sense[]];

export interface ReverseIndex {
  /** Polish headwords whose pol-eng translations include this English key, by part of speech, best first. */
  get(englishKey: string): ReverseGroup[];
  has(englishKey: string): boolean;
}

/** Open the reverse index from its index and text (UTF-8 bytes): a key is found by its hash, its line parsed when asked for. */
export function openReverseIndex(index: Uint8Array | string, text: DictText): ReverseIndex {
  return openJsonDictd<ReverseGroup[]>('reverse', index, text, () => []);
}
