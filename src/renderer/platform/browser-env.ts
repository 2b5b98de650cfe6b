// The renderer's DomEnv: the browser's own DOMParser (an inert document: scripts never run, nothing loads),
// DOMPurify bound to the renderer's window, and one blob: URL per MHTML image part (the CSP's img-src allows blob:).
import createDOMPurify, { type DOMPurify } from 'dompurify';
import type { DomEnv } from '../../core/open/pipeline';

// One DOMPurify per window: creating it sets up its element and attribute tables, and nothing in it is per
// document (the configuration is passed with every sanitize call, and no hooks are added).
let purifier: DOMPurify | null = null;
let parser: DOMParser | null = null;

/** A DomEnv for one document; revokeObjectUrls() frees its image parts once the document is no longer shown. */
export function browserDomEnv(): DomEnv & { revokeObjectUrls(): void } {
  purifier ??= createDOMPurify(window);
  parser ??= new DOMParser();
  const domParser = parser;
  const objectUrls: string[] = [];
  return {
    objectUrl(bytes: Uint8Array, type: string): string {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
      objectUrls.push(url);
      return url;
    },
    revokeObjectUrls(): void {
      for (const url of objectUrls.splice(0)) URL.revokeObjectURL(url);
    },
    parseHtml(html: string, url: string): Document {
      const doc = domParser.parseFromString(html, 'text/html');
      // DOMParser documents take the renderer's URL; a <base> gives Readability the page's own for relative links.
      if (/^https?:/i.test(url) && !doc.querySelector('base[href]')) {
        const base = doc.createElement('base');
        base.href = url;
        doc.head.prepend(base);
      }
      return doc;
    },
    purify: purifier,
  };
}
