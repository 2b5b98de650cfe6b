// Print to PDF through the same path as Export PDF (built renderer, print stylesheet, appendices,
// Chromium's page.pdf() with main's paper/margins/header/footer), checked with poppler's pdftotext.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRenderer, REPO_ROOT, type RendererSession } from '../harness/renderer';
import { hoverWord } from '../harness/hover';
import { pdfText, printPdf } from '../harness/print';

const FIXTURES = resolve(REPO_ROOT, '../shared/fixtures/readability-test-pages');
const SEED = join(REPO_ROOT, 'seeds/syria-homs.txt');

/** pdftotext output as one line: ligatures unfolded (NFKC), whitespace collapsed, curly quotes kept. */
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The first words of each paragraph: short enough not to straddle a page break (orphans: 3). */
const opening = (paragraph: string, words = 7) => flat(paragraph).split(' ').slice(0, words).join(' ');

function expectInOrder(text: string, paragraphs: string[]): void {
  let at = 0;
  for (const p of paragraphs) {
    const needle = opening(p);
    const found = text.indexOf(needle, at);
    expect(found, `"${needle}" after offset ${at}`).toBeGreaterThanOrEqual(0);
    at = found + needle.length;
  }
}

// Glosa's own interface must never reach paper.
const APP_CHROME = ['Print options', 'Export PDF', 'Open…', 'Edit for print', 'Filter'];
const SEED_CHROME = ['Wyślij znajomemu', 'Wersja do druku', 'Podziel się', '-AA+A', 'sp/rl'];
const SEED_PARAGRAPHS = [
  'The insurgents, who have made dramatic gains over the last week',
  'Sources told the Reuters news agency that large army convoys',
  'As other rebel groups in the south-west advanced',
  'State media reported that President Bashar al-Assad',
  'The civil war in Syria started in 2011',
  'One of those groups, the Islamist Hayat Tahrir al-Sham',
  'Earlier this week, Assad\'s Russian allies conducted air strikes',
  'Russia has a significant airbase and naval base in Syria',
];

describe('print the seed page to PDF', () => {
  let session: RendererSession;
  beforeAll(async () => {
    session = await openRenderer({ file: SEED });
    await session.page.waitForSelector('#article .article-body p');
  });
  afterAll(() => session?.close());

  it('tells main when the print view is ready, with the title and source for the PDF header and footer', async () => {
    await expect.poll(() => session.printReady.length).toBeGreaterThan(0);
    expect(session.printReady[0]).toEqual({ ok: true, title: 'Rebels advance on key city in Syria', source: SEED });
  });

  it('prints the article paragraphs in order and none of the page chrome or app chrome', async () => {
    const text = flat(await pdfText(await printPdf(session.page, [])));
    expect(text).toContain('Rebels advance on key city in Syria');
    expectInOrder(text, SEED_PARAGRAPHS);
    for (const chrome of [...SEED_CHROME, ...APP_CHROME]) expect(text, chrome).not.toContain(chrome);
    expect(text).not.toMatch(/Glossary: the page's interface|Vocabulary/);
  });

  it('adds the glossary appendix with translations exactly when asked', async () => {
    const text = flat(await pdfText(await printPdf(session.page, ['glossary'])));
    expectInOrder(text, SEED_PARAGRAPHS);
    const appendixAt = text.indexOf("Glossary: the page's interface");
    expect(appendixAt).toBeGreaterThan(text.indexOf(opening(SEED_PARAGRAPHS.at(-1)!)));
    const appendix = text.slice(appendixAt);
    // The chrome strings appear only in the appendix, each with its English rendering.
    expect(appendix).toContain('Wersja do druku');
    expect(appendix).toMatch(/Wersja do druku Print(able|er-friendly)? version/i);
    expect(appendix).toContain('Podziel się');
    expect(appendix).toMatch(/Podziel się:?\s*(→\s*)?Share/);
    // Remembered in Settings.print for the next print.
    const settings = await session.page.evaluate(() => (window as unknown as { glosa: { getSettings(): Promise<{ print: { glossaryAppendix: boolean } }> } }).glosa.getSettings());
    expect(settings.print.glossaryAppendix).toBe(true);
  });

  it('leaves out a block removed in edit-for-print mode, and brings it back on undo', async () => {
    const { page } = session;
    await page.click('#print-options');
    await page.click('#print-options-panel .print-edit');
    await page.getByText(/^The civil war in Syria started in 2011/).click();
    const without = flat(await pdfText(await printPdf(page, [])));
    expect(without).not.toContain('The civil war in Syria started in 2011');
    expect(without).toContain('One of those groups, the Islamist');
    await page.click('.print-edit-banner .print-undo');
    await page.click('.print-edit-banner .print-done');
    expectInOrder(flat(await pdfText(await printPdf(page, []))), SEED_PARAGRAPHS);
  });

  it('adds the vocabulary appendix with notebook words saved from this document', async () => {
    const { page } = session;
    const path = await page.locator('#article .meta-source').textContent();
    await page.evaluate((sourcePath) => (window as unknown as { glosa: { notebookSave(d: unknown): Promise<unknown> } }).glosa.notebookSave({
      text: 'insurgents', lemma: 'insurgent', lang: 'en', translation: 'powstaniec', context: 'The insurgents…',
      sourceTitle: 'Rebels', sourcePath, note: '',
    }), path);
    const text = flat(await pdfText(await printPdf(page, ['vocabulary'])));
    const at = text.indexOf('Vocabulary');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at)).toMatch(/insurgents\s*★?\s*insurgent powstaniec/);
    expect(text).not.toContain("Glossary: the page's interface");
  });

  it('adds words looked up with the hover popup to the vocabulary appendix', async () => {
    const { page } = session;
    await hoverWord(page, 'fled');
    const text = flat(await pdfText(await printPdf(page, ['vocabulary'])));
    const appendix = text.slice(text.indexOf('Vocabulary'));
    expect(appendix).toMatch(/fled\s+flee\s+[^★]*ucie/);
  });
});

