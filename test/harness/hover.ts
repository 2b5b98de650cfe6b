// Hovering a word in the built renderer the way a reader does: find the text, move the real mouse onto
// it, wait for the translation popup (the shadow-rooted <glosa-hover> element) to show that word.
import type { Page } from 'playwright-core';

export interface PopupState {
  visible: boolean;
  /** The matched form in the popup's head. */
  form: string;
  /** The popup's whole text. */
  text: string;
  pinned: boolean;
  box: { left: number; top: number; right: number; bottom: number } | null;
  /** The text under the match highlight (CSS Custom Highlight "glosa-hover"). */
  highlighted: string;
  /** What the aria-live region says. */
  announced: string;
}

/** Middle of the first word of the first occurrence of `text` in #article, else in #glossary (scrolled into view). */
export async function pointOf(page: Page, text: string, within: Array<'article' | 'glossary'> = ['article', 'glossary']): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(({ text, within }) => {
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole words only: "fled" must not be found inside "reflected".
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
    for (const id of within) {
      const root = document.getElementById(id);
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const m = pattern.exec(n.data);
        if (!m) continue;
        const firstWord = /^[\p{L}\p{N}]+/u.exec(m[0])?.[0] ?? m[0];
        n.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + firstWord.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, { text, within });
  if (!point) throw new Error(`hoverWord: "${text}" is not in the ${within.join(' or ')}`);
  return point;
}

export async function popupState(page: Page): Promise<PopupState> {
  return page.evaluate(() => {
    const host = document.querySelector('glosa-hover') as HTMLElement | null;
    const root = host?.shadowRoot;
    const r = host && !host.hidden ? host.getBoundingClientRect() : null;
    const highlight = CSS.highlights.get('glosa-hover');
    const ranges = highlight ? [...(highlight as unknown as Set<Range>)] : [];
    return {
      visible: !!host && !host.hidden,
      form: root?.querySelector('.form')?.textContent ?? '',
      text: root?.querySelector('.popup')?.textContent ?? '',
      pinned: !!root?.querySelector('.popup.pinned'),
      box: r && { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      highlighted: ranges.map((range) => range.toString()).join(' | '),
      announced: document.querySelector('.glosa-hover-live')?.textContent ?? '',
    };
  });
}

/** Wait until the popup is shown for a form starting with `word` (case-insensitive). */
export async function waitForPopup(page: Page, word: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((word) => {
    const host = document.querySelector('glosa-hover') as HTMLElement | null;
    const form = host?.shadowRoot?.querySelector('.form')?.textContent ?? '';
    return !!host && !host.hidden && host.style.visibility !== 'hidden' && form.toLowerCase().startsWith(word.toLowerCase());
  }, word, { timeout });
}

/** Move the mouse off the text and wait for an open, unpinned popup to close (it may cover the next word). */
export async function leaveWord(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => {
    const host = document.querySelector('glosa-hover') as HTMLElement | null;
    return !host || host.hidden || !!host.shadowRoot?.querySelector('.popup.pinned');
  }, null, { timeout: 5_000 });
}

/** Move the mouse to the middle of the first word of `text` and wait until the popup shows it. */
export async function hoverWord(page: Page, text: string): Promise<void> {
  // Start from a neutral spot so a popup already open for another word closes and a new scan happens.
  await leaveWord(page);
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x, y, { steps: 2 });
  await waitForPopup(page, /^[\p{L}\p{N}]+/u.exec(text)?.[0] ?? text);
}
