// Bench page: Glosa's opening pipeline and the bare DOMParser + Readability + DOMPurify on one page's bytes,
// each timed per stage in real Chromium, plus rendering (inserting the sanitised HTML and forcing layout).
// `total` is the wall time of the whole call (bytes in, result out), not the sum of the stage marks, so nothing
// done between or around the stages (creating the env, disposing it) escapes the comparison.
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { browserDomEnv } from '../../src/renderer/platform/browser-env';
import { emptyTimings, readDocument } from '../../src/core/open/pipeline';

const purify = createDOMPurify(window);
const stage = document.getElementById('stage')!;
const URL_BASE = 'http://fakehost/test/page.html';

function render(html: string): number {
  const t = performance.now();
  stage.innerHTML = html;
  void stage.getBoundingClientRect().height; // forces style and layout
  const ms = performance.now() - t;
  stage.textContent = '';
  return ms;
}

function ours(bytes: Uint8Array) {
  const timings = emptyTimings();
  const t = performance.now();
  const r = readDocument({ bytes, name: 'source.html', url: URL_BASE }, browserDomEnv(), timings);
  const total = performance.now() - t;
  const html = r.ok ? r.value.html : '';
  return { ...timings, total, render: render(html), ok: r.ok };
}

function bare(bytes: Uint8Array) {
  const t0 = performance.now();
  let t = t0;
  const html = new TextDecoder().decode(bytes);
  const decode = performance.now() - t;
  t = performance.now();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parse = performance.now() - t;
  t = performance.now();
  const article = new Readability(doc).parse();
  const extract = performance.now() - t;
  t = performance.now();
  const clean = purify.sanitize(article?.content ?? '');
  const sanitise = performance.now() - t;
  const total = performance.now() - t0;
  return { decode, parse, extract, sanitise, total, render: render(clean), ok: true };
}

// Chromium runs with --js-flags=--expose-gc: a full collection before each pipeline, so neither pays for the
// other's garbage (each still pays for the collections its own allocations cause while it runs).
const collect = (): void => (globalThis as unknown as { gc?: () => void }).gc?.();

/** Both pipelines on one page; `bareFirst` alternates the order between rounds so neither always runs second. */
async function runPage(url: string, bareFirst = false) {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const run = <T>(f: (b: Uint8Array) => T): T => {
    collect();
    return f(bytes);
  };
  if (bareFirst) {
    const b = run(bare);
    return { bare: b, ours: run(ours) };
  }
  const a = run(ours);
  return { ours: a, bare: run(bare) };
}

/** One pipeline only (for CPU profiles). */
async function runOne(url: string, which: 'ours' | 'bare') {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  collect();
  return (which === 'ours' ? ours(bytes) : bare(bytes)).total;
}

Object.assign(window, { runPage, runOne });
document.title = 'ready';
