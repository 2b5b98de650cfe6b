// querySelectorAll and querySelector for plain lists of tag names and attribute presence ("p, div, li",
// "[id],[class]", "img[src]"), the selectors Readability uses (its _getAllNodesWithTag, dozens of calls per page)
// and our own stages use most (the sanitiser's page-name pass, the long-URL pass). jsdom's selector engine costs
// 25–75 ms per call on a page of 3,000 elements, about ten times a plain walk of the same elements in document
// order; measured on fuzzed pages, these calls were over a third of a page's CPU time. Any other selector goes to
// jsdom's engine as before. The answer is the same elements in the same order, as a static list.

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SHOW_ELEMENT = 1;
/** One compound of a type selector and/or one attribute-presence selector: no value, class, pseudo-class or
 * combinator. A list is these, separated by commas. */
const ITEM = /^([a-zA-Z][a-zA-Z0-9-]*)?(?:\[([a-zA-Z_][a-zA-Z0-9_-]*)\])?$/;

type Matcher = (el: Element) => boolean;
const matchers = new Map<string, Matcher | null>();

/** A matcher for such a list, or null for any other selector. In an HTML document a type selector matches HTML
 * elements whatever its case, and elements of other namespaces (SVG's foreignObject) by exact name; hasAttribute
 * follows the same rule for attribute names. */
function tagMatcher(selectors: string): Matcher | null {
  let m = matchers.get(selectors);
  if (m !== undefined) return m;
  m = null;
  const items = selectors.length <= 1000 ? selectors.split(',').map((s) => ITEM.exec(s.trim())) : [null];
  if (items.every((x) => x && (x[1] || x[2]))) {
    const parts = items.map((x) => ({ exact: x![1] ?? null, lower: x![1]?.toLowerCase() ?? null, attr: x![2] ?? null }));
    m = (el) => {
      const html = el.namespaceURI === HTML_NS;
      for (const p of parts) {
        if (p.exact !== null && el.localName !== (html ? p.lower : p.exact)) continue;
        if (p.attr === null || el.hasAttribute(p.attr)) return true;
      }
      return false;
    };
  }
  if (matchers.size < 500) matchers.set(selectors, m);
  return m;
}

function collect(root: Node, match: Matcher, first: boolean): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  const out: Element[] = [];
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (match(n)) {
      out.push(n);
      if (first) break;
    }
  }
  return out;
}

type Selectable = { querySelectorAll(s: string): unknown; querySelector(s: string): unknown };

/** Install the fast path on a jsdom window's Element, Document and DocumentFragment. Only HTML documents take it
 * (jsdom's XML documents match type selectors case-sensitively throughout); everything else is jsdom's. */
export function installFastSelect(window: { Element: { prototype: object }; Document: { prototype: object }; DocumentFragment: { prototype: object } }): void {
  for (const proto of [window.Element.prototype, window.Document.prototype, window.DocumentFragment.prototype] as Selectable[]) {
    const all = proto.querySelectorAll;
    const one = proto.querySelector;
    proto.querySelectorAll = function (this: Node, selectors: string) {
      const match = typeof selectors === 'string' && isHtml(this) ? tagMatcher(selectors) : null;
      return match ? collect(this, match, false) : all.call(this, selectors);
    };
    proto.querySelector = function (this: Node, selectors: string) {
      const match = typeof selectors === 'string' && isHtml(this) ? tagMatcher(selectors) : null;
      return match ? (collect(this, match, true)[0] ?? null) : one.call(this, selectors);
    };
  }
}

function isHtml(node: Node): boolean {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return doc?.contentType === 'text/html';
}
