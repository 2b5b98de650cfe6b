// The translation popup: a shadow root (so the article's styles and the popup's never meet) holding a
// dialog with the matched form, entries grouped by dictionary, and a polite live region for screen readers.
// Positioned next to the word by @floating-ui/dom, flipped and shifted to stay inside the window.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { DictEntry, LookupResult } from '../../shared/types';
import { t } from '../i18n';
import popupCss from './popup.css?inline';

const MAX_ENTRIES = 8;
const MAX_SENSES = 6;
const EDGE_PADDING = 8;

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
  private stopAutoUpdate: (() => void) | null = null;
  private shownFor: LookupResult | null = null;
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
    // Announcements live outside the shadow root, in the page, so every screen reader finds them.
    this.live = el('div', 'glosa-hover-live');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    document.body.append(this.host, this.live);
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
    this.host.style.fontSize = `${px}px`;
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    this.box.classList.toggle('pinned', pinned);
    this.box.querySelector('.hint')!.textContent = pinned ? t('hover.hintPinned') : t('hover.hint');
  }

  /** Fill and place the popup beside `anchor` (the matched words). Resolves once it is positioned and visible. */
  async show(result: LookupResult, shownText: string, anchor: Range): Promise<void> {
    this.shownFor = result;
    this.render(result, shownText, anchor);
    this.stopAutoUpdate?.();
    const reference = { getBoundingClientRect: () => anchor.getBoundingClientRect(), getClientRects: () => anchor.getClientRects() };
    const place = async () => {
      const { x, y } = await computePosition(reference, this.host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: EDGE_PADDING }),
          shift({ padding: EDGE_PADDING }),
          size({
            padding: EDGE_PADDING,
            apply: ({ availableHeight, availableWidth }) => {
              this.host.style.maxHeight = `${Math.max(120, availableHeight)}px`;
              this.host.style.maxWidth = `${Math.min(availableWidth, 460)}px`;
            },
          }),
        ],
      });
      this.host.style.left = `${Math.round(x)}px`;
      this.host.style.top = `${Math.round(y)}px`;
    };
    // Measured while invisible, then shown in place: no flash at the old position.
    this.host.style.visibility = 'hidden';
    this.host.hidden = false;
    await place();
    this.host.style.visibility = '';
    this.stopAutoUpdate = autoUpdate(reference, this.host, () => void place(), { animationFrame: false, elementResize: false, layoutShift: false });
    this.announce(result, shownText);
  }

  hide(): void {
    if (this.host.hidden) return;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.host.hidden = true;
    this.shownFor = null;
    this.setPinned(false);
  }

  focus(): void {
    this.box.focus();
  }

  private render(result: LookupResult, shownText: string, anchor: Range): void {
    const head = el('div', 'head');
    const form = el('span', 'form', result.matched || shownText);
    form.lang = result.lang;
    head.append(form, el('span', 'direction', result.lang === 'pl' ? 'PL → EN' : 'EN → PL'));
    const body = el('div', 'body');
    if (result.entries.length === 0) {
      body.append(el('p', 'none', t('hover.noEntry', { text: shownText })));
    } else {
      const groups = new Map<string, DictEntry[]>();
      for (const entry of result.entries.slice(0, MAX_ENTRIES)) {
        const list = groups.get(entry.dictionary) ?? [];
        list.push(entry);
        groups.set(entry.dictionary, list);
      }
      for (const [dictionary, entries] of groups) {
        const section = el('section', 'group');
        section.append(el('h3', 'dictionary', dictionaryLabel(dictionary)));
        for (const entry of entries) section.append(this.entry(entry, result.lang === 'pl' ? 'en' : 'pl', result.entries.indexOf(entry)));
        body.append(section);
      }
      if (result.entries.length > MAX_ENTRIES) {
        body.append(el('p', 'more', t('hover.more', { count: result.entries.length - MAX_ENTRIES })));
      }
    }
    this.box.setAttribute('aria-label', t('hover.label', { text: result.matched || shownText }));
    this.box.replaceChildren(head, body, el('p', 'hint', this.pinned ? t('hover.hintPinned') : t('hover.hint')));
    for (const action of actions) {
      if (action.css) this.adoptCss(action.css);
      const node = action.render({ result, shownText, anchor, box: this.box });
      if (node) this.box.insertBefore(node, this.box.lastChild);
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
    if (entry.formNote) line.append(el('span', 'form-note', `— ${entry.formNote}`));
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

  private announce(result: LookupResult, shownText: string): void {
    const first = result.entries[0];
    const text = first
      ? `${result.matched}: ${first.senses.slice(0, 2).map((s) => s.translations.join(', ')).join('; ')}`
      : t('hover.noEntry', { text: shownText });
    // Same text twice would not be re-announced; a changed one is.
    if (this.live.textContent !== text) this.live.textContent = text;
  }
}
