// The vocabulary notebook in the built renderer, in real Chromium, against the real main-side notebook
// store in a temporary user-data folder: save from the hover popup with the sentence and the document,
// the notebook panel, marks by lemma in the article, delete with undo, Anki TSV export and re-import.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotebookEntry } from '../../src/shared/types';
import { hoverWord } from '../harness/hover';
import { openRenderer, type RendererSession } from '../harness/renderer';

const work = mkdtempSync(join(tmpdir(), 'glosa-notebook-e2e-'));

/** The popup's notebook status line ("Saved", "Already saved"…). */
const popupStatus = (page: Page) =>
  page.evaluate(() => document.querySelector('glosa-hover')?.shadowRoot?.querySelector('.nb-status')?.textContent ?? '');

async function waitForPopupStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('glosa-hover')?.shadowRoot?.querySelector('.nb-status')?.textContent ?? ''),
    pattern.source,
    { timeout: 10_000 },
  );
  return popupStatus(page);
}

/** The words marked as saved in the article: the ranges of the "glosa-saved" CSS highlight. */
const savedMarks = (page: Page) => page.evaluate(markedWords);
function markedWords(): string[] {
  const highlight = CSS.highlights.get('glosa-saved') as unknown as Set<Range> | undefined;
  return highlight ? [...highlight].map((range) => range.toString()) : [];
}
const stored = (page: Page) => page.evaluate(() => window.glosa.notebookList()) as Promise<NotebookEntry[]>;
const listedWords = (page: Page) => page.locator('#notebook .nb-entry .nb-word').allTextContents();

async function openNotebook(page: Page): Promise<void> {
  if (await page.locator('#notebook').isHidden()) await page.keyboard.press('Control+b');
  await page.locator('#notebook').waitFor({ state: 'visible' });
}

