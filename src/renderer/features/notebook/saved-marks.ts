// Saved words marked in the article, by lemma: saved "wysłać" marks "wysłana" too. The marks are a CSS
// Custom Highlight ("glosa-saved"), so the article's DOM is never touched and hover keeps working on it.
// The lemmas of the article's words come from main in one batched call per document and are cached.
import type { NotebookEntry } from '../../../shared/types';
import { isMarked, markedLemmas } from '../../../core/notebook/entry';
import { glosa } from '../../bridge';
import { escapeRegExp } from '../../../core/text/regex';
import { wholeWordPattern } from '../../../core/text/words';

/** Main's argument check allows this many words per call (src/main/ipc-validate.ts). */
const BATCH = 20_000;
const MAX_WORD = 100;
const HAS_LETTER = /\p{L}/u;

interface Occurrence {
  node: Text;
  start: number;
  end: number;
  form: string;
}

const wordSegmenter = new Intl.Segmenter('pl', { granularity: 'word' });

/** Every word of the element's text, with its place. */
export function wordsOf(root: Element): Occurrence[] {
  const out: Occurrence[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const s of wordSegmenter.segment(node.data)) {
      if (!s.isWordLike || !HAS_LETTER.test(s.segment) || s.segment.length > MAX_WORD) continue;
      out.push({ node, start: s.index, end: s.index + s.segment.length, form: s.segment });
    }
  }
  return out;
}

export class SavedMarks {
  private readonly highlight = new Highlight();
  /** Form as written → its lemmas in Polish and English (from main). */
  private readonly lemmas = new Map<string, string[]>();
  private occurrences: Occurrence[] = [];
  private enabled = true;
  private generation = 0;
  private observer: MutationObserver;
  private timer = 0;

  constructor(
    private readonly article: HTMLElement,
    private readonly entries: () => readonly NotebookEntry[],
  ) {
    CSS.highlights.set('glosa-saved', this.highlight);
    // A new document (or an edit for print) replaces the article's nodes: read its words again.
    this.observer = new MutationObserver(() => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.rescan(), 50);
    });
    this.observer.observe(article, { childList: true, subtree: true, characterData: true });
  }

  get on(): boolean {
    return this.enabled;
  }

  setEnabled(on: boolean): void {
    this.enabled = on;
    this.paint();
  }

  /** Read the article's words, fetch the lemmas of forms not seen before, then mark. */
  async rescan(): Promise<void> {
    const mine = ++this.generation;
    this.occurrences = wordsOf(this.article);
    const unknown = [...new Set(this.occurrences.map((o) => o.form))].filter((form) => !this.lemmas.has(form));
    for (let i = 0; i < unknown.length; i += BATCH) {
      const batch = unknown.slice(i, i + BATCH);
      const found = await glosa.lemmasOf(batch);
      batch.forEach((form, j) => this.lemmas.set(form, found[j] ?? []));
    }
    if (mine === this.generation) this.paint();
  }

  /** Mark the words whose lemma (or form) is saved; called again whenever the notebook changes. */
  paint(): void {
    this.highlight.clear();
    if (!this.enabled) return;
    const entries = this.entries();
    const marked = markedLemmas(entries);
    if (marked.size === 0) return;
    const texts = new Set<Text>();
    for (const o of this.occurrences) {
      if (!o.node.isConnected) continue;
      texts.add(o.node);
      if (!isMarked(marked, [o.form, ...(this.lemmas.get(o.form) ?? [])])) continue;
      this.mark(o.node, o.start, o.end);
    }
    // Saved phrases ("Podziel się") have no single lemma: they are marked where their words appear as
    // written (case-insensitive, whole words, within one text node).
    const phrases = [...new Set(entries.map((e) => e.text.trim()).filter((text) => /\s/.test(text)))];
    if (phrases.length === 0) return;
    const escaped = phrases.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'));
    const pattern = wholeWordPattern(escaped.join('|'), 'giu');
    for (const node of texts) {
      for (const m of node.data.matchAll(pattern)) this.mark(node, m.index, m.index + m[0].length);
    }
  }

  private mark(node: Text, start: number, end: number): void {
    const range = new Range();
    range.setStart(node, start);
    range.setEnd(node, end);
    this.highlight.add(range);
  }
}
