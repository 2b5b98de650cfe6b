// Bench page: Glosa's opening pipeline and the bare DOMParser + Readability + DOMPurify on one page's bytes,
// each timed per stage in real Chromium, plus rendering (inserting the sanitised HTML and forcing layout).
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { browserDomEnv } from '../../src/core/open/browser-env';
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

async function ours(bytes: Uint8Array) {
  const timings = emptyTimings();
  const r = readDocument({ bytes, name: 'source.html', url: URL_BASE }, browserDomEnv(), timings);
  const html = r.ok ? r.value.html : '';
  return { ...timings, render: render(html), ok: r.ok };
}

async function bare(bytes: Uint8Array) {
  let t = performance.now();
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
  return { decode, parse, extract, sanitise, render: render(clean), ok: true };
}

async function runPage(url: string) {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const a = await ours(bytes);
  const b = await bare(bytes);
  return { ours: a, bare: b };
}

(window as unknown as { runPage: typeof runPage }).runPage = runPage;
document.title = 'ready';
