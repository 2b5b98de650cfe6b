// Reader for dictd databases (the format FreeDict ships): an `.index` text file of
// "headword<TAB>offset<TAB>length" lines, numbers in dictd's base64 (A-Z a-z 0-9 + /, most significant digit
// first), pointing into the `.dict` text (FreeDict ships `.dict.dz`, dictzip, i.e. gzip; the fetch script stores
// it uncompressed so that a definition is one positional read).
import { SortedLines, sortLinesByKey } from './sorted-lines';
import { oneLine } from '../text/spaces';

// dictd normalises index keys (dictfmt --allchars off): lowercase, letters, digits and spaces only.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** A dictd base64 number ("BQ" → 80), as text or as the index's bytes; `start`/`end` select a part. */
export function decodeDictdNumber(text: string | Uint8Array, start = 0, end = text.length): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = typeof text === 'string' ? text.charCodeAt(i) : text[i]!;
    const digit = code < 128 ? B64_VALUE[code]! : -1;
    if (digit < 0) throw new Error(`dictd index: bad base64 digit in "${String(text.slice(start, end))}"`);
    value = value * 64 + digit;
  }
  return value;
}

/** A number in dictd's base64 (the inverse of decodeDictdNumber). */
export function encodeDictdNumber(value: number): string {
  let out = '';
  do {
    out = B64[value % 64]! + out;
    value = Math.floor(value / 64);
  } while (value > 0);
  return out;
}

/**
 * A dictd database made of (key, definition) pairs, one definition per pair in the order given: the index
 * sorted as sortDictdIndex writes it and the text the index points into.
 */
export function buildDictd(pairs: Iterable<readonly [key: string, definition: string]>): { index: string; text: string } {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const [key, definition] of pairs) {
    const length = encoder.encode(definition).length;
    lines.push(`${key}\t${encodeDictdNumber(offset)}\t${encodeDictdNumber(length)}`);
    parts.push(definition);
    offset += length;
  }
  return { index: sortLinesByKey(lines).join('\n') + '\n', text: parts.join('') };
}

/** The key a word or phrase has in a dictd index: lowercase, letters, digits and single spaces only. */
export function dictdKey(text: string): string {
  const lowered = text.toLowerCase();
  // Most keys asked for are one plain word already: no new strings for them.
  if (PLAIN_KEY.test(lowered)) return lowered;
  return oneLine(lowered.replace(/[^\p{L}\p{N} ]+/gu, ''));
}

const PLAIN_KEY = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

export interface DictdDatabase {
  name: string;
  /** Raw definition texts stored under a key (already normalised with dictdKey). */
  definitions(key: string): string[];
  has(key: string): boolean;
  keys(): IterableIterator<string>;
  /** About `count` keys spread evenly over the index. */
  sampleKeys(count: number): string[];
}

/**
 * A dictd index re-sorted for SortedLines (by the keys' UTF-8 bytes, a key's lines together in their order),
 * without dictd's own "00database…" entries, which are not definitions. scripts/fetch-dictionaries.ts stores
 * this form beside the `.dict`.
 */
export function sortDictdIndex(indexText: string): string {
  const lines = indexText.split('\n').filter((line) => line.indexOf('\t') > 0 && !line.startsWith('00database'));
  return sortLinesByKey(lines.map((line) => line.replace(/\s+$/, ''))).join('\n') + '\n';
}

/** The bytes of `.dict` text at [offset, offset + length): the whole text in memory, or a reader of the file. */
export type DictText = Uint8Array | string | ((offset: number, length: number) => Uint8Array);

/**
 * A dictd database over a sorted index (sortDictdIndex, as UTF-8 bytes) and the uncompressed `.dict` text.
 * Nothing is parsed when opening: a key is found by its hash (SortedLines), its offsets decoded and its
 * definitions read when asked for.
 */
export function openDictd(name: string, sortedIndex: Uint8Array | string, dict: DictText): DictdDatabase {
  const index = new SortedLines(sortedIndex);
  const text = typeof dict === 'string' ? new TextEncoder().encode(dict) : dict;
  const read = typeof text === 'function' ? text : (offset: number, length: number) => text.subarray(offset, offset + length);
  const decoder = new TextDecoder('utf-8');
  return {
    name,
    definitions(key) {
      const out: string[] = [];
      // Each value is "offset<TAB>length", decoded from the index bytes (no string made of it).
      index.forEachValue(key, (bytes, start, end) => {
        const tab = bytes.indexOf(9, start);
        out.push(decoder.decode(read(decodeDictdNumber(bytes, start, tab), decodeDictdNumber(bytes, tab + 1, end))));
      });
      return out;
    },
    has: (key) => index.has(key),
    keys: () => index.keys(),
    sampleKeys: (count) => index.sampleKeys(count),
  };
}

/** A dictd database whose definition under each key is one JSON value (buildDictd of JSON.stringify's output). */
export interface JsonDictd<T> {
  /** The value under a key, or a new `missing()` when the key is not there. */
  get(key: string): T;
  has(key: string): boolean;
  sampleKeys(count: number): string[];
}

export function openJsonDictd<T>(name: string, sortedIndex: Uint8Array | string, dict: DictText, missing: () => T): JsonDictd<T> {
  const db = openDictd(name, sortedIndex, dict);
  return {
    get(key) {
      const [json] = db.definitions(key);
      return json === undefined ? missing() : (JSON.parse(json) as T);
    },
    has: (key) => db.has(key),
    sampleKeys: (count) => db.sampleKeys(count),
  };
}
