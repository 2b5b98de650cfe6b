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

/** Count start tags and estimate the nesting depth of HTML markup in one pass. */
export function measureMarkup(html: string, maxDepth = MAX_DEPTH): MarkupBounds {
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let cutAt = -1;
  let lower: string | null = null;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!m[2]) continue; // comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (!VOID.has(name) && !IMPLIED.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (RAWTEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end;
      continue;
    }
    if (VOID.has(name) || IMPLIED.has(name) || m[3]) continue;
    depth++;
    if (depth > deepest) deepest = depth;
    if (depth > maxDepth && cutAt < 0) cutAt = m.index;
  }
  return { elements, maxDepth: deepest, cutAt };
}
