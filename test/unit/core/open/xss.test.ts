// Every public XSS vector through the full pipeline under jsdom: the sanitised output must hold nothing executable
// or embedding. (Execution in real Chromium is the e2e tripwire's job: test/e2e/xss.test.ts.)
//
// Each vector is opened twice: embedded in an article, and alone as the whole page (where Readability finds little
// and the sanitised body may be shown instead). The alone pages run one by one. The article pages are batched for
// speed, without changing what each vector meets: a vector joins a batch page only if, parsed in its own section,
// it stays inside it and leaves the parser as it found it (the next element, a plain paragraph and a form, parses
// untouched: nothing unclosed, no open <a>/<b> to reconstruct, no form pointer left set, no attributes merged into
// <html> or <body>). Each batch page holds up to BATCH vectors, each in its own <section> between marker sentences;
// a vector whose markers are not in the output (Readability dropped its section), or any vector of a batch whose
// output has an offence, is opened again alone in its own article page, as are the vectors that do not isolate.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import createDOMPurify from 'dompurify';
import { readDocument, type DomEnv } from '../../../../src/core/open/pipeline';
import { yieldToEventLoop } from '../../../../src/node/jsdom-env';
import { POLISH, SHARED } from '../../../harness/paths';

const files = ['xss-vectors.json', 'xss-vectors-owasp.json'].map((f) => join(SHARED, f));
const present = files.every((f) => existsSync(f));
const para = Array.from({ length: 5 }, (_, i) => `<p>${POLISH} Paragraph ${i}, long enough for Readability to keep the article.</p>`).join('');
const BATCH = 24;

const checker = new JSDOM('');
const parser = new checker.window.DOMParser();

function offences(html: string): string[] {
  const found: string[] = [];
  const doc = parser.parseFromString(`<body>${html}</body>`, 'text/html');
  for (const tag of ['script', 'iframe', 'frame', 'object', 'embed', 'form', 'meta', 'base', 'link', 'style', 'svg', 'math']) {
    if (doc.querySelector(tag)) found.push(`<${tag}>`);
  }
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      const isUrl = /^(?:href|src|action|formaction|xlink:href|data|poster|background|cite|srcset|ping|lowsrc|dynsrc)$/i.test(attr.name);
      if (isUrl && /^(?:javascript|vbscript|data:text\/html)/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${el.localName}[${attr.name}=${attr.value.slice(0, 30)}]`);
      if (attr.name === 'style' || attr.name === 'srcset') found.push(`${el.localName}[${attr.name}]`);
    }
  }
  return found;
}

/** Whether the vector, parsed inside a section, stays there and leaves the parser's state as it found it. */
function isolates(vector: string): boolean {
  const doc = parser.parseFromString(`<section><div>${vector}</div></section><p>after</p><form></form>`, 'text/html');
  const kids = doc.body.children;
  return (
    doc.documentElement.attributes.length === 0 &&
    doc.body.attributes.length === 0 &&
    kids.length === 3 &&
    kids[0]!.localName === 'section' &&
    kids[0]!.children.length === 1 &&
    kids[1]!.localName === 'p' &&
    kids[1]!.innerHTML === 'after' &&
    kids[2]!.localName === 'form' &&
    kids[2]!.innerHTML === ''
  );
}

const articlePage = (vector: string): string => `<html><body><article><h1>Tytuł</h1>${para}<div>${vector}</div>${para}</article></body></html>`;
const start = (i: number): string => `Początek wektora ${i}.`;
const end = (i: number): string => `Koniec wektora ${i}.`;
const section = (vector: string, i: number): string =>
  `<section><h2>Wektor ${i}</h2><p>${POLISH} ${start(i)}</p><div>${vector}</div><p>${POLISH} ${end(i)}</p></section>`;
const batchPage = (batch: Array<[number, string]>): string =>
  `<html><body><article><h1>Tytuł</h1>${para}${batch.map(([i, v]) => section(v, i)).join('')}${para}</article></body></html>`;

describe.skipIf(!present)('XSS vectors through readDocument (jsdom)', () => {
  it('leaves no script, handler, javascript: URL, frame, object, embed, form or meta in any output', async () => {
    const vectors = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as string[]);
    expect(vectors.length).toBeGreaterThan(500);
    // One window, parsing with its DOMParser as the renderer does (a window per tiny page would dominate the time).
    const env: DomEnv = { parseHtml: (html) => parser.parseFromString(html, 'text/html'), purify: createDOMPurify(checker.window as unknown as Window & typeof globalThis) };
    const open = (page: string) => readDocument({ bytes: new TextEncoder().encode(page), name: 'x.html' }, env);
    const failures: string[] = [];
    const checkedIn = { batch: 0, own: 0, alone: 0 };
    const openAlone = (vector: string, i: number, page: string, count: 'own' | 'alone'): void => {
      const r = open(page);
      if (!r.ok) return;
      checkedIn[count]++;
      const bad = offences(r.value.html);
      if (bad.length) failures.push(`#${i}${count === 'alone' ? ' alone' : ''}: ${bad.join(', ')}`);
    };

    const batchable: Array<[number, string]> = [];
    for (const [i, vector] of vectors.entries()) {
      openAlone(vector, i, vector, 'alone');
      if (isolates(vector)) batchable.push([i, vector]);
      else openAlone(vector, i, articlePage(vector), 'own');
      if (i % 25 === 0) await yieldToEventLoop();
    }
    for (let b = 0; b < batchable.length; b += BATCH) {
      const batch = batchable.slice(b, b + BATCH);
      const r = open(batchPage(batch));
      const clean = r.ok && offences(r.value.html).length === 0;
      for (const [i, vector] of batch) {
        if (clean && r.value.text.includes(start(i)) && r.value.text.includes(end(i))) checkedIn.batch++;
        else openAlone(vector, i, articlePage(vector), 'own');
      }
      await yieldToEventLoop();
    }
    console.log(`xss unit: ${vectors.length} vectors; in an article: ${checkedIn.batch} batched, ${checkedIn.own} in their own page; alone: ${checkedIn.alone} opened`);
    // Every vector was checked in an article (batched or in its own page) and alone.
    expect(checkedIn.batch + checkedIn.own).toBe(vectors.length);
    expect(checkedIn.alone).toBeGreaterThan(vectors.length * 0.9);
    expect(checkedIn.batch).toBeGreaterThan(vectors.length / 2); // the batching is doing its job
    expect(failures).toEqual([]);
  }, 240_000);

  it('batches only vectors that leave the parser as they found it', () => {
    expect(isolates('<img src=x onerror=alert(1)>')).toBe(true);
    expect(isolates('<a href="javascript:alert(1)">x')).toBe(false); // reconstructed around later text
    expect(isolates('<textarea><script>')).toBe(false);
    expect(isolates('<!--')).toBe(false);
    expect(isolates('<form><input>')).toBe(false); // form pointer stays set
    expect(isolates('<body onload=alert(1)>')).toBe(false);
    expect(isolates('</div></section><script>alert(1)</script>')).toBe(false);
    expect(isolates('<table><tr><td>x')).toBe(false);
  });
});

if (!present) it.skip(`XSS vectors: ${SHARED} is absent`, () => {});
