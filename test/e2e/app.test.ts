// The reader window in real Chromium: the built renderer, the stand-in bridge, the real main handlers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { openRenderer, type RendererSession } from '../harness/renderer';

describe('reader window (English interface)', () => {
  let s: RendererSession;
  let dialogAnswer: string | null = null;
  beforeAll(async () => {
    s = await openRenderer({ openDialog: () => dialogAnswer });
  });
  afterAll(async () => s?.close());

  it('opens the seed page as a clean article with its title once and both subheadings', async () => {
    const headings = await s.page.$$eval('#article h1, #article h2', (els) => els.map((e) => `${e.tagName}:${e.textContent!.trim()}`));
    expect(headings[0]).toBe('H1:Rebels advance on key city in Syria');
    expect(headings.filter((h) => h.includes('Rebels advance on key city in Syria'))).toHaveLength(1);
    expect(headings).toContain("H2:Trump: U.S. should 'not get involved'");
    expect(headings).toContain("H2:'A new reality'");
    const text = await s.page.textContent('#article');
    expect(text).toContain('The insurgents, who have made dramatic gains over the last week');
    expect(text).toContain('Geir Pedersen also called for calm and avoidance of bloodshed.');
    for (const chrome of ['Wyślij znajomemu', 'Wersja do druku', 'Podziel się', '-AA+A', 'sp/rl']) expect(text).not.toContain(chrome);
  });

  it('shows the document format and encoding in the toolbar', async () => {
    expect(await s.page.textContent('#doc-info')).toMatch(/syria-homs\.txt · Text dump · utf-8/i);
  });

  it('lists the Polish interface strings in the glossary panel', async () => {
    await s.page.waitForSelector('.gloss-pl');
    const polish = await s.page.$$eval('.gloss-pl', (els) => els.map((e) => e.textContent));
    expect(polish.join('|')).toMatch(/Wersja do druku/);
    expect(polish.join('|')).toMatch(/Wyślij znajomemu/);
    expect(polish.join('|')).not.toMatch(/Rebels|Syria/);
  });

  it('changes font size with the keyboard and remembers it', async () => {
    const before = (await s.page.evaluate(() => window.glosa.getSettings())).fontSize;
    await s.page.keyboard.press('Control+=');
    await s.page.keyboard.press('Control+=');
    await s.page.waitForFunction((b) => getComputedStyle(document.querySelector('.article')!).fontSize === `${b + 2}px`, before);
    await expect.poll(async () => (await s.page.evaluate(() => window.glosa.getSettings())).fontSize).toBe(before + 2);
  });

  it('resets the font size to the stored default with Ctrl+0', async () => {
    await s.page.keyboard.press('Control+=');
    await s.page.keyboard.press('Control+0');
    await s.page.waitForFunction((size) => getComputedStyle(document.querySelector('.article')!).fontSize === `${size}px`, DEFAULT_SETTINGS.fontSize);
    await expect.poll(async () => (await s.page.evaluate(() => window.glosa.getSettings())).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
  });

  it('switches theme from the toolbar, and main\'s word of an earlier change does not switch it back', async () => {
    // Every theme the body shows from here on.
    await s.page.evaluate(() => {
      const w = window as unknown as { __themes: string[] };
      w.__themes = [];
      new MutationObserver(() => w.__themes.push(document.body.dataset.theme ?? '')).observe(document.body, { attributes: true, attributeFilter: ['data-theme'] });
    });
    // A font change just before, in the same task: main announces it (with the theme it had then) after the
    // theme is set here.
    await s.page.evaluate(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '=', ctrlKey: true, bubbles: true }));
      const select = document.getElementById('theme') as HTMLSelectElement;
      select.value = 'dark';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await s.page.waitForSelector('body[data-theme="dark"]');
    await expect.poll(() => s.page.evaluate(() => window.glosa.getSettings().then((x) => x.theme))).toBe('dark');
    await s.page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    const themes = await s.page.evaluate(() => (window as unknown as { __themes: string[] }).__themes);
    expect(themes.slice(themes.indexOf('dark'))).not.toContain('light');
    const bg = await s.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(27, 28, 30)');
    await s.page.selectOption('#theme', 'light');
    await s.page.keyboard.press('Control+0');
  });

  it('tells the user, in the window, when a file cannot be opened, and keeps the article', async () => {
    dialogAnswer = '/nonexistent/page.html';
    await s.page.keyboard.press('Control+o');
    await s.page.waitForSelector('#message:not([hidden])');
    dialogAnswer = null;
    expect(await s.page.textContent('#message')).toMatch(/page\.html.*(does not exist|not found)/i);
    expect(await s.page.textContent('#article h1')).toBe('Rebels advance on key city in Syria');
  });

  it('rejects a bridge call whose arguments do not fit the contract', async () => {
    const error = await s.page.evaluate(() => (window.glosa.lookup as (q: unknown) => Promise<unknown>)({ text: 1, lang: 'xx' }).then(() => 'accepted', (e: Error) => e.message));
    expect(error).toMatch(/rejected lookup/);
  });

  it('runs no inline script: the CSP holds in the served page', async () => {
    const ran = await s.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inline?: number }).__inline ?? 0;
    });
    expect(ran).toBe(0);
  });
});

