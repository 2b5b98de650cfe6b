// Reader for dictd databases (the format FreeDict ships): an `.index` text file of
// "headword<TAB>offset<TAB>length" lines, numbers in dictd's base64 (A-Z a-z 0-9 + /, most significant digit
// first), pointing into the `.dict` text (`.dict.dz` is dictzip, i.e. gzip: the host gunzips it).
// dictd normalises index keys (dictfmt --allchars off): lowercase, letters, digits and spaces only.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** A dictd base64 number ("BQ" → 16); `start`/`end` select a part of `text`. */
export function decodeDictdNumber(text: string, start = 0, end = text.length): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? B64_VALUE[code]! : -1;
    if (digit < 0) throw new Error(`dictd index: bad base64 digit in "${text.slice(start, end)}"`);
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

/**
 * Index text → key → start of its first line. Offsets are decoded only when a key is asked for; a key's further
 * definitions are on the lines right after (dictd sorts its index). dictd's own "00database…" entries are dropped.
 */
export function parseDictdIndex(indexText: string): Map<string, number> {
  const index = new Map<string, number>();
  let start = 0;
  while (start < indexText.length) {
    let end = indexText.indexOf('\n', start);
    if (end < 0) end = indexText.length;
    const tab = indexText.indexOf('\t', start);
    if (tab > start && tab < end) {
      const key = indexText.slice(start, tab);
      if (!index.has(key) && !key.startsWith('00database')) index.set(key, start);
    }
    start = end + 1;
  }
  return index;
}

/** [offset, length] pairs of every line for `key` from the line starting at `at` on. */
function slotsAt(indexText: string, key: string, at: number): number[] {
  const slots: number[] = [];
  while (at < indexText.length && indexText.startsWith(key, at) && indexText.charCodeAt(at + key.length) === 9) {
    let end = indexText.indexOf('\n', at);
    if (end < 0) end = indexText.length;
    const tab1 = at + key.length;
    const tab2 = indexText.indexOf('\t', tab1 + 1);
    let lenEnd = end;
    while (lenEnd > tab2 && indexText.charCodeAt(lenEnd - 1) <= 32) lenEnd--;
    slots.push(decodeDictdNumber(indexText, tab1 + 1, tab2), decodeDictdNumber(indexText, tab2 + 1, lenEnd));
    at = end + 1;
  }
  return slots;
}

/** A dictd database over an index text and the uncompressed `.dict` bytes; definitions are decoded on demand. */
export function openDictd(name: string, indexText: string, dictBytes: Uint8Array): DictdDatabase {
  const index = parseDictdIndex(indexText);
  const decoder = new TextDecoder('utf-8');
  return {
    name,
    definitions(key) {
      const at = index.get(key);
      if (at === undefined) return [];
      const slots = slotsAt(indexText, key, at);
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
