// The page's other text around the article (teasers, comments, captions, prose the extraction left out), as the
// window lists it: untranslated, never glossary rows. Bounded so a page with thousands of teasers cannot flood the
// panel or the IPC reply.
import { oneLine } from '../text/spaces';

export const MAX_OTHER_STRINGS = 200;
export const MAX_OTHER_CHARS = 300;

/**
 * The first MAX_OTHER_STRINGS strings, each on one line and cut to MAX_OTHER_CHARS with an ellipsis. A string that
 * is also a glossary row (`rows`: "Sport" as a menu item and again as a teaser's section) is left to the glossary.
 */
export function otherTextList(other: readonly string[], rows: readonly string[] = []): string[] {
  const inGlossary = new Set(rows.map((r) => oneLine(r).toLowerCase()));
  const out: string[] = [];
  for (const raw of other) {
    if (out.length >= MAX_OTHER_STRINGS) break;
    const text = oneLine(raw.length > MAX_OTHER_CHARS * 4 ? raw.slice(0, MAX_OTHER_CHARS * 4) : raw);
    if (!text || inGlossary.has(text.toLowerCase())) continue;
    out.push(text.length > MAX_OTHER_CHARS ? `${text.slice(0, MAX_OTHER_CHARS - 1).trimEnd()}…` : text);
  }
  return out;
}
