// Reader for dictd databases (the format FreeDict ships): an `.index` text file of
// "headword<TAB>offset<TAB>length" lines, numbers in dictd's base64 (A-Z a-z 0-9 + /, most significant digit
// first), pointing into the `.dict` text (`.dict.dz` is dictzip, i.e. gzip: the host gunzips it).
// dictd normalises index keys (dictfmt --allchars off): lowercase, letters, digits and spaces only.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** A dictd base64 number ("BQ" → 16). */
export function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const c of text) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`dictd index: bad base64 digit "${c}" in "${text}"`);
    value = value * 64 + digit;
  }
  return value;
}

/** The key a word or phrase has in a dictd index: lowercase, letters, digits and single spaces only. */
export function dictdKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim();
}

export interface DictdDatabase {
  name: string;
  /** Raw definition texts stored under a key (already normalised with dictdKey). */
  definitions(key: string): string[];
  has(key: string): boolean;
  keys(): IterableIterator<string>;
}

/** Index lines → key → flat [offset, length, offset, length, …]; dictd's own "00database…" entries dropped. */
export function parseDictdIndex(indexText: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  let start = 0;
  while (start < indexText.length) {
    let end = indexText.indexOf('\n', start);
    if (end < 0) end = indexText.length;
    const tab1 = indexText.indexOf('\t', start);
    const tab2 = tab1 < 0 ? -1 : indexText.indexOf('\t', tab1 + 1);
    if (tab2 > 0 && tab2 < end) {
      const key = indexText.slice(start, tab1);
      if (!key.startsWith('00database')) {
        const offset = decodeDictdNumber(indexText.slice(tab1 + 1, tab2));
        const length = decodeDictdNumber(indexText.slice(tab2 + 1, end).trimEnd());
        const slot = index.get(key);
        if (slot) slot.push(offset, length);
        else index.set(key, [offset, length]);
      }
    }
    start = end + 1;
  }
  return index;
}

/** A dictd database over an index text and the uncompressed `.dict` bytes; definitions are decoded on demand. */
export function openDictd(name: string, indexText: string, dictBytes: Uint8Array): DictdDatabase {
  const index = parseDictdIndex(indexText);
  const decoder = new TextDecoder('utf-8');
  return {
    name,
    definitions(key) {
      const slots = index.get(key);
      if (!slots) return [];
      const out: string[] = [];
      for (let i = 0; i < slots.length; i += 2) {
        out.push(decoder.decode(dictBytes.subarray(slots[i]!, slots[i]! + slots[i + 1]!)));
      }
      return out;
    },
    has: (key) => index.has(key),
    keys: () => index.keys(),
  };
}
