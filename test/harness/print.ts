// Prints the page the renderer shows to PDF the way Export PDF does: the print options are set through
// the real options popover (so they are also remembered in Settings.print), the appendices are awaited
// (body[data-print-ready]), then Chromium's page.pdf() runs with the same paper, margins, header and
// footer that main gives webContents.printToPDF (src/main/print.ts).
import type { Page } from 'playwright-core';
import { pdfOptions } from '../../src/main/print';

export type Appendix = 'glossary' | 'vocabulary';
const APPENDIX_INPUT: Record<Appendix, string> = { glossary: 'glossaryAppendix', vocabulary: 'vocabularyAppendix' };

/** Tick exactly the appendices asked for in the print options popover, then close it. */
export async function setAppendices(page: Page, appendix: readonly string[]): Promise<void> {
  for (const name of appendix) if (!(name in APPENDIX_INPUT)) throw new Error(`unknown appendix "${name}" (glossary, vocabulary)`);
  await page.click('#print-options');
  await page.waitForSelector('#print-options-panel:not([hidden])');
  for (const [name, input] of Object.entries(APPENDIX_INPUT)) {
    await page.setChecked(`#print-options-panel [name=${input}]`, appendix.includes(name));
  }
  await page.keyboard.press('Escape');
  await page.waitForSelector('#print-options-panel[hidden]', { state: 'attached' });
}

export async function printPdf(page: Page, appendix: string[]): Promise<Buffer> {
  await setAppendices(page, appendix);
  await page.waitForSelector('body[data-print-ready="true"]', { state: 'attached', timeout: 30_000 });
  const title = (await page.locator('#article h1').first().textContent().catch(() => null)) ?? (await page.title());
  const source = (await page.locator('#article .meta-source').first().textContent().catch(() => null)) ?? '';
  const o = pdfOptions('PL', title.trim(), source.trim());
  const m = o.margins!;
  return page.pdf({
    format: o.pageSize as 'A4' | 'Letter', printBackground: false, displayHeaderFooter: true,
    headerTemplate: o.headerTemplate, footerTemplate: o.footerTemplate,
    margin: { top: `${m.top}in`, bottom: `${m.bottom}in`, left: `${m.left}in`, right: `${m.right}in` },
  });
}

/**
 * Text of a PDF through Mozilla's pdf.js (pdfjs-dist, legacy build for Node): each page's text items in content
 * order, a line break where an item ends a line and between pages, so the text reads as pdftotext's did.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\n\f');
  } finally {
    await doc.destroy();
  }
}
