// Plain text of an article element: block elements separated by blank lines, <br> as a line break, whitespace
// collapsed outside <pre>. Image placeholders are skipped (their alt text is an image, not a sentence).
// The same walk can also give the article's text units as the chrome collector cuts them (chrome.ts), so the
// article is walked once, not twice.
import { domNav, Step, walkTree } from './dom-nav';
import { oneLine } from '../text/spaces';

const BLOCK = new Set(
  ('address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr li main nav ol p pre section summary table caption thead tbody tfoot tr ul legend').split(' '),
);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** Elements whose text is never chrome (not shown, or not text). */
export const CHROME_SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas']);
/** Inline elements that make their own chrome unit: a link or a button label is one interface string. */
export const UNIT = new Set(['a', 'button', 'label', 'option', 'summary', 'legend', 'td', 'th', 'figcaption', 'caption', 'dt', 'dd', 'li']);

// Inline elements whose texts, written back to back, a site shows as two controls (one of them often hidden by
// CSS the saved page lacks): <span>pokaż</span><span>odpowiedzi</span>, <button>A</button><button>B</button>.
const CONTROL_INLINE = new Set(['span', 'a', 'button', 'label', 'small', 'strong', 'b', 'em', 'i']);
const GLUED_PAIR_CHARS = 200;

/**
 * Whether `el` starts a new control right after a sibling element with no space between, where a browser would
 * glue two words together ("działyzamknij"): both sides lowercase letters, so a drop cap ("<b>W</b>arszawa") or a
 * split word is left alone. Callers insert a separator.
 */
export function gluedToPrevious(el: Element, tag: string): boolean {
  if (!CONTROL_INLINE.has(tag)) return false;
  const prev = el.previousSibling;
  if (!prev) return false;
  const after = (el.textContent ?? '').slice(0, GLUED_PAIR_CHARS);
  if (prev.nodeType === 3) return distinctTexts(prev.nodeValue ?? '', after);
  if (prev.nodeType !== 1 || !CONTROL_INLINE.has((prev as Element).localName)) return false;
  const before = (prev.textContent ?? '').slice(-GLUED_PAIR_CHARS);
  return (/\p{Ll}{2}$/u.test(before) && /^\p{Ll}{2}/u.test(after)) || distinctTexts(before, after);
}

/** Whether a text node starts a new string right after an inline element's text, with no space between. */
export function textGluedToPrevious(text: Node): boolean {
  const prev = text.previousSibling;
  if (!prev || prev.nodeType !== 1 || !CONTROL_INLINE.has((prev as Element).localName)) return false;
  return distinctTexts((prev.textContent ?? '').slice(-GLUED_PAIR_CHARS), (text.nodeValue ?? '').slice(0, GLUED_PAIR_CHARS));
}

// Across an element's edge, a word that ends in lowercase and a capitalised word ("Bezpłatny newsletter" +
// "WirtualneMedia.pl…", "Szukaj" + "Menu"), or two numbers ("2021" + "11:15"), are two strings the site's CSS sets
// apart: no Polish word changes case inside, and no number is written in two elements.
function distinctTexts(before: string, after: string): boolean {
  return (/\p{Ll}{2}$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(after)) || (/\d$/.test(before) && /^\d/.test(after));
}

// Text only a screen reader reads ("Następna strona" beside a visible "starsze"): a label of its own, never shown
// glued to the visible text next to it.
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|element-invisible|u-hidden-visually)(?:\s|$)/;

/** Whether an element's text is for screen readers only (by the class names frameworks use for it). */
export function screenReaderOnly(el: Element): boolean {
  const cls = domNav(el).attr(el, 'class');
  return cls !== null && SCREEN_READER_ONLY.test(cls);
}

export function isBlock(tag: string): boolean {
  return BLOCK.has(tag);
}

