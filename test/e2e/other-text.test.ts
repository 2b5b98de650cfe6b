// The collapsed "Other text around the article" list under the glossary, on a real-pages fixture, in real Chromium:
// closed at first, opened from the keyboard, holding a teaser that is not a glossary row.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRenderer, REPO_ROOT, type RendererSession } from '../harness/renderer';

const PAGE = join(REPO_ROOT, 'test/fixtures/real-pages/wiadomosci-lokalne.html');
const TEASER = 'Pożar hali magazynowej pod miastem.';

describe('other text around the article', () => {
  let s: RendererSession;
  beforeAll(async () => {
    s = await openRenderer({ file: PAGE });
    await s.page.waitForSelector('.gloss-pl');
  });
  afterAll(async () => s?.close());

  it('is listed apart from the glossary, collapsed, and opens from the keyboard', async () => {
    const details = s.page.locator('.glossary-other');
    await details.waitFor({ state: 'attached' });
    expect(await details.isVisible()).toBe(true);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await s.page.locator('.glossary-other-list li').first().isVisible()).toBe(false);
    expect(await s.page.textContent('.glossary-other summary')).toMatch(/Other text around the article \(\d+\)/);

    await s.page.focus('.glossary-other summary');
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('.glossary-other')!.open);
    const other = await s.page.$$eval('.glossary-other-list li', (els) => els.map((e) => e.textContent));
    const rows = await s.page.$$eval('.gloss-pl', (els) => els.map((e) => e.textContent));
    expect(other).toContain(TEASER);
    expect(rows).not.toContain(TEASER);
    expect(other.filter((o) => rows.includes(o))).toEqual([]);
    expect(await s.page.locator('.glossary-other-list li', { hasText: TEASER }).isVisible()).toBe(true);

    await s.page.keyboard.press('Space');
    await s.page.waitForFunction(() => !document.querySelector<HTMLDetailsElement>('.glossary-other')!.open);
  });
});

describe('other text around the article (Polish interface)', () => {
  let s: RendererSession;
  beforeAll(async () => {
    s = await openRenderer({ file: PAGE, lang: 'pl' });
    await s.page.waitForSelector('.gloss-pl');
  });
  afterAll(async () => s?.close());

  it('has its title in Polish', async () => {
    expect(await s.page.textContent('.glossary-other summary')).toMatch(/Inny tekst wokół artykułu \(\d+\)/);
  });
});
