// Bounds for pathological pages, checked on the markup before any parser sees it. Parsers cost far more than
// linear time on deep nesting (jsdom: 10,000 nested <div>s take 11 s to parse, 100,000 overflow the stack;
// Chromium's parser itself stops nesting at 512), so depth is capped on the string and huge pages are refused.

/** Start tags above which a page is refused (Readability's 130 test pages have at most about 15,000). */
export const MAX_ELEMENTS = 250_000;
/** Estimated nesting depth at which the markup is cut off (Chromium flattens beyond 512). */
export const MAX_DEPTH = 512;

const VOID = new Set('area base br col embed hr img input link meta source track wbr param keygen frame basefont bgsound'.split(' '));
// Elements whose end tag is usually implied: not counted, or every unclosed <p> would look like nesting.
const IMPLIED = new Set('p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rtc rp caption'.split(' '));
const RAWTEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

export interface MarkupBounds {
  elements: number;
  maxDepth: number;
  /** Index in the markup where the depth first exceeded MAX_DEPTH, or -1. */
  cutAt: number;
}

/** Index of `</name` in html at or after `from`, the name compared case-insensitively (name is lower case). */
function endTagIndex(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k >= 0; k = html.indexOf('</', k + 2)) {
    if (html.substr(k + 2, name.length).toLowerCase() === name) return k;
  }
  return -1;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Count start tags and estimate the nesting depth of HTML markup in one pass. A hand-written scanner (indexOf and
 * char codes, no regular expression, no lower-cased copy of the page): it runs on every page before parsing.
 * A tag is `<name ...>` or `</name ...>` up to the next `>`; comments are skipped, an unclosed one runs to the end
 * (as in the HTML tokenizer); raw-text elements (script, style...) are skipped to their end tag.
 */
export function measureMarkup(html: string, maxDepth = MAX_DEPTH): MarkupBounds {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let cutAt = -1;
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0 && i + 1 < n) {
    let c = html.charCodeAt(i + 1);
    if (c === 0x21 /* ! */ && html.startsWith('!--', i + 1)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = c === 0x2f; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!isAsciiLetter(closing ? html.charCodeAt(nameStart) : c)) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = nameStart + 1;
    for (; j < n; j++) {
      c = html.charCodeAt(j);
      if (c <= 0x20 || c === 0x2f || c === 0x3e) break; // whitespace, /, >
    }
    const gt = html.indexOf('>', j);
    if (gt < 0) break; // no tag can end any more
    const name = html.slice(nameStart, j).toLowerCase();
    if (closing) {
      if (!VOID.has(name) && !IMPLIED.has(name) && depth > 0) depth--;
      i = html.indexOf('<', gt + 1);
      continue;
    }
    elements++;
    if (RAWTEXT.has(name)) {
      const end = endTagIndex(html, name, gt + 1);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (!VOID.has(name) && !IMPLIED.has(name) && html.charCodeAt(gt - 1) !== 0x2f) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > maxDepth && cutAt < 0) cutAt = i;
    }
    i = html.indexOf('<', gt + 1);
  }
  return { elements, maxDepth: deepest, cutAt };
}
