// Every public sanitiser-bypass vector, embedded in a saved page and opened through the full pipeline
// into the built renderer in real Chromium. A tripwire records any dialog, script-set global, network
// request, navigation or popup. Executed must be 0.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRenderer, REPO_ROOT, type RendererSession } from '../harness/renderer';

const FIXTURES = join(REPO_ROOT, '..', 'shared', 'fixtures');
const present = existsSync(join(FIXTURES, 'xss-vectors.json'));
if (!present) console.warn(`xss e2e: skipped, ${FIXTURES} is absent (it is present in CI)`);

// Any of these being called or set means script ran.
const TRIPWIRE = `
  window.__tripped = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    const original = window[name];
    window[name] = function () { window.__tripped.push(name); };
  }
  for (const name of ['xss', 'XSS', '__xss', 'pwned']) {
    Object.defineProperty(window, name, { configurable: true, set() { window.__tripped.push('set:' + name); }, get() { return undefined; } });
  }
  window.__blocked = 0;
  document.addEventListener('securitypolicyviolation', () => window.__blocked++);
  // Anything that reaches the live page with an event handler or a script URL counts as executed too,
  // even though the CSP would stop it: the sanitiser must not let it through.
  new MutationObserver((records) => {
    for (const record of records) for (const added of record.addedNodes) {
      if (added.nodeType !== 1) continue;
      for (const el of [added, ...added.querySelectorAll('*')]) {
        for (const attr of el.attributes) {
          const urlAttribute = /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name);
          if (/^on/i.test(attr.name) || (urlAttribute && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(attr.value))) {
            window.__tripped.push('live:' + el.localName + '[' + attr.name + ']');
          }
        }
        // The app's own bundle is in the page before the observer sees the head; anything else is not ours.
        const ownBundle = el.localName === 'script' && /^\\.\\/assets\\//.test(el.getAttribute('src') || '');
        if ((el.localName === 'script' && !ownBundle) || ['iframe', 'object', 'embed', 'frame'].includes(el.localName)) {
          window.__tripped.push('live:' + el.localName + ': ' + el.outerHTML.slice(0, 120));
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
`;

function pageWith(vector: string, i: number): string {
  const words = 'This paragraph of the article has enough words for the extractor to keep it as content. '.repeat(4);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vector ${i}</title></head><body>
<nav><a href="/">Strona główna</a> ${vector}</nav>
<article><h1>Vector ${i}</h1><p>${words}</p>${vector}<p>${words}</p><div>${vector}</div></article>
<footer>Stopka ${vector}</footer></body></html>`;
}

describe.skipIf(!present)('XSS vectors through the full pipeline in Chromium', () => {
  let s: RendererSession;
  const events: string[] = [];
  beforeAll(async () => {
    s = await openRenderer({ initScript: TRIPWIRE });
    const origin = s.server.origin;
    s.page.on('dialog', (d) => { events.push(`dialog:${d.message()}`); void d.dismiss(); });
    s.page.on('request', (r) => { if (!r.url().startsWith(`${origin}/assets/`) && !r.url().startsWith('data:')) events.push(`request:${r.url()}`); });
    s.page.on('framenavigated', (f) => events.push(`navigated:${f.url()}`));
    s.browser.context.on('page', (p) => events.push(`popup:${p.url()}`));
  });
  afterAll(async () => s?.close());

  it('executes none of them', async () => {
    const vectors = [
      ...(JSON.parse(readFileSync(join(FIXTURES, 'xss-vectors.json'), 'utf8')) as string[]),
      ...(JSON.parse(readFileSync(join(FIXTURES, 'xss-vectors-owasp.json'), 'utf8')) as Array<string | { payload?: string }>)
        .map((v) => (typeof v === 'string' ? v : v.payload ?? '')),
    ].filter(Boolean);
    let opened = 0;
    for (let i = 0; i < vectors.length; i++) {
      const name = `vector-${i}.html`;
      const base64 = Buffer.from(pageWith(vectors[i]!, i), 'utf8').toString('base64');
      await s.emit({ type: 'open', result: { ok: true, value: { path: `/tmp/${name}`, name, base64 } } });
      await s.page.waitForFunction((n) => document.querySelector('#doc-info')?.textContent?.startsWith(n) || !document.querySelector('#message')?.hasAttribute('hidden'), name);
      opened++;
    }
    // Let timers, image errors and animations that a vector might schedule fire before reading the tripwire.
    await s.page.waitForTimeout(1500);
    const tripped = await s.page.evaluate(() => (window as unknown as { __tripped: string[] }).__tripped);
    const blocked = await s.page.evaluate(() => (window as unknown as { __blocked: number }).__blocked);
    const executed = [...tripped, ...events];
    console.log(`xss e2e: ${vectors.length} vectors tried, ${opened} opened, ${executed.length} executed; ${blocked} CSP reports from the inert parsed documents (nothing in them runs)`);
    expect(opened).toBe(vectors.length);
    expect(executed).toEqual([]);
  }, 600_000);
});
