// A FreeDict dictionary with its entries already parsed, stored as a dictd database (an index and a text, read
// by dictd.ts) whose definition under each key is the JSON of all the key's entries, as ParsedEntry objects:
//   [{"headword": …, "pos": … or null, "ipa": … or null, "senses": [{"translations": [ … ], "note": … or null}]}, …]
// Built by scripts/fetch-dictionaries.ts with the dictd reader and the FreeDict parsers (freedict-entries.ts).
// Parsing a definition takes regular expressions, string splits and many short-lived strings (up to 65 µs for
// a long entry such as "first"); JSON.parse builds the entries directly, with nothing to throw away.
import { buildDictd, openJsonDictd, type DictdDatabase, type DictText } from './dictd';
import type { ParsedEntry } from './freedict-entries';

export interface EntryTable {
  name: string;
  /** The parsed entries under a dictd key (dictdKey), in the dictionary's order; [] when it has none. */
  get(key: string): ParsedEntry[];
  /** Does the key have at least one entry with a sense? */
  has(key: string): boolean;
  /** About `count` keys spread evenly over the table. */
  sampleKeys(count: number): string[];
}

/** The table (dictd index and text) for every key of a dictd database, each definition parsed by `parse`. */
export function buildEntryTable(db: DictdDatabase, parse: (definition: string) => ParsedEntry[]): { index: string; text: string } {
  const pairs: Array<[string, string]> = [];
  for (const key of db.keys()) {
    const entries = db.definitions(key).flatMap(parse).filter((e) => e.senses.length > 0);
    if (entries.length === 0) continue;
    // Written field by field: the JSON has exactly the ParsedEntry shape, whatever the parser's objects hold.
    const stored = entries.map((e): ParsedEntry => ({
      headword: e.headword,
      pos: e.pos,
      ipa: e.ipa,
      senses: e.senses.map((s) => ({ translations: s.translations, note: s.note })),
    }));
    pairs.push([key, JSON.stringify(stored) + '\n']);
  }
  return buildDictd(pairs);
}

/** Open a table from its index and text (UTF-8 bytes): a key is found by its hash, its line parsed when asked for. */
export function openEntryTable(name: string, index: Uint8Array | string, text: DictText): EntryTable {
  return { name, ...openJsonDictd<ParsedEntry[]>(name, index, text, () => []) };
}
