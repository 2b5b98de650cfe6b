// Which reader a file goes to: by its extension first, then by its first bytes for unknown extensions.
import type { DocumentFormat, UserError } from '../../shared/types';
import { bomEncoding } from './decode-encoding';

const HTML_EXT = /\.(html?|xhtml|xht|shtml)$/i;
const MHTML_EXT = /\.(mhtml?|mht)$/i;
const TEXT_EXT = /\.(txt|text)$/i;
/** Formats people may try that Glosa does not read: named in the message rather than called "binary". */
const OTHER_EXT = /\.(pdf|docx?|odt|rtf|epub|mobi|xlsx?|pptx?|zip|gz|7z|rar|png|jpe?g|gif|webp|svg|mp[34]|json|xml)$/i;

/** Bytes that no text file contains: NUL, or a share of C0 controls (other than tab, CR, LF, FF, ESC) over 10%. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)?.encoding.startsWith('utf-16')) return false;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  return controls > n * 0.1;
}

/**
 * The head's leading header block (RFC 5322: `Name: value` lines and their folded continuations, up to the first
 * line that is neither), unfolded, one header a line. Read line by line: a regular expression over the whole block
 * can backtrack exponentially on CRLF lines (`curl -i` output starts like that).
 */
function leadingHeaders(head: string): string[] {
  const headers: string[] = [];
  for (const raw of head.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length) headers[headers.length - 1] += ' ' + line.trim();
    else if (/^[\w-]+:/.test(line)) headers.push(line);
    else if (line.trim() === '' && headers.length === 0) continue; // blank lines before the first header
    else break;
  }
  return headers;
}

function startsLikeMhtml(head: string): boolean {
  const headers = leadingHeaders(head);
  return headers.some((h) => /^content-type:\s*multipart\/related/i.test(h)) && headers.some((h) => /^mime-version:/i.test(h));
}

/** `<` of the first tag after an optional XML declaration, comments and white space, or -1. Linear: each step
 * moves past one construct found with indexOf. */
function firstTagIndex(head: string): number {
  let i = 0;
  const skipSpace = (): void => {
    while (i < head.length && /\s/.test(head[i]!)) i++;
  };
  skipSpace();
  if (head.startsWith('<?xml', i)) {
    const end = head.indexOf('>', i);
    if (end < 0) return -1;
    i = end + 1;
    skipSpace();
  }
  while (head.startsWith('<!--', i)) {
    const end = head.indexOf('-->', i + 4);
    if (end < 0) return -1;
    i = end + 3;
    skipSpace();
  }
  return i < head.length && head[i] === '<' ? i : -1;
}

function startsLikeHtml(head: string): boolean {
  const at = firstTagIndex(head);
  return at >= 0 && /^<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|article)\b/i.test(head.slice(at, at + 64));
}

export function detectFormat(name: string, bytes: Uint8Array): { ok: true; format: DocumentFormat } | { ok: false; error: UserError } {
  if (bytes.length === 0) return { ok: false, error: { code: 'file-empty', params: { name } } };
  const ext = /\.[^./\\]+$/.exec(name)?.[0] ?? '';
  if (OTHER_EXT.test(name)) return { ok: false, error: { code: 'unsupported-format', params: { name, ext } } };
  if (looksBinary(bytes)) return { ok: false, error: { code: 'file-binary', params: { name } } };
  let head = '';
  const bom = bomEncoding(bytes);
  head = new TextDecoder(bom?.encoding ?? 'windows-1252').decode(bytes.subarray(bom?.length ?? 0, 4096));
  if (MHTML_EXT.test(name)) return { ok: true, format: 'mhtml' };
  if (HTML_EXT.test(name)) return { ok: true, format: startsLikeMhtml(head) ? 'mhtml' : 'html' };
  if (TEXT_EXT.test(name)) return { ok: true, format: 'text' };
  if (startsLikeMhtml(head)) return { ok: true, format: 'mhtml' };
  if (startsLikeHtml(head)) return { ok: true, format: 'html' };
  if (ext === '' || /^\.[a-z0-9]{1,5}$/i.test(ext)) {
    // No or unknown extension but plain text: read it as a text dump.
    if (head.trim().length > 0) return { ok: true, format: 'text' };
  }
  return { ok: false, error: { code: 'unsupported-format', params: { name, ext } } };
}
