// MHTML as Chrome saves single-file pages: a MIME multipart/related message (RFC 2557, RFC 2046) whose first
// text/html part is the page and whose other parts are its resources, each named by Content-Location (or
// Content-ID for cid: references), encoded quoted-printable (RFC 2045 §6.7) or base64.

export interface MhtmlPart {
  headers: Map<string, string>;
  contentType: string;
  charset: string | null;
  location: string | null;
  contentId: string | null;
  body: Uint8Array;
}

export interface MhtmlDocument {
  html: MhtmlPart;
  /** Resource URL (Content-Location, and "cid:ID") → its part, for images only. The caller makes one URL per
   * part, however many references there are (a data: URL copied into each would multiply the image). */
  images: Map<string, MhtmlPart>;
  parts: MhtmlPart[];
}

export class MhtmlError extends Error {}

/** A part as a data: URL. */
export function dataUrl(part: MhtmlPart): string {
  return `data:${part.contentType};base64,${btoa(binaryString(part.body))}`;
}

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

/** Header block → lower-cased names, unfolded values (RFC 5322 §2.2.3). */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

export function decodeQuotedPrintable(binary: string): Uint8Array {
  const s = binary.replace(/=\r?\n/g, '');
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function decodeBase64(binary: string): Uint8Array {
  return bytesOf(atob(binary.replace(/[^A-Za-z0-9+/=]/g, '').replace(/=+$/, (pad) => pad.slice(0, 2))));
}

function splitHead(text: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return [text, ''];
  return [text.slice(0, m.index), text.slice(m.index + m[0].length)];
}

export function parseMhtml(bytes: Uint8Array): MhtmlDocument {
  const text = binaryString(bytes);
  const [headBlock, body] = splitHead(text);
  const headers = parseHeaders(headBlock);
  const type = headers.get('content-type') ?? '';
  if (!/^multipart\//i.test(type)) throw new MhtmlError('not a multipart message');
  const boundary = param(type, 'boundary');
  if (!boundary) throw new MhtmlError('no boundary');
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter);
  const parts: MhtmlPart[] = [];
  // chunks[0] is the preamble; a chunk starting with "--" follows the close delimiter (epilogue).
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const [partHead, partBody] = splitHead(chunk.replace(/^[ \t]*\r?\n/, ''));
    const ph = parseHeaders(partHead);
    const ctype = ph.get('content-type') ?? 'text/plain';
    const encoding = (ph.get('content-transfer-encoding') ?? '7bit').toLowerCase();
    const raw = partBody.replace(/\r?\n$/, '');
    let decoded: Uint8Array;
    try {
      decoded = encoding === 'base64' ? decodeBase64(raw) : encoding === 'quoted-printable' ? decodeQuotedPrintable(raw) : bytesOf(raw);
    } catch {
      throw new MhtmlError(`part ${parts.length + 1}: bad ${encoding}`);
    }
    parts.push({
      headers: ph,
      contentType: ctype.split(';')[0]!.trim().toLowerCase(),
      charset: param(ctype, 'charset'),
      location: ph.get('content-location') ?? null,
      contentId: ph.get('content-id')?.replace(/^<|>$/g, '') ?? null,
      body: decoded,
    });
  }
  const html = parts.find((p) => p.contentType === 'text/html') ?? parts.find((p) => p.contentType === 'application/xhtml+xml');
  if (!html) throw new MhtmlError(parts.length ? 'no text/html part' : 'no parts');
  const images = new Map<string, MhtmlPart>();
  for (const part of parts) {
    if (!part.contentType.startsWith('image/')) continue;
    if (part.location) images.set(part.location, part);
    if (part.contentId) images.set(`cid:${part.contentId}`, part);
  }
  return { html, images, parts };
}
