// The keyboard reading caret: a highlighted word that the arrow keys move word by word (← →) and
// paragraph by paragraph (↑ ↓), through the article and then the glossary panel, so every word can be
// looked up without a mouse.
import type { Direction } from '../../../shared/types';
import { hitForWord, type Hit } from './scanner';
import { isSkipped, scopeOf, textIndex, type TextIndex } from './text-index';

export interface CaretPosition {
  index: TextIndex;
  word: number;
  root: Element;
}

/** Every scope (with at least one word) in reading order across the roots. */
function scopes(roots: Element[], direction: Direction): Array<{ index: TextIndex; root: Element }> {
  const out: Array<{ index: TextIndex; root: Element }> = [];
  for (const root of roots) {
    if ((root as HTMLElement).hidden) continue;
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n as Text).data.trim() || isSkipped(n)) continue;
      const scope = scopeOf(n, root);
      if (seen.has(scope)) continue;
      seen.add(scope);
      const index = textIndex(scope, root, direction);
      if (index.words.length) out.push({ index, root });
    }
  }
  return out;
}

/** The first word whose box is inside the viewport (where a reader expects the caret to start). */
export function firstVisibleWord(roots: Element[], direction: Direction): CaretPosition | null {
  const all = scopes(roots, direction);
  for (const { index, root } of all) {
    const r = index.scope.getBoundingClientRect();
    if (r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth) return { index, word: 0, root };
  }
  return all[0] ? { ...all[0], word: 0 } : null;
}

/** The caret moved by `step` words (±1) or to the next/previous scope (`byScope`). */
export function moveCaret(pos: CaretPosition, step: 1 | -1, byScope: boolean, roots: Element[], direction: Direction): CaretPosition {
  const next = pos.word + step;
  if (!byScope && next >= 0 && next < pos.index.words.length) return { ...pos, word: next };
  const all = scopes(roots, direction);
  const at = all.findIndex((s) => s.index.scope === pos.index.scope);
  const target = all[at + step];
  if (!target) return pos;
  return { index: target.index, root: target.root, word: step > 0 || byScope ? 0 : target.index.words.length - 1 };
}

export const caretHit = (pos: CaretPosition): Hit => hitForWord(pos.index, pos.word, pos.root);
