// The renderer's DomEnv: the browser's own DOMParser (an inert document: scripts never run, nothing loads) and
// DOMPurify bound to the renderer's window.
import createDOMPurify from 'dompurify';
import type { DomEnv } from './pipeline';

export function browserDomEnv(): DomEnv {
  const parser = new DOMParser();
  const purify = createDOMPurify(window);
  return {
    parseHtml(html: string, url: string): Document {
      const doc = parser.parseFromString(html, 'text/html');
      // DOMParser documents take the renderer's URL; a <base> gives Readability the page's own for relative links.
      if (/^https?:/i.test(url) && !doc.querySelector('base[href]')) {
        const base = doc.createElement('base');
        base.href = url;
        doc.head.prepend(base);
      }
      return doc;
    },
    purify,
  };
}
