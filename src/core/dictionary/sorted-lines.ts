// A read-only table over UTF-8 bytes of "key<TAB>value" lines sorted by the key's UTF-8 bytes (a key that is a
// prefix of another sorts first; a key may have several lines, kept in their order). scripts/fetch-dictionaries.ts
// writes the tables in that order (compareKeyBytes). Opening a table makes a hash table of where each key's first
// line starts (an Int32Array of byte positions, 4 bytes a slot, half full at most): a lookup hashes the key's
// bytes and compares one or two lines, where a binary search compared about 17 spread over the buffer, 1.2 µs
// a key, 10–12 keys a word. Nothing is decoded to a string when opening. Hashing the 150,000 lines of the
// dictionaries' five tables takes about 60 ms of the load (npm run bench, dict_load_ms), in place of 10 µs a word.

const TAB = 9;
const NEWLINE = 10;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** Order of two keys as the tables are sorted: by UTF-8 bytes (what Buffer.compare gives on the encoded keys). */
export function compareKeyBytes(a: string, b: string): number {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** "key<TAB>value" lines sorted for SortedLines (stable: lines of one key keep their order). */
export function sortLinesByKey(lines: string[]): string[] {
  const keyed = lines.map((line) => {
    const tab = line.indexOf('\t');
    return { line, key: encoder.encode(tab < 0 ? line : line.slice(0, tab)) };
  });
  keyed.sort((a, b) => {
    const n = Math.min(a.key.length, b.key.length);
    for (let i = 0; i < n; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return a.key.length - b.key.length;
  });
  return keyed.map((k) => k.line);
}

/** FNV-1a over bytes [start, end): the hash of a key, the same for the key's line and for the key looked up. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h;
}

export class SortedLines {
  private readonly bytes: Uint8Array;
  /** Open addressing, linear probing: the byte position of each key's first line, -1 for an empty slot. */
  private readonly slots: Int32Array;
  // The key being looked up, encoded into a reused buffer (no allocation per lookup).
  private scratch = new Uint8Array(256);
  private keyLength = 0;

  constructor(bytes: Uint8Array | string) {
    this.bytes = typeof bytes === 'string' ? encoder.encode(bytes) : bytes;
    this.slots = this.hashKeys();
  }

  private hashKeys(): Int32Array {
    const bytes = this.bytes;
    let lines = 0;
    for (let at = 0; at < bytes.length; at = this.lineEnd(at) + 1) lines++;
    let size = 16;
    while (size < lines * 2) size *= 2;
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    let previous = -1;
    let previousLength = -1;
    for (let at = 0; at < bytes.length; ) {
      let tab = at;
      while (tab < bytes.length && bytes[tab] !== TAB && bytes[tab] !== NEWLINE) tab++;
      const length = tab - at;
      // A key's later lines follow its first: only the first goes in.
      let sameKey = length === previousLength;
      for (let i = 0; sameKey && i < length; i++) sameKey = bytes[at + i] === bytes[previous + i];
      if (!sameKey && length > 0) {
        let slot = hashBytes(bytes, at, tab) & mask;
        while (slots[slot] !== -1) slot = (slot + 1) & mask;
        slots[slot] = at;
        previous = at;
        previousLength = length;
      }
      at = this.lineEnd(tab) + 1;
    }
    return slots;
  }

  /** The value of the first line with this key, or undefined. */
  get(key: string): string | undefined {
    const at = this.find(key);
    return at < 0 ? undefined : this.valueAt(at + this.keyLength + 1);
  }

  /** Values of every line with this key, in file order. */
  getAll(key: string): string[] {
    const out: string[] = [];
    this.forEachValue(key, (bytes, start, end) => out.push(decoder.decode(bytes.subarray(start, end))));
    return out;
  }

  /** Calls `f` with the table's bytes and the [start, end) of each value under this key, in file order. */
  forEachValue(key: string, f: (bytes: Uint8Array, start: number, end: number) => void): void {
    for (let at = this.find(key); at >= 0 && at < this.bytes.length; ) {
      const start = at + this.keyLength + 1;
      const end = this.lineEnd(start);
      f(this.bytes, start, end);
      at = end + 1;
      if (!this.hasKeyAt(at)) break;
    }
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** Every distinct key, in table order (for building derived data, not for lookups). */
  *keys(): IterableIterator<string> {
    let previous: string | null = null;
    for (let at = 0; at < this.bytes.length; ) {
      const end = this.lineEnd(at);
      let tab = at;
      while (tab < end && this.bytes[tab] !== TAB) tab++;
      if (tab < end) {
        const key = decoder.decode(this.bytes.subarray(at, tab));
        if (key !== previous) yield key;
        previous = key;
      }
      at = end + 1;
    }
  }

  /** About `count` keys spread evenly over the table (the key of the line at each 1/count of its bytes). */
  sampleKeys(count: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      let at = Math.floor((this.bytes.length * i) / count);
      while (at > 0 && this.bytes[at - 1] !== NEWLINE) at--;
      const tab = this.bytes.indexOf(TAB, at);
      if (tab > at && tab < this.lineEnd(at)) out.push(decoder.decode(this.bytes.subarray(at, tab)));
    }
    return [...new Set(out)];
  }

  /** Byte position of the first line whose key equals `key`, or -1. */
  private find(key: string): number {
    if (!this.encodeKey(key) || this.keyLength === 0) return -1;
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hashBytes(this.scratch, 0, this.keyLength) & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot]!;
      if (at < 0) return -1;
      if (this.hasKeyAt(at)) return at;
    }
  }

  /** The key in the scratch buffer, false when a key has a tab or newline (no line can have it). */
  private encodeKey(key: string): boolean {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3);
    const { written } = encoder.encodeInto(key, this.scratch);
    this.keyLength = written;
    for (let i = 0; i < written; i++) if (this.scratch[i] === TAB || this.scratch[i] === NEWLINE) return false;
    return true;
  }

  /** Is the key of the line starting at `at` (which ends at its tab) the scratch key? */
  private hasKeyAt(at: number): boolean {
    const bytes = this.bytes;
    const n = this.keyLength;
    if (at + n > bytes.length) return false;
    for (let i = 0; i < n; i++) if (bytes[at + i] !== this.scratch[i]) return false;
    return at + n === bytes.length || bytes[at + n] === TAB || bytes[at + n] === NEWLINE;
  }

  private lineEnd(from: number): number {
    const end = this.bytes.indexOf(NEWLINE, from);
    return end < 0 ? this.bytes.length : end;
  }

  private valueAt(start: number): string {
    return decoder.decode(this.bytes.subarray(start, this.lineEnd(start)));
  }
}
