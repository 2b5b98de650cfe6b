// "Edit for print": while on, clicking (or Enter/Delete on) a block of the article leaves it out of the
// printed version; clicking a left-out block brings it back. Every change goes on an undo stack. Blocks
// are only marked with a class, never removed from the DOM, so the reading view is untouched.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, figure, blockquote, table, ul, ol, dl, pre, hr, img, .article-meta';
export const REMOVED_CLASS = 'print-removed';
/** Paragraphs extraction dropped that the user put back (ReadDocument.dropped). */
export const RESTORED_CLASS = 'restored-block';

interface Change {
  element: Element;
  removed: boolean;
  /** The element was added by restoreDropped: undo takes it out of the DOM again. */
  added?: boolean;
}

export class PrintEditor {
  private editing = false;
  private readonly undoStack: Change[] = [];
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly article: HTMLElement) {
    // Capture phase: in edit mode a click on a link or a word must not open it or show a translation.
    article.addEventListener('click', (event) => this.onClick(event), true);
    article.addEventListener('keydown', (event) => this.onKey(event), true);
  }

  get isEditing(): boolean {
    return this.editing;
  }

  /** Blocks currently left out of the print. */
  removedCount(): number {
    return this.article.querySelectorAll(`.${REMOVED_CLASS}`).length;
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  onChange(listener: () => void): void {
    this.changeListeners.add(listener);
  }

  setEditing(on: boolean): void {
    this.editing = on;
    this.article.classList.toggle('print-editing', on);
    // Blocks become focusable only while editing, so the keyboard can reach them too.
    for (const block of this.blocks()) {
      if (on) block.setAttribute('tabindex', '0');
      else block.removeAttribute('tabindex');
    }
    this.changed();
  }

  /** Leave a block out (or bring it back) and remember the change for undo. */
  toggle(element: Element): void {
    const removed = !element.classList.contains(REMOVED_CLASS);
    element.classList.toggle(REMOVED_CLASS, removed);
    this.undoStack.push({ element, removed });
    this.changed();
  }

  undo(): void {
    const last = this.undoStack.pop();
    if (!last) return;
    if (last.added) last.element.remove();
    else last.element.classList.toggle(REMOVED_CLASS, !last.removed);
    this.changed();
  }

  /** Texts of the dropped paragraphs put back so far. */
  restoredTexts(): Set<string> {
    return new Set([...this.article.querySelectorAll(`.${RESTORED_CLASS}`)].map((el) => el.textContent ?? ''));
  }

  /** Put a paragraph extraction dropped back, at the end of the article body (plain text only), undoably. */
  restoreDropped(text: string): void {
    const p = document.createElement('p');
    p.className = RESTORED_CLASS;
    p.textContent = text; // page text: never parsed as HTML
    if (this.editing) p.setAttribute('tabindex', '0');
    (this.article.querySelector('.article-body') ?? this.article).append(p);
    this.undoStack.push({ element: p, removed: false, added: true });
    this.changed();
  }

  /** Bring back every left-out block (one undoable step per block). */
  restoreAll(): void {
    for (const el of this.article.querySelectorAll(`.${REMOVED_CLASS}`)) {
      el.classList.remove(REMOVED_CLASS);
      this.undoStack.push({ element: el, removed: false });
    }
    this.changed();
  }

  /** A new document was shown: forget the old one's changes. */
  reset(): void {
    this.undoStack.length = 0;
    if (this.editing) this.setEditing(true);
    else this.changed();
  }

  private blocks(): Element[] {
    return [...this.article.querySelectorAll(BLOCKS)];
  }

  private blockAt(target: EventTarget | null): Element | null {
    if (!(target instanceof Element)) return null;
    const block = target.closest(BLOCKS);
    if (block && this.article.contains(block)) return block;
    // Text sitting straight in a container: take the child of the article body that holds it.
    let el: Element | null = target;
    while (el && el.parentElement && !el.parentElement.classList.contains('article-body') && el.parentElement !== this.article) el = el.parentElement;
    return el && el !== this.article && this.article.contains(el) ? el : null;
  }

  private onClick(event: MouseEvent): void {
    if (!this.editing) return;
    event.preventDefault();
    event.stopPropagation();
    const block = this.blockAt(event.target);
    if (block) this.toggle(block);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.editing) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      event.stopPropagation();
      this.undo();
      return;
    }
    if (event.key === 'Escape') {
      this.setEditing(false);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'Delete') return;
    const block = this.blockAt(event.target);
    if (!block) return;
    event.preventDefault();
    event.stopPropagation();
    this.toggle(block);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }
}
