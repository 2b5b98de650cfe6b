// Hover translations in the built renderer, in real Chromium, against the real dictionaries behind the
// main-side lookup handler: English → Polish in the article, Polish → English in the glossary panel,
// phrases, window edges, Esc, pinning, the keyboard reading caret, and when the popup opens (hover intent).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, RANGES } from '../../src/shared/settings';
import { hoverWord, leaveWord, pointOf, popupState, waitForPopup } from '../harness/hover';
import { openRenderer, type RendererSession } from '../harness/renderer';

let session: RendererSession;

async function glossaryReady(): Promise<void> {
  await session.page.waitForFunction(() => document.querySelectorAll('#glossary .gloss-pl').length > 0, null, { timeout: 60_000 });
}

describe('hover translations', () => {
  beforeAll(async () => {
    session = await openRenderer({ viewport: { width: 1280, height: 860 } });
    await glossaryReady();
  });
  afterAll(async () => session?.close());

  it('shows a Polish translation of flee for "fled" in the article', async () => {
    await hoverWord(session.page, 'fled');
    const popup = await popupState(session.page);
    expect(popup.form.toLowerCase()).toBe('fled');
    expect(popup.highlighted).toBe('fled');
    expect(popup.text).toMatch(/flee/);
    expect(popup.text).toMatch(/uciec|uciekać/);
    // Announced once the popup is painted (the live region is written after its frame).
    await session.page.waitForFunction(() => /uciec|uciekać/.test(document.querySelector('.glosa-hover-live')?.textContent ?? ''));
  });

  it('shows the perfect auxiliary first for "has" in "has fled", ranked by the sentence', async () => {
    await hoverWord(session.page, 'has fled');
    const popup = await popupState(session.page);
    expect(popup.form.toLowerCase()).toBe('has');
    const shadowFirstSense = await session.page.evaluate(() => {
      const root = document.querySelector('glosa-hover')?.shadowRoot;
      return root?.querySelector('ol li, li')?.textContent ?? '';
    });
    expect(shadowFirstSense).toMatch(/perfect auxiliary/);
  });

  it('shows "mark" with the lemma oznaczyć for "oznaczone" in the glossary panel', async () => {
    await hoverWord(session.page, 'oznaczone');
    const popup = await popupState(session.page);
    expect(popup.form).toBe('oznaczone');
    expect(popup.text).toMatch(/oznaczyć/);
    expect(popup.text).toMatch(/\bmark\b/);
  });

  it('matches "Podziel się" as one phrase in the glossary panel', async () => {
    const { page } = session;
    await leaveWord(page);
    const { x, y } = await pointOf(page, 'Podziel się', ['glossary']);
    await page.mouse.move(x, y, { steps: 2 });
    await waitForPopup(page, 'Podziel');
    const popup = await popupState(page);
    expect(popup.form).toBe('Podziel się');
    expect(popup.highlighted).toBe('Podziel się');
    expect(popup.text).toMatch(/share/i);
  });

  it('closes on Esc, pins with P and keeps the popup open when the pointer moves into it', async () => {
    const { page } = session;
    await hoverWord(page, 'fled');
    await page.keyboard.press('p');
    expect((await popupState(page)).pinned).toBe(true);
    // Pinned: moving over other words does not replace it.
    const other = await pointOf(page, 'Russia', ['article']);
    await page.mouse.move(other.x, other.y, { steps: 3 });
    await page.waitForTimeout(300);
    expect((await popupState(page)).form.toLowerCase()).toBe('fled');
    await page.keyboard.press('Escape');
    expect((await popupState(page)).visible).toBe(false);
    // Unpinned: the pointer travels from the word into the popup and it stays.
    await hoverWord(page, 'fled');
    const box = (await popupState(page)).box!;
    await page.mouse.move(box.left + 20, box.top + 12, { steps: 6 });
    await page.waitForTimeout(500);
    const inside = await popupState(page);
    expect(inside.visible).toBe(true);
    expect(inside.form.toLowerCase()).toBe('fled');
    await page.keyboard.press('Escape');
    expect((await popupState(page)).visible).toBe(false);
  });

  it('shows the popup for the word at the keyboard reading caret, without a mouse', async () => {
    const { page } = session;
    await leaveWord(page);
    await page.locator('#reader').focus();
    await page.keyboard.press('c');
    await page.waitForFunction(() => {
      const host = document.querySelector('glosa-hover') as HTMLElement | null;
      return !!host && !host.hidden;
    });
    const first = await popupState(page);
    const caretWord = await page.evaluate(() => [...(CSS.highlights.get('glosa-caret') as unknown as Set<Range>)][0]!.toString());
    expect(first.form.toLowerCase().startsWith(caretWord.toLowerCase())).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((prev) => [...(CSS.highlights.get('glosa-caret') as unknown as Set<Range>)][0]!.toString() !== prev, caretWord);
    const next = await page.evaluate(() => [...(CSS.highlights.get('glosa-caret') as unknown as Set<Range>)][0]!.toString());
    await waitForPopup(page, next);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => CSS.highlights.get('glosa-caret')!.size)).toBe(0);
  });
});

