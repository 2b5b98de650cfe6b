// The page's chrome: text that extraction dropped, with the kind of place it came from, plus the strings people
// read in attributes (title, aria-label, placeholder, alt, button values). Collected from the original document
// *before* Readability runs (Readability mutates the document; this saves cloning it), then filtered against the
// article's own text units.
import type { ChromeItem, ChromeKind } from '../../shared/types';
import { isBlock } from './article-text';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas']);
/** Inline elements that make their own unit: a link or a button label is one interface string. */
const UNIT = new Set(['a', 'button', 'label', 'option', 'summary', 'legend', 'td', 'th', 'figcaption', 'caption', 'dt', 'dd', 'li']);

const TAG_KIND: Record<string, ChromeKind> = {
  nav: 'navigation', menu: 'navigation', footer: 'footer', header: 'header', aside: 'related',
  form: 'form', label: 'form', select: 'form', option: 'form', textarea: 'form', fieldset: 'form', legend: 'form', input: 'form',
  button: 'button',
};
const ROLE_KIND: Record<string, ChromeKind> = {
  navigation: 'navigation', menubar: 'navigation', menu: 'navigation', tablist: 'navigation', search: 'form', form: 'form',
  button: 'button', contentinfo: 'footer', banner: 'header', complementary: 'related', dialog: 'banner', alertdialog: 'banner',
};
// Class/id words, checked in this order (a "social-share-footer" is a share bar before it is a footer).
const CLASS_KIND: Array<[RegExp, ChromeKind]> = [
  [/share|sharing|social|addthis|sharethis/i, 'share'],
  [/cookie|consent|gdpr|rodo|newsletter|subscribe|paywall|popup|modal|overlay|promo|advert|(?:^|[\s_-])ads?(?:[\s_-]|$)/i, 'banner'],
  [/related|recommend|more-?stories|read-?more|popular|trending|outbrain|taboola|sidebar|widget/i, 'related'],
  [/(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|tabs|toolbar)(?:[\s_-]|$)/i, 'navigation'],
  [/footer|colophon|copyright/i, 'footer'],
  [/(?:^|[\s_-])(?:header|masthead|topbar|top-bar)(?:[\s_-]|$)/i, 'header'],
  [/comment-?form|login|signin|search/i, 'form'],
];

function ownKind(el: Element): ChromeKind | null {
  const tag = el.localName;
  const byTag = TAG_KIND[tag];
  if (byTag) return byTag;
  const role = el.getAttribute('role');
  if (role && ROLE_KIND[role]) return ROLE_KIND[role]!;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (words.length > 1) for (const [re, kind] of CLASS_KIND) if (re.test(words)) return kind;
  return null;
}

const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export interface ChromeCandidate extends ChromeItem {
  /** Attribute strings are kept even when the article shows the same words. */
  attribute: boolean;
}

/** Text units and attribute strings of a document or element, in document order, each with its kind. */
export function collectCandidates(root: Node, limit = 20_000): ChromeCandidate[] {
  const out: ChromeCandidate[] = [];
  let buffer = '';
  let bufferKind: ChromeKind = 'text';
  const flush = (): void => {
    const text = norm(buffer);
    if (text && /[\p{L}\p{N}]/u.test(text)) out.push({ text, kind: bufferKind, attribute: false });
    buffer = '';
  };
  const stack: Array<{ node: Node; kind: ChromeKind | null; exit: boolean }> = [{ node: root, kind: null, exit: false }];
  while (stack.length && out.length < limit) {
    const { node, kind, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      if (!buffer.trim()) bufferKind = kind ?? 'text';
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.localName : '';
    if (exit) {
      if (isBlock(tag) || UNIT.has(tag)) flush();
      continue;
    }
    if (tag && (SKIP.has(tag) || isHidden(el))) continue;
    let own = tag ? ownKind(el) : null;
    if (!own && /^h[1-6]$/.test(tag) && !kind) own = 'heading';
    const here = own ?? kind;
    if (isBlock(tag) || UNIT.has(tag) || tag === 'br') flush();
    if (tag) {
      for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value && norm(value) && !(name === 'alt' && tag !== 'img' && tag !== 'input' && tag !== 'area')) {
          out.push({ text: norm(value), kind: 'attribute', attribute: true });
        }
      }
      if (tag === 'input' && /^(submit|button|reset)$/i.test(el.getAttribute('type') ?? '')) {
        const value = norm(el.getAttribute('value') ?? '');
        if (value) out.push({ text: value, kind: 'button', attribute: true });
      }
    }
    stack.push({ node, kind: here, exit: true });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, kind: here, exit: false });
  }
  flush();
  return out;
}

/**
 * The candidates extraction dropped: those whose text is not one of the article's own units (nor, for longer
 * ones, part of its text). Attribute strings are kept whole.
 */
export function droppedChrome(candidates: ChromeCandidate[], article: ChromeCandidate[], articleText: string): ChromeItem[] {
  const units = new Set(article.filter((c) => !c.attribute).map((c) => c.text));
  const flat = norm(articleText);
  const out: ChromeItem[] = [];
  for (const c of candidates) {
    if (!c.attribute) {
      if (units.has(c.text)) continue;
      if (c.text.length > 40 && flat.includes(c.text)) continue;
    }
    out.push({ text: c.text, kind: c.kind });
  }
  return out;
}
