// The Node hosts' DomEnv (CLI, tests, peer suite): jsdom with scripts off and no resource loading, one window per
// document. Two measured traps: jsdom's constructor throws on some pages' CSS (e.g. `calc($scss-var)` in a
// <style>), so a page that fails is parsed again without its style sheets (Glosa never needs page CSS); and a
// long-lived window keeps 3.5–4 MB per page, so each document gets a fresh window, closed by dispose().
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { DomEnv } from '../core/open/pipeline';
import { installFastSelect } from './jsdom-fast-select';

const quiet = new VirtualConsole(); // no listeners: jsdom's CSS parse errors are not the user's concern

// Style sheets are dropped before jsdom sees them: jsdom parses them eagerly (slow, and it throws on some), and
// neither Readability nor the sanitiser reads them (Readability's visibility test reads only inline styles).
const STYLE_START = /<style\b/gi;
const STYLE_END = /<\/style\s*>/gi;

/**
 * html without its <style>…</style> elements, in one pass: each search starts where the last one ended. An unclosed
 * <style> goes with the rest of the page, which the parser would take as its CSS text anyway (and no later <style>
 * could be closed), so many unclosed ones cost no more than one.
 */
export function dropStyleElements(html: string): string {
  const kept: string[] = [];
  let from = 0;
  for (;;) {
    STYLE_START.lastIndex = from;
    const start = STYLE_START.exec(html);
    if (!start) break;
    kept.push(html.slice(from, start.index));
    const gt = html.indexOf('>', start.index);
    STYLE_END.lastIndex = gt + 1;
    const end = gt < 0 ? null : STYLE_END.exec(html);
    if (!end) return kept.join('');
    from = end.index + end[0].length;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

function makeDom(html: string, url: string): JSDOM {
  const dom = parseDom(html, url);
  installFastSelect(dom.window);
  return dom;
}

function parseDom(html: string, url: string): JSDOM {
  const options = { url: /^https?:|^about:/i.test(url) ? url : 'about:blank', contentType: 'text/html', virtualConsole: quiet };
  const noSheets = dropStyleElements(html);
  try {
    return new JSDOM(noSheets, options);
  } catch {
    // Still throwing (an unclosed <style>, CSS in a style attribute): parse once more with no CSS at all.
    return new JSDOM(noSheets.replace(/<style\b[\s\S]*$/i, '').replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''), options);
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
