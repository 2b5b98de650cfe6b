// English → Polish through pol-eng's English translations: eng-pol (16,000 headwords, 1992) lacks basic words
// (time, new, country, get) that pol-eng (Wiktionary) has as translations. Built once by
// scripts/fetch-dictionaries.ts into a compact text file, one line per English key, sorted for SortedLines:
//   english-key<TAB>polish-key|polish-key|…   (pol-eng index keys, best first)
import { dictdKey, type DictdDatabase } from './dictd';
import { parsePolEngDefinition } from './freedict-entries';
import { SortedLines, sortLinesByKey } from './sorted-lines';

const MAX_PER_KEY = 12;

/** The reverse-index key of an English translation: "to flee (from)" → "flee", "a country" → "country". */
export function reverseKey(translation: string): string {
  const plain = translation
    .replace(/\([^()]*\)|\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .replace(/^\s*(to|a|an|the)\s+/, '');
  return dictdKey(plain);
}

/** Build the reverse index text from a pol-eng database. Earlier senses and earlier translations rank first. */
export function buildReverseIndex(polEng: DictdDatabase): string {
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
  const lines: string[] = [];
  for (const key of ranked.keys()) {
    const seen = new Set<string>();
    const pls = ranked.get(key)!
      .sort((a, b) => a.score - b.score || a.pl.length - b.pl.length)
      .map((r) => r.pl)
      .filter((pl) => !seen.has(pl) && seen.add(pl))
      .slice(0, MAX_PER_KEY);
    lines.push(`${key}\t${pls.join('|')}`);
  }
  return sortLinesByKey(lines).join('\n') + '\n';
}

export interface ReverseIndex {
  /** pol-eng keys whose translations include this English key, best first. */
  get(englishKey: string): string[];
  has(englishKey: string): boolean;
}

/** Open the reverse index (UTF-8 bytes sorted by key); looked up by binary search, each list split when asked for. */
export function parseReverseIndex(text: Uint8Array | string): ReverseIndex {
  const table = new SortedLines(text);
  return {
    get: (key) => table.get(key)?.split('|') ?? [],
    has: (key) => table.has(key),
  };
}
