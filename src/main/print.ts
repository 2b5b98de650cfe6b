// Options for webContents.printToPDF: paper from the locale's country, margins, and a header and footer
// carrying the title, the page number and the source. Pure, so the choice of paper can be tested.
import type { PrintToPDFOptions } from 'electron';

// Countries that use US Letter (the rest of the world uses A4).
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR', 'CR', 'DO', 'SV', 'PA', 'NI', 'HN', 'BZ']);

export function paperForCountry(country: string): 'A4' | 'Letter' {
  return LETTER_COUNTRIES.has(country.toUpperCase()) ? 'Letter' : 'A4';
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function pdfOptions(country: string, title: string, source: string): PrintToPDFOptions {
  const style = 'font-family: serif; font-size: 8px; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; color: #555;';
  return {
    pageSize: paperForCountry(country),
    printBackground: false,
    margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${style}"><span>${escapeHtml(title)}</span></div>`,
    footerTemplate: `<div style="${style}"><span>${escapeHtml(source)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}
