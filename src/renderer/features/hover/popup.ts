// The translation popup: a shadow root (so the article's styles and the popup's never meet) holding a
// dialog with the matched form, entries grouped by dictionary, and a polite live region for screen readers.
// Positioned next to the word by @floating-ui/dom, flipped and shifted to stay inside the window.
import { computePosition, flip, inline, offset, shift, type Platform } from '@floating-ui/dom';
import type { DictEntry, LookupResult } from '../../../shared/types';
import { t } from '../../i18n';
import { localFormNote } from './form-note';
import popupCss from './popup.css?inline';

const MAX_ENTRIES = 8;
const MAX_SENSES = 6;
const EDGE_PADDING = 8;
const GAP = 6;
const MIN_HEIGHT = 120;

function unionRect(rects: ArrayLike<DOMRectReadOnly>): DOMRectReadOnly {
  if (rects.length === 0) return new DOMRect();
  let { left, top, right, bottom } = rects[0]!;
  for (let i = 1; i < rects.length; i++) {
    const r = rects[i]!;
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

const rectOf = (r: { x: number; y: number; width: number; height: number }) => ({ x: r.x, y: r.y, width: r.width, height: r.height });

let sheet: CSSStyleSheet | null = null;
function popupSheet(): CSSStyleSheet {
  // A constructed sheet: the CSP's style-src 'self' forbids <style> elements, not CSSOM.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(popupCss);
  }
  return sheet;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function dictionaryLabel(name: string): string {
  const key = `hover.dictionary.${name.replace(/ \(reverse\)$/, '-reverse')}`;
  const label = t(key);
  return label === key ? name : label;
}

/** What an action added to the popup (e.g. the notebook's Save) is shown with. */
export interface PopupContext {
  result: LookupResult;
  shownText: string;
  /** The matched words in the page. */
  anchor: Range;
  /** The popup's box: senses are `.sense` elements with data-entry/data-sense indexes into result.entries. */
  box: HTMLElement;
}

export interface PopupAction {
  /** Styles for the action's elements, adopted into the popup's shadow root. */
  css?: string;
  /** Called each time the popup is filled; what it returns is shown under the entries. */
  render(context: PopupContext): Node | null;
}

const actions: PopupAction[] = [];

/** Add an action to every popup (from another feature, without the hover module knowing it). */
export function addPopupAction(action: PopupAction): void {
  actions.push(action);
}

export class Popup {
  readonly host: HTMLElement;
  private readonly box: HTMLElement;
  private readonly live: HTMLElement;
  // The parts every popup has, built once and kept: a hover rewrites their text and replaces the body only.
  private readonly form: HTMLElement;
  private readonly direction: HTMLElement;
  private readonly body: HTMLElement;
  private readonly hint: HTMLElement;
  /** What the actions added under the entries last time (replaced on the next fill). */
  private actionNodes: Node[] = [];
  private fontSize = '';
  private announceQueued = false;
  private announced: { result: LookupResult; shownText: string } | null = null;
  private shownFor: LookupResult | null = null;
  private anchor: Range | null = null;
  private anchorRects: DOMRectReadOnly[] = [];
  /** The popup's border box as last laid out (a first guess until the observer has reported). */
  private size = { width: 300, height: 160 };
  private placing = 0;
  pinned = false;

  constructor() {
    this.host = document.createElement('glosa-hover');
    this.host.className = 'glosa-hover-host';
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [popupSheet()];
    this.box = el('div', 'popup');
    this.box.setAttribute('role', 'dialog');
    this.box.tabIndex = -1;
    shadow.append(this.box);
    const head = el('div', 'head');
    this.form = el('span', 'form');
    this.direction = el('span', 'direction');
    head.append(this.form, this.direction);
    this.body = el('div', 'body');
    this.hint = el('p', 'hint');
    this.box.append(head, this.body, this.hint);
    // Announcements live outside the shadow root, in the page, so every screen reader finds them.
    this.live = el('div', 'glosa-hover-live');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    document.body.append(this.host, this.live);
    new ResizeObserver((entries) => this.onResize(entries)).observe(this.host, { box: 'border-box' });
  }

  get visible(): boolean {
    return !this.host.hidden;
  }

  get result(): LookupResult | null {
    return this.visible ? this.shownFor : null;
  }

  contains(target: EventTarget | null): boolean {
    return target instanceof Node && (target === this.host || this.host.contains(target));
  }

  setFontSize(px: number): void {
    const size = `${px}px`;
    if (size === this.fontSize) return;
    this.fontSize = size;
    this.host.style.fontSize = size;
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    this.box.classList.toggle('pinned', pinned);
    this.hint.textContent = pinned ? t('hover.hintPinned') : t('hover.hint');
  }

  /**
   * Fill the popup and place it beside `anchor` (the matched words). `anchorRects` are the anchor's client
   * rects when the caller read them with the layout clean (the hover scan has), so the only layout read
   * here is the popup's own size, once every write is done. Later size changes (an action re-rendering its
   * part, a font arriving) are reported by the ResizeObserver, which places the popup again.
   */
  show(result: LookupResult, shownText: string, anchor: Range, anchorRects?: DOMRectReadOnly[]): void {
    this.shownFor = result;
    this.anchor = anchor;
    this.anchorRects = anchorRects ?? [...anchor.getClientRects()];
    const box = unionRect(this.anchorRects);
    // The taller side is the most the popup can use; setting it before layout means the size read
    // below already fits, so one placement is final.
    const room = Math.max(box.top, window.innerHeight - box.bottom) - GAP - EDGE_PADDING;
    this.host.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(room))}px`;
    this.render(result, shownText, anchor);
    this.host.hidden = false;
    this.announceSoon(result, shownText);
    // The one read after the writes: it lays out the new content now (style and layout of the popup and
    // the live region), so the placement below uses the real size and only moves the layer. Called from
    // the pointer's raw update, this runs before the frame that paints it, which is then left with paint
    // and commit; inside a frame it is the layout that frame would do anyway.
    const laidOut = this.host.getBoundingClientRect();
    this.size = { width: laidOut.width, height: laidOut.height };
    this.place();
  }

  /** Place again after the page moved under a pinned popup or the window was resized (reads layout once). */
  reposition(): void {
    if (!this.anchor || this.host.hidden) return;
    this.anchorRects = [...this.anchor.getClientRects()];
    this.place();
  }

  private place(): void {
    const rects = this.anchorRects;
    const size = this.size;
    const viewport = { x: 0, y: 0, width: window.innerWidth, height: window.innerHeight };
    // floating-ui's flip/shift logic on values already known: a platform that answers from the cached
    // anchor rects and popup size instead of measuring the DOM.
    const platform: Platform = {
      getElementRects: ({ reference }) => ({ reference: rectOf(reference.getBoundingClientRect()), floating: { x: 0, y: 0, ...size } }),
      getDimensions: () => size,
      getClippingRect: () => viewport,
      getClientRects: () => rects,
      isRTL: () => false,
      // Fixed strategy, no transformed ancestors: coordinates are the viewport's, nothing to convert.
      getOffsetParent: () => window,
      convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
      getDocumentElement: () => document.documentElement,
      isElement: (value) => value instanceof Element,
      getScale: () => ({ x: 1, y: 1 }),
    };
    const reference = { getBoundingClientRect: () => unionRect(rects), getClientRects: () => rects };
    const mine = ++this.placing;
    void computePosition(reference, this.host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      platform,
      middleware: [offset(GAP), inline(), flip({ padding: EDGE_PADDING }), shift({ padding: EDGE_PADDING })],
    }).then(({ x, y }) => {
      // Transform only: moving the popup costs no layout of anything.
      if (mine === this.placing) this.host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1]!;
    const b = entry.borderBoxSize[0];
    const size = b ? { width: b.inlineSize, height: b.blockSize } : { width: entry.contentRect.width, height: entry.contentRect.height };
    if (size.width === this.size.width && size.height === this.size.height) return;
    this.size = size;
    if (!this.host.hidden) this.place();
  }

  hide(): void {
    if (this.host.hidden) return;
    // Hidden stays laid out (visibility, not display): showing it again costs no layout from scratch.
    this.host.hidden = true;
    this.shownFor = null;
    this.anchor = null;
    if (this.pinned) this.setPinned(false);
  }

  focus(): void {
    this.box.focus();
  }

  private render(result: LookupResult, shownText: string, anchor: Range): void {
    this.form.textContent = result.matched || shownText;
    this.form.lang = result.lang;
    this.direction.textContent = result.lang === 'pl' ? 'PL → EN' : 'EN → PL';
    const parts: Node[] = [];
    if (result.entries.length === 0) {
      parts.push(el('p', 'none', t('hover.noEntry', { text: shownText })));
      if (result.tried?.length) parts.push(el('p', 'tried', t('hover.lemmaTried', { lemma: result.tried.join(', ') })));
    } else {
      const groups = new Map<string, DictEntry[]>();
      for (const entry of result.entries.slice(0, MAX_ENTRIES)) {
        const list = groups.get(entry.dictionary) ?? [];
        list.push(entry);
        groups.set(entry.dictionary, list);
      }
      const targetLang = result.lang === 'pl' ? 'en' : 'pl';
      for (const [dictionary, entries] of groups) {
        const section = el('section', 'group');
        section.append(el('h3', 'dictionary', dictionaryLabel(dictionary)));
        for (const entry of entries) section.append(this.entry(entry, targetLang, result.entries.indexOf(entry)));
        parts.push(section);
      }
      if (result.entries.length > MAX_ENTRIES) {
        parts.push(el('p', 'more', t('hover.more', { count: result.entries.length - MAX_ENTRIES })));
      }
    }
    this.box.setAttribute('aria-label', t('hover.label', { text: result.matched || shownText }));
    this.body.replaceChildren(...parts);
    const hint = this.pinned ? t('hover.hintPinned') : t('hover.hint');
    if (this.hint.textContent !== hint) this.hint.textContent = hint;
    for (const node of this.actionNodes) node.parentNode?.removeChild(node);
    this.actionNodes = [];
    for (const action of actions) {
      if (action.css) this.adoptCss(action.css);
      const node = action.render({ result, shownText, anchor, box: this.box });
      if (node) {
        this.box.insertBefore(node, this.hint);
        this.actionNodes.push(node);
      }
    }
  }

  private readonly adopted = new Set<string>();
  private adoptCss(css: string): void {
    if (this.adopted.has(css)) return;
    this.adopted.add(css);
    const extra = new CSSStyleSheet();
    extra.replaceSync(css);
    const shadow = this.host.shadowRoot!;
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, extra];
  }

  private entry(entry: DictEntry, targetLang: string, entryIndex: number): HTMLElement {
    const div = el('div', 'entry');
    const line = el('p', 'lemma-line');
    const lemma = el('span', 'lemma', entry.lemma);
    line.append(lemma);
    const formNote = entry.form ? localFormNote(entry.form, t) : entry.formNote;
    if (formNote) line.append(el('span', 'form-note', `— ${formNote}`));
    if (entry.pos) line.append(el('span', 'pos', entry.pos));
    if (entry.ipa) line.append(el('span', 'ipa', `/${entry.ipa.replace(/^\/|\/$/g, '')}/`));
    div.append(line);
    const senses = el('ol', 'senses');
    for (const [senseIndex, sense] of entry.senses.slice(0, MAX_SENSES).entries()) {
      const li = el('li', 'sense');
      li.dataset.entry = String(entryIndex);
      li.dataset.sense = String(senseIndex);
      const tr = el('span', 'translations', sense.translations.join(', '));
      tr.lang = targetLang;
      li.append(tr);
      if (sense.note) li.append(el('span', 'note', ` (${sense.note})`));
      senses.append(li);
    }
    div.append(senses);
    return div;
  }

  /**
   * Tell screen readers after the popup is painted, not before: the live region is in the page, and writing it
   * in the hover's task would add its style and layout to the work before that paint. Only the last popup of
   * a frame is announced.
   */
  private announceSoon(result: LookupResult, shownText: string): void {
    this.announced = { result, shownText };
    if (this.announceQueued) return;
    this.announceQueued = true;
    requestAnimationFrame(() => setTimeout(() => {
      this.announceQueued = false;
      const last = this.announced;
      this.announced = null;
      if (last && this.shownFor === last.result) this.announce(last.result, last.shownText);
    }, 0));
  }

  private announce(result: LookupResult, shownText: string): void {
    const first = result.entries[0];
    const text = first
      ? `${result.matched}: ${first.senses.slice(0, 2).map((s) => s.translations.join(', ')).join('; ')}`
      : t('hover.noEntry', { text: shownText });
    // Same text twice would not be re-announced; a changed one is.
    if (this.live.textContent !== text) this.live.textContent = text;
  }
}