describe('reader window (Polish interface)', () => {
  let s: RendererSession;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glosa-e2e-'));
    s = await openRenderer({ lang: 'pl', userDataDir: dir });
  });
  afterAll(async () => {
    await s?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('labels the toolbar and the glossary in Polish', async () => {
    expect(await s.page.textContent('#open')).toBe('Otwórz…');
    expect(await s.page.textContent('#print')).toBe('Drukuj…');
    expect(await s.page.textContent('.glossary h2')).toBe('Słowniczek interfejsu');
    expect(await s.page.getAttribute('html', 'lang')).toBe('pl');
  });

  it('switches to English from the toolbar and remembers the choice after a reload', async () => {
    await s.page.selectOption('#ui-lang', 'en');
    await s.page.waitForFunction(() => document.querySelector('#open')?.textContent === 'Open…');
    await s.page.reload();
    await s.page.waitForSelector('body[data-ready]');
    expect(await s.page.textContent('#open')).toBe('Open…');
  });
});

describe('reader window with a bad file', () => {
  let s: RendererSession;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glosa-e2e-bad-'));
    await writeFile(join(dir, 'empty.html'), '');
    s = await openRenderer({ file: join(dir, 'empty.html') });
  });
  afterAll(async () => {
    await s?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows a clear message instead of a blank window', async () => {
    await s.page.waitForSelector('#message:not([hidden])');
    expect(await s.page.getAttribute('#message', 'data-code')).toBe('file-empty');
    expect((await s.page.textContent('#message'))!.length).toBeGreaterThan(10);
  });
});

describe('reader window after a crash left a damaged settings file', () => {
  let s: RendererSession;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glosa-e2e-damaged-'));
    await writeFile(join(dir, 'settings.json'), '{"theme": "dark", "fontSiz');
    s = await openRenderer({ userDataDir: dir });
  });
  afterAll(async () => {
    await s?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens the page and tells the user that the file was set aside', async () => {
    expect(await s.page.textContent('#article h1')).toBe('Rebels advance on key city in Syria');
    await s.page.waitForSelector('#message:not([hidden])');
    expect(await s.page.getAttribute('#message', 'data-code')).toMatch(/^storage-recovered-/);
    expect(await s.page.textContent('#message')).toMatch(/settings\.json.*damaged/);
  });
});

describe('glossary rows with no confident translation', () => {
  let s: RendererSession;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glosa-e2e-wbw-'));
    const prose = 'Rząd przyjął w czwartek projekt ustawy o ochronie zdrowia psychicznego dzieci i młodzieży. '.repeat(12);
    await writeFile(join(dir, 'page.html'), `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Ustawa</title></head><body>
      <nav><a href="/">Strona główna</a> <a href="/kraj">Kraj</a></nav>
      <article><h1>Nowa ustawa</h1><p>${prose}</p><p>${prose}</p></article>
      <footer><p>Prosimy czytelników o cierpliwość, ponieważ nasi redaktorzy sprawdzają każdy komentarz ręcznie.</p></footer>
      </body></html>`);
    s = await openRenderer({ file: join(dir, 'page.html') });
  });
  afterAll(async () => {
    await s?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows a sentence word by word in the Polish order, marked, each word tagged Polish for the hover popup', async () => {
    await s.page.waitForSelector('.gloss-pl');
    const row = s.page.locator('.gloss.word-by-word', { hasText: 'Prosimy czytelników' });
    await row.waitFor();
    expect(await row.locator('.wbw-label').textContent()).toBe('word by word');
    const words = await row.locator('.wbw-pl').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('lang')]));
    expect(words.slice(0, 3)).toEqual([['Prosimy', 'pl'], ['czytelników', 'pl'], ['o', 'pl']]);
    expect(await row.locator('.gloss-mark').textContent()).toBe('⋯');
  });
});