describe('print a file that cannot be opened', () => {
  it('tells main that there is nothing to print, and why', async () => {
    const session = await openRenderer({ file: join(tmpdir(), 'glosa-no-such-dir', 'missing.html') });
    try {
      await expect.poll(() => session.printReady.length).toBeGreaterThan(0);
      expect(session.printReady).toEqual([{ ok: false, message: expect.stringMatching(/missing\.html.*does not exist/) }]);
    } finally {
      await session.close();
    }
  });
});

// A paragraph in an <aside> that Readability drops: "Restore dropped text" puts it back into the print.
const ASIDE_PROSE = 'This sidebar recalls how the old bridge over the river was rebuilt twice after the floods of the last century.';
const ARTICLE_PROSE = 'The main story of this page is long enough for article extraction to keep it, paragraph after paragraph.';

describe('print a paragraph extraction dropped, restored in edit-for-print mode', () => {
  let session: RendererSession;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'glosa-dropped-'));
    const file = join(dir, 'aside.html');
    const body = Array.from({ length: 6 }, (_, i) => `<p>${ARTICLE_PROSE} Part ${i + 1}.</p>`).join('');
    writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge</title></head><body>
<article><h1>Bridge</h1>${body}</article><aside class="sidebar"><p>${ASIDE_PROSE}</p></aside></body></html>`);
    session = await openRenderer({ file });
    await session.page.waitForSelector('#article .article-body p');
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is not printed until restored, is printed after, and undo takes it out again', async () => {
    const { page } = session;
    expect(flat(await pdfText(await printPdf(page, [])))).not.toContain('old bridge over the river');
    await page.click('#print-options');
    await page.click('#print-options-panel .print-edit');
    await expect.poll(() => page.locator('.print-edit-banner .print-dropped').textContent()).toBe('Restore dropped text (1)');
    await page.click('.print-edit-banner .print-dropped');
    await page.click('.print-edit-banner .print-dropped-item');
    expect(await page.locator('#article .article-body > p.restored-block').textContent()).toBe(ASIDE_PROSE);
    const restored = flat(await pdfText(await printPdf(page, [])));
    expect(restored).toContain(opening(ASIDE_PROSE));
    expect(restored.indexOf(opening(ASIDE_PROSE))).toBeGreaterThan(restored.lastIndexOf('Part 6'));
    await page.click('.print-edit-banner .print-undo');
    await page.click('.print-edit-banner .print-done');
    expect(await page.locator('.restored-block').count()).toBe(0);
    expect(flat(await pdfText(await printPdf(page, [])))).not.toContain('old bridge over the river');
  });
});

// Two Readability test pages: a news article with images and captions, and one built on tables.
const PAGES = ['bbc-1', 'keep-tabular-data'];

describe.skipIf(!existsSync(FIXTURES))('print Readability test pages to PDF', () => {
  for (const name of PAGES) {
    it(`${name}: the expected article's paragraphs, in order, and no app chrome`, async () => {
      const dir = join(FIXTURES, name);
      const expected = new JSDOM(readFileSync(join(dir, 'expected.html'), 'utf8')).window.document;
      const paragraphs = [...expected.querySelectorAll('p')].map((p) => flat(p.textContent ?? '')).filter((p) => p.split(' ').length >= 12);
      expect(paragraphs.length).toBeGreaterThan(2);
      const session = await openRenderer({ file: join(dir, 'source.html') });
      try {
        await session.page.waitForSelector('#article .article-body');
        const text = flat(await pdfText(await printPdf(session.page, [])));
        expectInOrder(text, paragraphs);
        for (const chrome of APP_CHROME) expect(text, chrome).not.toContain(chrome);
        const withGlossary = flat(await pdfText(await printPdf(session.page, ['glossary'])));
        expectInOrder(withGlossary, paragraphs);
      } finally {
        await session.close();
      }
    });
  }
});
