// Elements the page's own style sheets hide: top-level `display:none` rules of its <style> elements, applied with the
// cascade (a later or more specific `display` rule, or an inline `display`, shows the element again). Saved pages
// rarely keep their linked style sheets, but frameworks inline the rules that hide menus, pop-overs and forms until
// a script shows them (Angular's scoped `[_nghost-…]` rules, Drupal's antibot form). Rules inside @media and other
// at-rules and rules for :hover/:focus states are left out: they hide only on some screens or until some gesture.
// Everything is bounded by the input: characters read, rules kept, elements matched.

const MAX_CSS_CHARS = 2_000_000;
const MAX_STYLE_ELEMENTS = 500;
const MAX_RULES = 5_000;
const MAX_MATCHES = 200_000;
const STATE_PSEUDO = /:(?:hover|focus|focus-within|focus-visible|active|visited|checked|target|invalid|valid|placeholder-shown|autofill)\b/i;

interface DisplayRule {
  selector: string;
  none: boolean;
  important: boolean;
  specificity: number;
  order: number;
}

/** The text with CSS comments removed (a linear scan, no regex backtracking). */
function withoutComments(css: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = css.indexOf('/*', at);
    if (open < 0) return out + css.slice(at);
    out += css.slice(at, open);
    const close = css.indexOf('*/', open + 2);
    if (close < 0) return out;
    at = close + 2;
  }
}

/** The index just past the block that opens at `open` (a '{'), nested blocks included. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return css.length;
}

/** The last `display` declaration of a rule body, if any. */
function displayOf(body: string): { value: string; important: boolean } | null {
  let found: { value: string; important: boolean } | null = null;
  for (const declaration of body.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0 || declaration.slice(0, colon).trim().toLowerCase() !== 'display') continue;
    const raw = declaration.slice(colon + 1).trim().toLowerCase();
    const important = raw.includes('!important');
    found = { value: raw.replace('!important', '').trim(), important };
  }
  return found;
}

/** Selector specificity as one number: ids, then classes/attributes/pseudo-classes, then types. */
export function specificity(selector: string): number {
  const ids = selector.match(/#[\w-]+/g)?.length ?? 0;
  const classes = selector.match(/\.[\w-]+|\[[^\]]{0,200}\]|:(?!:)[\w-]+/g)?.length ?? 0;
  const types = selector.match(/(?:^|[\s>+~(,])[a-zA-Z][\w-]*/g)?.length ?? 0;
  return ids * 1_000_000 + Math.min(classes, 999) * 1_000 + Math.min(types, 999);
}

/** The top-level rules of a style sheet that set `display`, in order. */
export function displayRules(css: string, start = 0): DisplayRule[] {
  const text = withoutComments(css.slice(0, MAX_CSS_CHARS));
  const rules: DisplayRule[] = [];
  let at = 0;
  while (at < text.length && rules.length < MAX_RULES) {
    const open = text.indexOf('{', at);
    if (open < 0) break;
    const prelude = text.slice(at, open).trim();
    const end = blockEnd(text, open);
    // An at-rule without a block ("@import …;") ends at its semicolon, before what looks like a selector.
    const semi = prelude.lastIndexOf(';');
    const selectorText = semi >= 0 ? prelude.slice(semi + 1).trim() : prelude;
    if (selectorText && !selectorText.startsWith('@')) {
      const display = displayOf(text.slice(open + 1, end - 1));
      if (display) {
        for (const selector of selectorText.split(',')) {
          const s = selector.trim();
          if (!s || STATE_PSEUDO.test(s) || s.includes('::')) continue;
          rules.push({ selector: s, none: display.value === 'none', important: display.important, specificity: specificity(s), order: start + rules.length });
        }
      }
    }
    at = end;
  }
  return rules;
}

const INLINE_DISPLAY = /(?:^|;)\s*display\s*:\s*([a-z-]+)/i;

const STYLE_START = /<style\b/gi;
const STYLE_END = /<\/style\s*>/gi;
const MEDIA = /\bmedia\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The CSS text of the page's <style> elements, read from the markup itself in one pass: a DOM env may drop the
 * style sheets before parsing (the jsdom one does: jsdom parses them eagerly and throws on some), and a <style> for
 * print or other media hides nothing on screen.
 */
export function pageCss(html: string): string {
  let css = '';
  let from = 0;
  for (let n = 0; n < MAX_STYLE_ELEMENTS && css.length < MAX_CSS_CHARS; n++) {
    STYLE_START.lastIndex = from;
    const start = STYLE_START.exec(html);
    if (!start) break;
    const gt = html.indexOf('>', start.index);
    if (gt < 0) break;
    STYLE_END.lastIndex = gt + 1;
    const end = STYLE_END.exec(html);
    if (!end) break;
    const m = MEDIA.exec(html.slice(start.index, Math.min(gt, start.index + 2000)));
    const media = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
    if (!media || /^\s*(?:all|screen)\s*$/i.test(media)) css += `\n${html.slice(gt + 1, end.index)}\n`;
    from = end.index + end[0].length;
  }
  return css.slice(0, MAX_CSS_CHARS);
}

/** The elements of `doc` that the page's own style rules (`css`, from pageCss) hide with `display:none`. */
export function styleHiddenElements(doc: Document, css: string): Set<Element> {
  const hidden = new Set<Element>();
  if (typeof doc.querySelectorAll !== 'function' || !/display\s*:\s*none/i.test(css)) return hidden;
  const rules = displayRules(css);
  // The winning display rule of each element any `display:none` rule matches.
  const winner = new Map<Element, DisplayRule>();
  let budget = MAX_MATCHES;
  const beats = (a: DisplayRule, b: DisplayRule): boolean =>
    a.important !== b.important ? a.important : a.specificity !== b.specificity ? a.specificity > b.specificity : a.order > b.order;
  const matching = (selector: string): ArrayLike<Element> => {
    try {
      return doc.querySelectorAll(selector);
    } catch {
      return []; // a selector this DOM does not support hides nothing
    }
  };
  for (const rule of rules) {
    if (!rule.none) continue;
    const found = matching(rule.selector);
    for (let i = 0; i < found.length && budget > 0; i++, budget--) {
      const el = found[i]!;
      const held = winner.get(el);
      if (!held || beats(rule, held)) winner.set(el, rule);
    }
  }
  if (winner.size === 0) return hidden;
  for (const rule of rules) {
    if (rule.none) continue;
    const found = matching(rule.selector);
    for (let i = 0; i < found.length && budget > 0; i++, budget--) {
      const el = found[i]!;
      const held = winner.get(el);
      if (held && beats(rule, held)) winner.set(el, rule);
    }
  }
  for (const [el, rule] of winner) {
    if (!rule.none) continue;
    const inline = INLINE_DISPLAY.exec(el.getAttribute('style') ?? '');
    if (inline && inline[1]!.toLowerCase() !== 'none' && !rule.important) continue;
    hidden.add(el);
  }
  return hidden;
}
