// The Node hosts' DomEnv (CLI, tests, peer suite): jsdom with scripts off and no resource loading, one window per
// document. Two measured traps: jsdom's constructor throws on some pages' CSS (e.g. `calc($scss-var)` in a
// <style>), so a page that fails is parsed again without its style sheets (Glosa never needs page CSS); and a
// long-lived window keeps 3.5–4 MB per page, so each document gets a fresh window, closed by dispose().
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { DomEnv } from '../core/open/pipeline';

const quiet = new VirtualConsole(); // no listeners: jsdom's CSS parse errors are not the user's concern

function makeDom(html: string, url: string): JSDOM {
  const options = { url: /^https?:|^about:/i.test(url) ? url : 'about:blank', contentType: 'text/html', virtualConsole: quiet };
  try {
    return new JSDOM(html, options);
  } catch {
    const noSheets = html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '').replace(/<link\b[^>]*>/gi, '');
    try {
      return new JSDOM(noSheets, options);
    } catch {
      return new JSDOM(noSheets.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*')/gi, ''), options);
    }
  }
}

/** A reusable env: each parseHtml opens a new window and closes the previous one; dispose() closes the last. */
export function jsdomDomEnv(): DomEnv {
  let dom: JSDOM | null = null;
  let purifier: DOMPurify | null = null;
  const close = (): void => {
    dom?.window.close();
    dom = null;
    purifier = null;
  };
  return {
    parseHtml(html: string, url: string): Document {
      close();
      dom = makeDom(html, url);
      return dom.window.document;
    },
    get purify(): DOMPurify {
      if (!purifier) {
        dom ??= makeDom('', 'about:blank');
        purifier = createDOMPurify(dom.window as unknown as Window & typeof globalThis);
      }
      return purifier;
    },
    dispose: close,
  };
}

/** Let closed jsdom windows be collected: call between documents in loops. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
