// The text of one "scope" (a paragraph, list item, heading, or an element with its own lang) as one
// string, with a map back to its DOM text nodes and its word segments (Intl.Segmenter, UAX #29).
// Built once per scope element and cached: hovering the same paragraph again costs a lookup in a WeakMap.
import { detectLanguage } from '../../../core/language';
import type { Direction, Lang } from '../../../shared/types';

export interface TextIndex {
  scope: Element;
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
  /** Word-like segments only (numbers and punctuation left out), in order. */
  words: Array<{ start: number; end: number }>;
  lang: Lang | 'auto';
  direction: Direction;
}

export const SCOPE_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, blockquote, figcaption, caption, pre, [lang]';
// Text that is part of the UI around the words, never read: buttons, marks, form controls.
const SKIP_SELECTOR = 'button, select, input, textarea, script, style, .gloss-mark, .gloss-meta, .gloss-copy, [aria-hidden="true"]';
const NUMBER = /^[\p{N}.,:/-]+$/u;

const cache = new WeakMap<Element, TextIndex>();
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang === 'auto' ? undefined : lang, { granularity: 'word' })));
  return s;
}

export function isSkipped(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !el || el.closest(SKIP_SELECTOR) !== null;
}

/** The element whose text is read as one run: the nearest block or lang-marked ancestor inside `root`. */
export function scopeOf(node: Node, root: Element): Element {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const scope = el?.closest(SCOPE_SELECTOR);
  return scope && root.contains(scope) ? scope : (el && root.contains(el) ? el : root);
}

/** Language of a scope: a lang attribute inside the scanned root; else detection on the text; else the root's lang. */
function languageOf(scope: Element, root: Element, text: string, direction: Direction): Lang | 'auto' {
  if (direction === 'to-en') return 'pl';
  if (direction === 'to-pl') return 'en';
  const marked = scope.closest('[lang]');
  // The root's own lang is the page's declared language, often wrong for a mixed page: detect first.
  if (marked && marked !== root && root.contains(marked)) {
    const lang = marked.getAttribute('lang')!.slice(0, 2).toLowerCase();
    if (lang === 'pl' || lang === 'en') return lang;
  }
  const detected = detectLanguage(text);
  if (detected) return detected;
  const rootLang = root.getAttribute('lang')?.slice(0, 2).toLowerCase();
  return rootLang === 'pl' || rootLang === 'en' ? rootLang : 'auto';
}

export function textIndex(scope: Element, root: Element, direction: Direction): TextIndex {
  const hit = cache.get(scope);
  if (hit && hit.direction === direction && hit.nodes.every((n) => n.isConnected && scope.contains(n))) return hit;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (isSkipped(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const lang = languageOf(scope, root, text, direction);
  const words: TextIndex['words'] = [];
  for (const seg of segmenter(lang).segment(text)) {
    if (seg.isWordLike && !NUMBER.test(seg.segment)) words.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const index: TextIndex = { scope, text, nodes, starts, words, lang, direction };
  cache.set(scope, index);
  return index;
}

/** Offset in the index's text of (node, offset), or -1 when the node is not part of it. */
export function globalOffset(index: TextIndex, node: Node, offset: number): number {
  const i = index.nodes.indexOf(node as Text);
  return i < 0 ? -1 : index.starts[i]! + offset;
}

/** A DOM Range over [start, end) of the index's text. */
export function rangeOf(index: TextIndex, start: number, end: number): Range {
  const range = document.createRange();
  const [sn, so] = locate(index, start, false);
  const [en, eo] = locate(index, end, true);
  range.setStart(sn, so);
  range.setEnd(en, eo);
  return range;
}

function locate(index: TextIndex, offset: number, isEnd: boolean): [Text, number] {
  const { nodes, starts } = index;
  for (let i = 0; i < nodes.length; i++) {
    const s = starts[i]!;
    const e = s + nodes[i]!.data.length;
    if (isEnd ? offset > s && offset <= e : offset >= s && offset < e) return [nodes[i]!, offset - s];
  }
  const last = nodes[nodes.length - 1]!;
  return [last, isEnd ? last.data.length : 0];
}

/** Indexes of the words containing or touching `offset` (two when it sits between words). */
export function wordAt(index: TextIndex, offset: number): number[] {
  const found: number[] = [];
  // Binary search: words are sorted by start.
  let lo = 0;
  let hi = index.words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.words[mid]!.end < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = lo; i < index.words.length && index.words[i]!.start <= offset; i++) found.push(i);
  return found;
}

/** Up to `extra` words after `first` that continue the same phrase: only spaces or hyphens between them. */
export function phraseEnd(index: TextIndex, first: number, extra: number): number {
  let last = first;
  for (let i = first + 1; i < index.words.length && i <= first + extra; i++) {
    const gap = index.text.slice(index.words[i - 1]!.end, index.words[i]!.start);
    if (!/^[\s\u00a0'’-]*$/.test(gap) || gap.includes('\n\n')) break;
    last = i;
  }
  return last;
}
