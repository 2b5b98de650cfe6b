// A read-only table over "key<TAB>value" lines sorted by key in UTF-16 code-unit order (JavaScript's default
// sort, which is how scripts/fetch-dictionaries.ts writes them): found by binary search over the text itself,
// so opening one costs a scan for line starts instead of building a hash map of every key.

const TAB = 9;
const NEWLINE = 10;

export class SortedLines {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count + 1);
    let n = 0;
    let start = 0;
    while (start < text.length) {
      starts[n++] = start;
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      start = end + 1;
    }
    this.starts = starts.subarray(0, n);
  }

  get size(): number {
    return this.starts.length;
  }

  /** The value of the first line with this key, or undefined. */
  get(key: string): string | undefined {
    const line = this.find(key);
    if (line < 0) return undefined;
    const start = this.starts[line]! + key.length + 1;
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    return this.text.slice(start, end);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** Index of the first line whose key equals `key`, or -1. */
  private find(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(key, this.starts[mid]!);
      if (c === 0) {
        found = mid;
        hi = mid - 1;
      } else if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return found;
  }

  /** Order of `key` against the key of the line starting at `at` (which ends at its tab). */
  private compare(key: string, at: number): number {
    const text = this.text;
    for (let i = 0; ; i++) {
      const l = at + i < text.length ? text.charCodeAt(at + i) : NEWLINE;
      const lineEnded = l === TAB || l === NEWLINE;
      if (i === key.length) return lineEnded ? 0 : -1;
      if (lineEnded) return 1;
      const k = key.charCodeAt(i);
      if (k !== l) return k - l;
    }
  }
}