/** Hidden by its own attributes (hidden, aria-hidden, an inline display:none / visibility:hidden). */
export function isHidden(el: Element): boolean {
  const { attr } = domNav(el);
  if (attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whitespace collapsed to single spaces, trimmed: how chrome units are compared. */

const isPlaceholder = (el: Element): boolean => /(^|\s)(remote|missing)-image(\s|$)/.test(domNav(el).attr(el, 'class') ?? '');

/**
 * Paragraphs of text under `root`, in order. With `units`, also adds the root's chrome text units (the non-attribute
 * units collectCandidates would give, image placeholders left out) to that set in the same walk.
 */
export function articleParagraphs(root: Node, units?: Set<string>): string[] {
  const nav = domNav(root);
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  let unit = '';
  const flush = (): void => {
    if (line || lines.length) {
      const block = (lines.length ? [...lines, line] : [line]).map((l) => l.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
      if (block) paragraphs.push(block);
    }
    line = '';
    lines = [];
  };
  const flushUnit = (): void => {
    if (!unit) return;
    const text = oneLine(unit);
    if (text) units!.add(text);
    unit = '';
  };
  // Subtrees whose text goes to neither, only to the paragraphs, or only to the units: depths where that began.
  let textOff = -1; // depth of the element that turned paragraph text off (<pre>, script...), or -1
  let unitOff = -1; // depth of the element that turned unit text off (hidden, svg...), or -1
  const inlineLinks: boolean[] = []; // depths of links entered inside running text

  walkTree(nav, root, (node, depth) => {
    let descend = false;
    const type = nav.type(node);
    if (type === 3) {
      const value = node.nodeValue ?? '';
      const glued = textGluedToPrevious(node);
      if (textOff < 0) line += glued ? ` ${value}` : value;
      if (units && unitOff < 0) unit += glued && /\S/.test(unit) ? ` | ${value}` : value;
    } else if (type === 1 || type === 9 || type === 11) {
      const el = node as Element;
      const tag = type === 1 ? nav.tag(el) : '';
      const block = BLOCK.has(tag);
      const skipText = textOff < 0 && (SKIP.has(tag) || (tag === 'span' && isPlaceholder(el)));
      const skipUnit = units !== undefined && unitOff < 0 && tag !== '' && (CHROME_SKIP.has(tag) || isHidden(el) || (tag === 'span' && isPlaceholder(el)));
      const textOn = textOff < 0 && !skipText;
      const unitOn = units !== undefined && unitOff < 0 && !skipUnit;
      if (textOn) {
        if (tag !== 'br' && tag !== 'pre' && !block && gluedToPrevious(el, tag)) line += ' ';
        if (tag === 'br') {
          lines.push(line);
          line = '';
        } else if (tag === 'pre') {
          flush();
          const pre = (el.textContent ?? '').replace(/^\n|\s+$/g, '');
          if (pre) paragraphs.push(pre);
        } else if (block) flush();
      }
      // As the chrome collector cuts units: a link inside running text stays in its sentence, <br> is a space.
      const inlineLink = unitOn && tag === 'a' && /\S/.test(unit) && nav.first(node) !== null;
      if (inlineLink) inlineLinks[depth] = true;
      if (unitOn && tag === 'br') unit += ' ';
      else if (unitOn && /\S/.test(unit) && gluedToPrevious(el, tag)) unit += ' | ';
      else if (unitOn && (block || UNIT.has(tag) || (tag && screenReaderOnly(el))) && !inlineLink) flushUnit();
      const walk = (textOn && tag !== 'pre' && tag !== 'br') || unitOn;
      if (walk && nav.first(node)) {
        if (textOff < 0 && (skipText || tag === 'pre')) textOff = depth;
        if (units && unitOff < 0 && skipUnit) unitOff = depth;
        descend = true;
      } else if (walk) {
        // An element with no children: its exit happens now.
        if (textOn && tag !== 'pre' && tag !== 'br') {
          if (block) flush();
          else if (CELL.has(tag)) line += ' ';
        }
        if (unitOn && (block || UNIT.has(tag))) flushUnit();
      }
    }
    return descend ? Step.Descend : Step.Skip;
  }, (node, depth) => exit(node as Element, depth));
  flush();
  if (units) flushUnit();
  return paragraphs;

  function exit(el: Element, d: number): void {
    const tag = nav.type(el) === 1 ? nav.tag(el) : '';
    if (textOff === d) textOff = -1;
    else if (textOff < 0) {
      if (BLOCK.has(tag)) flush();
      else if (CELL.has(tag)) line += ' ';
    }
    if (units) {
      if (unitOff === d) unitOff = -1;
      else if (inlineLinks[d]) inlineLinks[d] = false;
      else if (unitOff < 0 && (BLOCK.has(tag) || UNIT.has(tag) || (tag && screenReaderOnly(el)))) flushUnit();
    }
  }
}

export function articleText(root: Node): string {
  return articleParagraphs(root).join('\n\n');
}

/** The article's text and its chrome units, from one walk. */
export function articleTextAndUnits(root: Node): { text: string; units: Set<string> } {
  const units = new Set<string>();
  const text = articleParagraphs(root, units).join('\n\n');
  return { text, units };
}
