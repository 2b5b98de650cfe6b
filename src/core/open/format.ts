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

function startsLikeMhtml(head: string): boolean {
  return /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?content-type:\s*multipart\/related/im.test(head) && /^mime-version:/im.test(head);
}

function startsLikeHtml(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|article)\b/i.test(head);
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