describe('vocabulary notebook (seed page)', () => {
  let session: RendererSession;
  const exportPath = join(work, 'anki.tsv');

  beforeAll(async () => {
    session = await openRenderer({
      viewport: { width: 1280, height: 860 },
      saveDialog: () => exportPath,
      openDialog: () => exportPath,
    });
  });
  afterAll(async () => session?.close());

  it('saves "fled" from the popup with its sentence and the document title, and lists it', async () => {
    const { page } = session;
    await hoverWord(page, 'fled');
    await page.keyboard.press('s');
    expect(await waitForPopupStatus(page, /^Saved$/)).toBe('Saved');
    // The same word and sense again: the popup says so instead of saving twice.
    await page.keyboard.press('s');
    expect(await waitForPopupStatus(page, /Already saved/)).toBe('Already saved');

    const [entry, ...rest] = await stored(page);
    expect(rest).toHaveLength(0);
    const title = (await page.title()).replace(/ — Glosa$/, '');
    expect(entry).toMatchObject({ text: 'fled', lemma: 'flee', lang: 'en', sourceTitle: title });
    expect(entry!.translation).toMatch(/uciekać/);
    expect(entry!.context).toBe('British newspaper the Telegraph reported that the Syrian leader’s family has fled to Russia.');
    expect(entry!.sourcePath).toMatch(/seeds\/syria-homs\.txt$/);

    await page.keyboard.press('Escape');
    await openNotebook(page);
    const item = page.locator('#notebook .nb-entry').first();
    expect(await item.locator('.nb-word').textContent()).toBe('fled');
    expect(await item.locator('.nb-context').textContent()).toContain('family has fled to Russia.');
    expect(await item.locator('.nb-context mark').textContent()).toBe('fled');
    expect(await item.locator('.nb-source').textContent()).toContain(title);
    expect(await item.locator('.nb-translation').inputValue()).toMatch(/uciekać/);
  });

  it('marks the saved word in the article and the switch turns the marks off', async () => {
    const { page } = session;
    await page.waitForFunction(`(${markedWords})().includes('fled')`, null, { timeout: 10_000 });
    expect(await savedMarks(page)).toContain('fled');
    await page.locator('#notebook .nb-marks').uncheck();
    expect(await savedMarks(page)).toEqual([]);
    await page.locator('#notebook .nb-marks').check();
    expect(await savedMarks(page)).toContain('fled');
  });

  it('saves the sense clicked in the popup, and edits the note inline', async () => {
    const { page } = session;
    await page.keyboard.press('Control+b'); // close: the panel must not cover the article
    await page.locator('#notebook').waitFor({ state: 'hidden' });
    await hoverWord(page, 'reported');
    const senses = await page.evaluate(() =>
      [...document.querySelector('glosa-hover')!.shadowRoot!.querySelectorAll('.sense .translations')].map((s) => s.textContent));
    expect(senses.length).toBeGreaterThan(1);
    // Click the second sense in the popup, then Save.
    const box = await page.evaluate(() => {
      const li = document.querySelector('glosa-hover')!.shadowRoot!.querySelectorAll('.sense .translations')[1]!;
      const r = li.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.mouse.click(box.x, box.y);
    await page.keyboard.press('s');
    await waitForPopupStatus(page, /^Saved$/);
    const entry = (await stored(page)).find((e) => e.text === 'reported')!;
    expect(entry.translation).toBe(senses[1]);

    await page.keyboard.press('Escape');
    await openNotebook(page);
    const note = page.locator(`#notebook li[data-id="${entry.id}"] .nb-note`);
    await note.fill('heard on the radio');
    await note.press('Tab');
    await page.waitForFunction(
      (id) => window.glosa.notebookList().then((list) => list.find((e) => e.id === id)?.note === 'heard on the radio'),
      entry.id,
      { timeout: 10_000 },
    );
  });

  it('deletes an entry and brings it back with Undo', async () => {
    const { page } = session;
    await openNotebook(page);
    const before = await stored(page);
    const fled = before.find((e) => e.text === 'fled')!;
    await page.locator(`#notebook li[data-id="${fled.id}"] .nb-delete`).click();
    await page.locator('#notebook .nb-status .nb-undo').waitFor();
    expect(await listedWords(page)).not.toContain('fled');
    expect((await stored(page)).map((e) => e.id)).not.toContain(fled.id);
    await page.waitForFunction(`!(${markedWords})().includes('fled')`);

    await page.locator('#notebook .nb-status .nb-undo').click();
    await page.locator(`#notebook li[data-id="${fled.id}"]`).waitFor();
    const after = await stored(page);
    expect(after.find((e) => e.id === fled.id)).toEqual(fled);
    expect(after).toHaveLength(before.length);
    expect(await savedMarks(page)).toContain('fled');
  });

  it('exports Anki TSV through the save dialog and re-imports it with nothing added', async () => {
    const { page } = session;
    await openNotebook(page);
    const count = (await stored(page)).length;
    await page.locator('#notebook [data-export="tsv"]').click();
    await page.locator('#notebook .nb-status').filter({ hasText: 'anki.tsv' }).waitFor();
    expect(existsSync(exportPath)).toBe(true);
    const tsv = readFileSync(exportPath, 'utf8');
    expect(tsv).toMatch(/^fled\t/m);
    expect(tsv).toContain('family has fled to Russia');

    await page.locator('#notebook .nb-import').click();
    const status = page.locator('#notebook .nb-status').filter({ hasText: 'Imported' });
    await status.waitFor();
    expect(await status.textContent()).toContain(`Imported: 0 added, ${count} skipped`);
    expect(await stored(page)).toHaveLength(count);
  });
});

describe('vocabulary notebook: marks by lemma (Polish page)', () => {
  let session: RendererSession;
  const page1 = join(work, 'list.html');

  beforeAll(async () => {
    writeFileSync(page1, `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>List do redakcji</title></head>
<body><article><h1>List do redakcji</h1>
<p>Wczoraj chciałem wysłać list do redakcji, ale poczta była już zamknięta, więc wróciłem do domu.</p>
<p>Dzisiaj wiadomość została wysłana pocztą elektroniczną i dotarła na czas. Redakcja odpisała po godzinie.</p>
<p>Następnym razem wyślę wszystko rano, zanim zamkną urząd, i nie będę czekać do wieczora.</p>
</article></body></html>`);
    session = await openRenderer({ file: page1, viewport: { width: 1280, height: 860 } });
  });
  afterAll(async () => session?.close());

  it('saving "wysłać" marks "wysłana" and "wyślę" (same lemma), and nothing else', async () => {
    const { page } = session;
    expect(await savedMarks(page)).toEqual([]);
    await hoverWord(page, 'wysłać');
    await page.keyboard.press('s');
    await waitForPopupStatus(page, /^Saved$/);
    const [entry] = await stored(page);
    expect(entry).toMatchObject({ text: 'wysłać', lemma: 'wysłać', lang: 'pl', sourceTitle: 'List do redakcji' });
    expect(entry!.context).toBe('Wczoraj chciałem wysłać list do redakcji, ale poczta była już zamknięta, więc wróciłem do domu.');
    await page.waitForFunction(`(${markedWords})().includes('wysłana')`, null, { timeout: 10_000 });
    expect((await savedMarks(page)).sort()).toEqual(['wysłana', 'wysłać', 'wyślę'].sort());
  });
});
