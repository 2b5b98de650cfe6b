// Decide a page's character encoding the way browsers do (WHATWG Encoding + HTML "determining the character
// encoding"): byte order mark, then a <meta charset> / http-equiv prescan of the first 1024 bytes, then a sniffer
// for undeclared pages tuned to the two Polish legacy encodings (windows-1250 and ISO-8859-2).

export interface Decoded {
  text: string;
  /** Canonical WHATWG name of the encoding used, e.g. "utf-8", "windows-1250", "iso-8859-2", "utf-16le". */
  encoding: string;
  /** How it was decided. */
  source: 'bom' | 'meta' | 'mime' | 'sniff';
}

/** Encoding named by a byte order mark, and the BOM's length. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** Canonical encoding name for a label, or null when TextDecoder does not know it. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function latin1(bytes: Uint8Array, end: number): string {
  let s = '';
  const n = Math.min(end, bytes.length);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** `charset=` parameter of a Content-Type value (HTML "extracting a character encoding from a meta element"). */
export function charsetParam(value: string): string | null {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(value);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/**
 * The encoding declared by <meta charset> or <meta http-equiv="content-type" content="...charset=..."> within the
 * first 1024 bytes (a simplified WHATWG prescan: comments are skipped, attributes read in any order).
 */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes, 1024).replace(/<!--[\s\S]*?-->/g, '');
  const metaTag = /<meta\b([^>]*)>/gi;
  for (let m = metaTag.exec(head); m; m = metaTag.exec(head)) {
    const attrs = m[1]!;
    const charset = /\bcharset\s*=\s*["']?([^\s"'/>;]+)/i.exec(attrs);
    const httpEquiv = /\bhttp-equiv\s*=\s*["']?content-type/i.test(attrs);
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    let label: string | null = null;
    if (httpEquiv && content) label = charsetParam(content[1] ?? content[2] ?? content[3] ?? '');
    else if (charset && !/\bcontent\s*=/i.test(attrs)) label = charset[1]!;
    if (!label) continue;
    const name = canonicalEncoding(label);
    if (!name) continue;
    // WHATWG: a meta declaring UTF-16 means UTF-8 (the bytes being ASCII-compatible proves it is not UTF-16).
    if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8';
    if (name === 'x-user-defined') return 'windows-1252';
    return name;
  }
  return null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The bytes decoded as UTF-8, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  return strictUtf8(bytes) !== null;
}

/**
 * Sniff an undeclared page: valid UTF-8 is UTF-8; otherwise choose between windows-1250 and ISO-8859-2 by the bytes
 * where they differ for Polish letters. windows-1250 puts ą ś ź Ą Ś Ź at B9 9C 9F A5 8C 8F; ISO-8859-2 puts them at
 * B1 B6 BC A1 A6 AC (which are ± ¶ Ľ ˇ ¦ Ź-less symbols in windows-1250), and ISO-8859-2 has only controls in 80–9F.
 * `mayBeUtf8: false` skips the UTF-8 check when the caller has just failed a strict UTF-8 decode.
 */
export function sniffEncoding(bytes: Uint8Array, mayBeUtf8 = true): string {
  if (mayBeUtf8 && isValidUtf8(bytes)) return 'utf-8';
  let win = 0;
  let iso = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b >= 0x80 && b <= 0x9f) win += b === 0x9c || b === 0x9f || b === 0x8c || b === 0x8f ? 2 : 1;
    else if (b === 0xb9 || b === 0xa5) win += 2;
    else if (b === 0xb1 || b === 0xb6 || b === 0xbc || b === 0xa1 || b === 0xa6 || b === 0xac) iso += 2;
  }
  return iso > win ? 'iso-8859-2' : 'windows-1250';
}

/** Decode an HTML page's bytes; `declared` is a charset from outside (an MHTML part's Content-Type). */
export function decodeHtml(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, source: 'bom' };
  const fromMime = declared ? canonicalEncoding(declared) : null;
  const named = fromMime ?? prescanMetaCharset(bytes);
  if (named) {
    // A page re-saved as UTF-8 often keeps its old legacy declaration; legacy-encoded letters are practically never
    // valid UTF-8, so non-ASCII bytes that form valid UTF-8 overrule a single-byte label.
    if (named !== 'utf-8' && !named.startsWith('utf-16') && hasNonAscii(bytes)) {
      const utf8 = strictUtf8(bytes); // checking and decoding are one pass
      if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'sniff' };
    }
    return { text: new TextDecoder(named).decode(bytes), encoding: named, source: fromMime ? 'mime' : 'meta' };
  }
  return sniffAndDecode(bytes);
}

/** Sniff and decode in one pass over valid UTF-8 (the common case), two otherwise. */
function sniffAndDecode(bytes: Uint8Array): Decoded {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'sniff' };
  const sniffed = sniffEncoding(bytes, false);
  return { text: new TextDecoder(sniffed).decode(bytes), encoding: sniffed, source: 'sniff' };
}

/** Decode a plain-text file: BOM, else the sniffer. */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, source: 'bom' };
  return sniffAndDecode(bytes);
}
