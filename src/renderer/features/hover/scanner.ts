// What is under a point: the word there and the run of words after it (for phrase lookup), found with
// caretPositionFromPoint (CSSOM View; caretRangeFromPoint in older Chromium) and checked against the
// word's own boxes, since the caret API also answers for points in margins and between lines.
import type { Direction, Lang } from '../../../shared/types';
import { globalOffset, isSkipped, phraseEnd, rangeOf, scopeOf, textIndex, wordAt, type TextIndex } from './text-index';
import { wordsOf } from '../../../core/text/words';

/** Words read ahead of the hovered one to try phrases ("Wersja do druku", "in charge of"). */
export const READ_AHEAD_WORDS = 5;

export interface Hit {
  index: TextIndex;
  /** Index in index.words of the hovered (or caret) word. */
  word: number;
  /** Index in index.words of the last word sent with it. */
  last: number;
  /** The text sent to the lookup service. */
  text: string;
  lang: Lang | 'auto';
  /** The sentence around the word, for ranking senses by context, and where the text starts in it. */
  sentence: string;
  offset: number;
  root: Element;
}

export const sameHit = (a: Hit | null, b: Hit | null): boolean =>
  !!a && !!b && a.index === b.index && a.word === b.word && a.last === b.last;

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** Characters looked at on each side of a word for its sentence's ends. */
const SENTENCE_REACH = 300;

/** The sentence of `text` around [start, …): from after the last sentence end before it to the next one. */
export function sentenceAround(text: string, start: number): { sentence: string; offset: number } {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(from, start);
  let begin = from;
  for (const m of before.matchAll(/[.!?…]["”»)]?\s+/g)) begin = from + m.index + m[0].length;
  const after = text.slice(start, start + SENTENCE_REACH);
  const end = /[.!?…](?=["”»)]?(?:\s|$))/.exec(after);
  const stop = end ? start + end.index + 1 : start + after.length;
  const sentence = text.slice(begin, stop).replace(/\s/g, ' ');
  return { sentence, offset: start - begin };
}

/** The hit for word `word` of an index: that word and the phrase run after it, in its sentence. */
export function hitForWord(index: TextIndex, word: number, root: Element): Hit {
  const last = phraseEnd(index, word, READ_AHEAD_WORDS);
  const text = index.text.slice(index.words[word]!.start, index.words[last]!.end).replace(/\s+/g, ' ');
  const { sentence, offset } = sentenceAround(index.text, index.words[word]!.start);
  return { index, word, last, text, lang: index.lang, root, sentence, offset };
}

/** The word under (x, y) inside one of `roots`, or null over space, punctuation, numbers or controls. */
export function hitAt(x: number, y: number, roots: Element[], direction: Direction): Hit | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE || isSkipped(caret.node)) return null;
  const root = roots.find((r) => r.contains(caret.node));
  if (!root) return null;
  const index = textIndex(scopeOf(caret.node, root), root, direction);
  const offset = globalOffset(index, caret.node, caret.offset);
  if (offset < 0) return null;
  for (const word of wordAt(index, offset)) {
    const { start, end } = index.words[word]!;
    if (contains(rangeOf(index, start, end), x, y)) return hitForWord(index, word, root);
  }
  return null;
}

/** Range of the words of a hit that the lookup matched (`matched` is the query's leading words). */
export function matchedRange(hit: Hit, matched: string): Range {
  const { index, word, last } = hit;
  const wanted = wordsOf(matched).join('').toLocaleLowerCase('pl');
  let end = word;
  // The matched phrase is a prefix of the run; extend word by word until its letters are covered.
  for (let i = word; i <= last; i++) {
    const letters = wordsOf(index.text.slice(index.words[word]!.start, index.words[i]!.end)).join('');
    end = i;
    if (letters.toLocaleLowerCase('pl').length >= wanted.length) break;
  }
  return rangeOf(index, index.words[word]!.start, index.words[end]!.end);
}