describe('hover popup at the window edges', () => {
  let edge: RendererSession;
  beforeAll(async () => {
    // A narrow, short window: the last words of lines sit at the right edge, the last lines at the bottom.
    edge = await openRenderer({ viewport: { width: 700, height: 420 } });
    await edge.page.waitForFunction(() => document.querySelectorAll('#glossary .gloss-pl').length > 0, null, { timeout: 60_000 });
    await edge.page.evaluate(() => { document.getElementById('glossary')!.hidden = true; });
  });
  afterAll(async () => edge?.close());

  it('keeps the popup inside the window at the right and bottom edges', async () => {
    const { page } = edge;
    // The rightmost and the lowest visible word of the article.
    const points = await page.evaluate(() => {
      const words: Array<{ x: number; y: number; right: number; bottom: number; word: string }> = [];
      const walker = document.createTreeWalker(document.getElementById('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (const m of n.data.matchAll(/\p{L}{4,}/gu)) {
          const range = document.createRange();
          range.setStart(n, m.index!);
          range.setEnd(n, m.index! + m[0].length);
          const r = range.getBoundingClientRect();
          if (r.top < 60 || r.bottom > innerHeight - 2 || r.right > innerWidth - 20) continue;
          words.push({ x: r.left + r.width / 2, y: r.top + r.height / 2, right: r.right, bottom: r.bottom, word: m[0] });
        }
      }
      const right = words.reduce((a, b) => (b.right > a.right ? b : a));
      const bottom = words.reduce((a, b) => (b.bottom > a.bottom ? b : a));
      return [right, bottom];
    });
    for (const p of points) {
      await leaveWord(page);
      await page.mouse.move(p.x, p.y, { steps: 2 });
      await waitForPopup(page, p.word);
      const { box } = await popupState(page);
      const size = page.viewportSize()!;
      expect(box!.left).toBeGreaterThanOrEqual(0);
      expect(box!.top).toBeGreaterThanOrEqual(0);
      expect(box!.right).toBeLessThanOrEqual(size.width);
      expect(box!.bottom).toBeLessThanOrEqual(size.height);
    }
  });
});

describe('hover settings', () => {
  let s: RendererSession;
  beforeAll(async () => {
    s = await openRenderer({ viewport: { width: 1280, height: 860 } });
    await s.page.waitForFunction(() => document.querySelectorAll('#glossary .gloss-pl').length > 0, null, { timeout: 60_000 });
  });
  afterAll(async () => s?.close());

  it('opens from the toolbar by keyboard, and "to Polish" still gives Polish for an English word, after a reload too', async () => {
    const { page } = s;
    await page.locator('#settings').focus();
    await page.keyboard.press('Enter');
    const direction = page.locator('#settings-panel select[name=direction]');
    await direction.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('direction');
    expect(await direction.inputValue()).toBe('auto');
    await direction.selectOption('to-pl');
    await page.waitForFunction(async () => (await window.glosa.getSettings()).direction === 'to-pl');
    await page.keyboard.press('Escape');
    await page.locator('#settings-panel').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings');

    await hoverWord(page, 'fled');
    const popup = await popupState(page);
    expect(popup.text).toMatch(/EN → PL/);
    expect(popup.text).toMatch(/uciec|uciekać/);
    // The setting is applied, not just stored: a Polish word of the glossary is now read as English.
    await hoverWord(page, 'oznaczone');
    expect((await popupState(page)).text).toMatch(/EN → PL/);

    await page.reload();
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    await page.locator('#settings').click();
    expect(await page.locator('#settings-panel select[name=direction]').inputValue()).toBe('to-pl');
    await page.keyboard.press('Escape');
    await hoverWord(page, 'fled');
    const again = await popupState(page);
    expect(again.text).toMatch(/EN → PL/);
    expect(again.text).toMatch(/uciec|uciekać/);
  });
});

