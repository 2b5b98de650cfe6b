// The sentence a hovered word sits in, for the notebook's context field: the text of the word's block
// (paragraph, list item, heading, glossary row), cut at sentence boundaries by Intl.Segmenter
// (Unicode UAX #29 sentence segmentation, with the language's tailoring where ICU has one).
import type { Lang } from '../../../shared/types';
import { oneLine } from '../../../core/text/spaces';

// Glossary rows first: the Polish string alone is the context, not the row with its translation.
const BLOCKS = '.gloss-pl, .gloss-en, p, li, dd, dt, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption, caption, pre, summary';
/** The notebook's limit for a text field (LIMITS.field in src/core/notebook/entry.ts). */
const MAX_CONTEXT = 2_000;
/** How much text is kept either side of the word when a "sentence" runs on (lists, tables, no full stops). */
const WINDOW = 300;

const segmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenter = (lang: string): Intl.Segmenter => {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
};

/** The sentence of `text` containing the character at `offset`, one-lined and trimmed. */
export function sentenceAt(text: string, offset: number, lang: Lang): string {
  if (!text) return '';
  const at = Math.max(0, Math.min(offset, text.length - 1));
  const segment = sentenceSegmenter(lang).segment(text).containing(at);
  let sentence = segment ? segment.segment : text;
  const start = segment ? segment.index : 0;
  if (sentence.length > MAX_CONTEXT) {
    // No usable boundary: a window around the word, cut at spaces.
    const from = Math.max(0, at - start - WINDOW);
    const to = Math.min(sentence.length, at - start + WINDOW);
    const cut = sentence.slice(from, to);
    sentence = `${from > 0 ? '…' : ''}${cut.slice(from > 0 ? cut.indexOf(' ') + 1 : 0)}${to < sentence.length ? '…' : ''}`;
  }
  return oneLine(sentence).slice(0, MAX_CONTEXT);
}

/** The sentence around a range of the page (the words the popup was shown for). */
export function sentenceAround(anchor: Range, lang: Lang): string {
  const node = anchor.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return '';
  const block = element.closest(BLOCKS) ?? element;
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(anchor.startContainer, anchor.startOffset);
  // Range.toString and textContent both concatenate the text nodes in order, so offsets agree.
  return sentenceAt(block.textContent ?? '', before.toString().length, lang);
}
