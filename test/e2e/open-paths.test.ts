// What a page, or a compromised renderer, can ask of main, in the built renderer in Chromium with the real
// handlers: files open only when the user chose them (command line, dialog, recent list, drop), links leave
// only on a click, and a page's ids and classes cannot dress up as the app's.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLISH } from '../harness/paths';
import { openRenderer, type RendererSession } from '../harness/renderer';
import { CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol';

const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${POLISH} Akapit ${i}.</p>`).join('');
// No text, so Readability finds no article and the whole page is shown: its names would meet the app's.
const DRESSED_UP = `<!doctype html><html lang="pl"><body>
  <div id="glossary" class="drop-overlay"><img src="https://x.test/logo.png" alt="Logo strony"></div>
  <div id="article" class="article toolbar"><img alt="Zdjęcie"></div>
  <label for="theme"><img alt="Motyw"></label>
</body></html>`;

describe('opening files and links from the window', () => {
  let s: RendererSession;
  let dir: string;
  let chosen: string;
  let secret: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glosa-e2e-open-'));
    chosen = join(dir, 'chosen.html');
    secret = join(dir, 'secret.html');
    await writeFile(chosen, `<!doctype html><title>Wybrany</title><body><article><h1>Wybrany</h1>${paragraphs}<p><a href=" https://example.com/a b ">Więcej</a></p></article></body>`);
    await writeFile(secret, `<!doctype html><title>Sekret</title><body><article>${paragraphs}<p>SEKRET</p></article></body>`);
    await writeFile(join(dir, 'names.html'), DRESSED_UP);
    s = await openRenderer({ dropPaths: { 'chosen.html': chosen, 'names.html': join(dir, 'names.html') } });
  });
  afterAll(async () => {
    await s?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const drop = (name: string, content = '') =>
    s.page.evaluate(([n, c]) => {
      const data = new DataTransfer();
      data.items.add(new File([c!], n!, { type: 'text/html' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [name, content]);

  it('is served with main’s own policy, unaltered', async () => {
    const response = await fetch(`${s.server.origin}/index.html`);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a path the page names that the user never chose, and says so', async () => {
    const result = await s.page.evaluate((p) => window.glosa.openDocument(p), secret);
    expect(result).toMatchObject({ ok: false, error: { code: 'file-not-chosen' } });
    await s.emit({ type: 'open', result: result as never });
    await s.page.waitForSelector('#message:not([hidden])');
    expect(await s.page.textContent('#message')).toMatch(/opens only files you chose/);
    expect(await s.page.textContent('#article')).not.toContain('SEKRET');
  });

  it('opens a dropped file through main, which may then reopen it by path', async () => {
    await drop('chosen.html');
    await s.page.waitForFunction(() => document.querySelector('#article h1')?.textContent === 'Wybrany');
    expect(s.calls).toContain('drop');
    expect(await s.page.evaluate((p) => window.glosa.openDocument(p).then((r) => r?.ok), chosen)).toBe(true);
    expect((await s.page.evaluate(() => window.glosa.getSettings())).recent[0]).toBe(chosen);
  });

  it('reads a drop that has no path in the window itself, without main', async () => {
    const before = s.calls.filter((c) => c === 'openDocument').length;
    await drop('elsewhere.txt', 'Tekst bez ścieżki na dysku.');
    await s.page.waitForFunction(() => document.querySelector('#article')?.textContent?.includes('Tekst bez ścieżki'));
    expect(s.calls.filter((c) => c === 'openDocument').length).toBe(before);
  });

  it('opens a link on a click, as the parsed URL, and not when a script asks', async () => {
    await drop('chosen.html');
    await s.page.waitForFunction(() => document.querySelector('#article h1')?.textContent === 'Wybrany');
    expect(await s.page.evaluate(() => window.glosa.openExternal('https://example.com/script'))).toBe(false);
    await s.page.click('#article a');
    await expect.poll(() => s.externalLinks).toEqual(['https://example.com/a%20b']);
    expect(await s.page.evaluate(() => window.glosa.openExternal('https://example.com/after-click'))).toBe(false);
    expect(s.externalLinks).toEqual(['https://example.com/a%20b']);
  });

  it('keeps a page’s ids and classes apart from the app’s', async () => {
    await drop('names.html');
    await s.page.waitForSelector('#article .pg-drop-overlay');
    const seen = await s.page.evaluate(() => {
      const overlay = document.querySelector('#article .pg-drop-overlay') as HTMLElement | null;
      return {
        glossaryIsTheApps: document.getElementById('glossary')?.tagName,
        articleIsTheApps: document.getElementById('article')?.classList.contains('layout') === false && document.getElementById('article')?.closest('.reader') !== null,
        overlayPosition: overlay ? getComputedStyle(overlay).position : 'missing',
        appOverlayHidden: (document.getElementById('drop-overlay') as HTMLElement).hidden,
        pageToolbars: document.querySelectorAll('#article .toolbar, #article .drop-overlay, #article .article').length,
        labelFor: document.querySelector('#article label')?.getAttribute('for'),
      };
    });
    expect(seen).toEqual({
      glossaryIsTheApps: 'ASIDE', articleIsTheApps: true, overlayPosition: 'static', appOverlayHidden: true, pageToolbars: 0, labelFor: 'pg-theme',
    });
    // The app's own panel still answers to its id: Ctrl+G hides the aside, not the page's div.
    await s.page.keyboard.press('Control+g');
    expect(await s.page.evaluate(() => (document.querySelector('aside#glossary') as HTMLElement).hidden)).toBe(true);
    await s.page.keyboard.press('Control+g');
  });
});