describe('hover intent', () => {
  let s: RendererSession;
  // The longest rest time the settings allow: the rest timer cannot fire within a test step, so what opens
  // a popup below is the pointer's intent (a second, slow event on a word; an open popup; the key held).
  const LONG_REST = RANGES.hoverDelayMs.max;
  // Well under LONG_REST: a popup seen within this was not opened by the rest timer.
  const SOONER = LONG_REST * 0.75;

  /** Centres of the words of one line of the article with at least 6 words. */
  async function lineOfWords(page: Page): Promise<Array<{ x: number; y: number; word: string }>> {
    return page.evaluate(() => {
      const reader = document.getElementById('reader')!;
      const view = reader.getBoundingClientRect();
      const lines = new Map<number, Array<{ x: number; y: number; word: string }>>();
      const walker = document.createTreeWalker(document.getElementById('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.parentElement!.closest('a, h1, h2, h3, figcaption')) continue;
        for (const m of n.data.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}{3,}(?![\p{L}\p{N}'’-])/gu)) {
          const range = document.createRange();
          range.setStart(n, m.index!);
          range.setEnd(n, m.index! + m[0].length);
          const rects = range.getClientRects();
          if (rects.length !== 1) continue;
          const r = rects[0]!;
          if (r.top < view.top + 60 || r.bottom > view.bottom - 200) continue;
          const y = Math.round(r.top + r.height / 2);
          lines.set(y, [...(lines.get(y) ?? []), { x: r.left + r.width / 2, y, word: m[0] }]);
        }
      }
      const line = [...lines.values()].find((words) => words.length >= 6);
      if (!line) throw new Error('no line of 6 words in view');
      return line.sort((a, b) => a.x - b.x).slice(0, 6);
    });
  }

  /** Move the pointer over `words` one after the other, one pointer event on each. */
  async function sweep(page: Page, words: Array<{ x: number; y: number }>): Promise<void> {
    for (const w of words) await page.mouse.move(w.x, w.y);
  }

  /** Two frames later: a popup whose show was under way is on screen by then. */
  const settled = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  beforeAll(async () => {
    s = await openRenderer({ viewport: { width: 1280, height: 860 } });
    await s.page.waitForFunction(() => document.querySelectorAll('#glossary .gloss-pl').length > 0, null, { timeout: 60_000 });
    await s.page.evaluate(() => { document.getElementById('glossary')!.hidden = true; });
  });
  afterAll(async () => s?.close());

  it('opens no popup while the pointer sweeps a line, and opens it on the word where the pointer rests', async () => {
    const { page } = s;
    await page.evaluate((ms) => window.glosa.setSettings({ hoverDelayMs: ms }), LONG_REST);
    await leaveWord(page);
    const words = await lineOfWords(page);
    await sweep(page, words);
    await settled(page);
    expect((await popupState(page)).visible).toBe(false);
    // The pointer stops on the last word: its next event there, barely moved, is a rest.
    const last = words.at(-1)!;
    await page.waitForTimeout(30);
    await page.mouse.move(last.x + 1, last.y);
    await waitForPopup(page, last.word, SOONER);
    expect((await popupState(page)).highlighted.toLowerCase()).toMatch(new RegExp(`^${last.word.toLowerCase()}`));
  });

  it('with the default rest time, opens the popup for the word the pointer stops on', async () => {
    const { page } = s;
    await page.evaluate((ms) => window.glosa.setSettings({ hoverDelayMs: ms }), DEFAULT_SETTINGS.hoverDelayMs);
    expect(DEFAULT_SETTINGS.hoverDelayMs).toBeLessThan(300);
    await leaveWord(page);
    const words = await lineOfWords(page);
    await sweep(page, words);
    // No further event: the rest time alone opens it.
    await waitForPopup(page, words.at(-1)!.word);
    expect((await popupState(page)).form.toLowerCase().startsWith(words.at(-1)!.word.toLowerCase())).toBe(true);
  });

  it('with a popup open, moving to the next word updates it at once', async () => {
    const { page } = s;
    await page.evaluate((ms) => window.glosa.setSettings({ hoverDelayMs: ms }), LONG_REST);
    await leaveWord(page);
    const [first, second, third] = await lineOfWords(page);
    await page.mouse.move(first!.x, first!.y);
    await page.waitForTimeout(30);
    await page.mouse.move(first!.x + 1, first!.y);
    await waitForPopup(page, first!.word, SOONER);
    for (const next of [second!, third!]) {
      await page.mouse.move(next.x, next.y);
      await waitForPopup(page, next.word, SOONER);
      expect((await popupState(page)).highlighted.toLowerCase().startsWith(next.word.toLowerCase())).toBe(true);
    }
  });

  it('with the modifier held, shows the popup at once; without it, the required modifier shows nothing', async () => {
    const { page } = s;
    await page.evaluate((ms) => window.glosa.setSettings({ hoverDelayMs: ms, modifier: 'none' }), LONG_REST);
    await leaveWord(page);
    const [first, , , fourth] = await lineOfWords(page);
    // No modifier required: Shift is the key that skips the rest time.
    await page.keyboard.down('Shift');
    await page.mouse.move(first!.x, first!.y);
    await waitForPopup(page, first!.word, SOONER);
    await page.keyboard.up('Shift');
    await leaveWord(page);

    await page.evaluate(() => window.glosa.setSettings({ modifier: 'alt' }));
    await page.mouse.move(fourth!.x, fourth!.y);
    await settled(page);
    expect((await popupState(page)).visible).toBe(false);
    // Pressing the required modifier over the still pointer shows the word there at once.
    await page.keyboard.down('Alt');
    await waitForPopup(page, fourth!.word, SOONER);
    await page.keyboard.up('Alt');
    await page.keyboard.press('Escape');
    await page.evaluate((d) => window.glosa.setSettings({ hoverDelayMs: d.hoverDelayMs, modifier: d.modifier }), DEFAULT_SETTINGS);
  });
});
