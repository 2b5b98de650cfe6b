// One document from bytes to a sanitised article: decode → parse inert → extract (Readability, or the text-dump
// extractor) → collect chrome → sanitise. Extraction runs before sanitising because DOMPurify drops the <meta> and
// JSON-LD that carry title, byline and date; what is shown is always the sanitised result, never the
// parsed original.
import { Readability } from '@mozilla/readability';
import type { DOMPurify } from 'dompurify';
import type { ChromeItem, ReadDocument, Result, UserError } from '../../shared/types';
import { articleText, articleTextAndUnits } from './article-text';
import { collectCandidates, droppedChrome } from './chrome';
import { pageCss, styleHiddenElements } from './style-hidden';
import { defuseClobbering } from './dom-nav';
import { decodeHtml, decodeText } from './decode-encoding';
import { EXTRACT_MAX_DEPTH, limitParsedTree, MAX_ELEMENTS, measureMarkup } from './dom-limits';
import { detectFormat } from './format';
import { dataUrl, MhtmlError, parseMhtml, type MhtmlPart } from './mhtml';
import { replaceWithPlaceholder, SAFE_IMAGE_DATA, sanitiseArticle } from './sanitise';
import { pageLanguage } from './page-language';
import { extractTextDump, TEXT_DUMP_CLASSES } from './text-dump';
import { removeArticleChrome } from './article-chrome';
import { pageSourceUrl } from './source-url';
import { coversDeclared, structuredBody } from './structured-body';

export interface DomEnv {
  /** Parse HTML into an inert document (DOMParser in the browser; jsdom with scripts off in Node). */
  parseHtml(html: string, url: string): Document;
  /** A DOMPurify instance bound to a window (DOMPurify(window)). */
  purify: DOMPurify;
  /** Optional: called once the document is no longer needed (jsdom closes its window). */
  dispose?(): void;
  /** Optional: a short URL for an MHTML part's bytes (the renderer's blob: URLs), made once per part. Without it,
   * parts become data: URLs within IMAGE_DATA_BUDGET. The host revokes them when the document goes. */
  objectUrl?(bytes: Uint8Array, type: string): string;
}

/** Characters of data: URLs written into one document (each reference is a copy): 8 MB, then placeholders. */
export const IMAGE_DATA_BUDGET = 8 * 1024 * 1024;

export interface OpenInput {
  bytes: Uint8Array;
  name: string;
  /** URL under which main serves the page's NAME_files folder (app://doc/<id>/), with a trailing slash. */
  resourceBase?: string;
  /** Name of that folder as the page refers to it, e.g. "page_files". */
  resourceDir?: string;
  loadRemoteImages?: boolean;
  /** Document URL for resolving relative links (tests use Readability's http://fakehost/test/page.html). */
  url?: string;
}

/** Milliseconds per stage. */
export interface StageTimings {
  decode: number;
  parse: number;
  extract: number;
  sanitise: number;
}

export const emptyTimings = (): StageTimings => ({ decode: 0, parse: 0, extract: 0, sanitise: 0 });

const fail = (code: UserError['code'], params?: UserError['params']): Result<ReadDocument> => ({ ok: false, error: params ? { code, params } : { code } });

const DAY_MS = 86_400_000;

/**
 * The article's publication time as the page states it, or null when there is none or it is the Unix epoch:
 * CMSs write 1970-01-01 (in any time zone) for an empty date field, and no web article dates from then.
 */
export function publishedDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isFinite(time) && Math.abs(time) <= DAY_MS ? null : text;
}

/** Chrome's "Webpage, complete" and "Save as" mark the page's origin: <!-- saved from url=(0047)https://... --> */
function savedFromUrl(html: string): string | null {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048));
  if (!m) return null;
  try {
    return /^https?:/i.test(m[1]!) ? new URL(m[1]!).href : null;
  } catch {
    return null;
  }
}

function safeUrl(raw: string, base: string): string | null {
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

/** URL attributes longer than this are set aside before Readability: jsdom parses a URL at every read of
 * `img.src`, and Readability reads it several times per pass (a 1.5 MB one cost 15 s of CPU). No real link is
 * this long; inline data: images (SingleFile saves, MHTML parts in the CLI) are, and come back after sanitising. */
export const LONG_URL = 4096;
const URL_ATTRIBUTES = ['src', 'href', 'srcset', 'data-src', 'data-original', 'poster', 'background', 'action', 'cite', 'longdesc'];

/**
 * URLs for MHTML image parts, one per part however many references it has. With env.objectUrl (the renderer) they
 * are final. Otherwise the document first gets short tokens, as inline data: images longer than LONG_URL do, and
 * `materialise` swaps them for data: URLs after sanitising, within IMAGE_DATA_BUDGET: each reference is a copy.
 */
function partUrls(env: DomEnv): { url(part: MhtmlPart): string; inline(dataUrl: string): string; made: Set<string>; materialise(body: Element): void } {
  const byPart = new Map<MhtmlPart, string>();
  const byToken = new Map<string, MhtmlPart | string>();
  const made = new Set<string>();
  const prefix = `#glosa-part-${Math.random().toString(36).slice(2)}-`;
  const token = (value: MhtmlPart | string): string => {
    const t = prefix + byToken.size;
    byToken.set(t, value);
    made.add(t);
    return t;
  };
  const byInline = new Map<string, string>();
  return {
    made,
    url(part) {
      let url = byPart.get(part);
      if (url === undefined) {
        if (env.objectUrl) made.add((url = env.objectUrl(part.body, part.contentType)));
        else url = token(part);
        byPart.set(part, url);
      }
      return url;
    },
    inline(data) {
      let t = byInline.get(data);
      if (t === undefined) byInline.set(data, (t = token(data)));
      return t;
    },
    materialise(body) {
      if (byToken.size === 0) return;
      const data = new Map<MhtmlPart | string, string>();
      let budget = IMAGE_DATA_BUDGET;
      for (const img of Array.from(body.querySelectorAll('img'))) {
        const value = byToken.get(img.getAttribute('src') ?? '');
        if (value === undefined) continue;
        let url = data.get(value);
        if (url === undefined) data.set(value, (url = typeof value === 'string' ? value : dataUrl(value)));
        if (SAFE_IMAGE_DATA.test(url) && url.length <= budget) {
          budget -= url.length;
          img.setAttribute('src', url);
        } else replaceWithPlaceholder(img, false);
      }
    },
  };
}

/** Long URL attributes out of Readability's way: inline images to tokens, anything else dropped. */
function setAsideLongUrls(doc: Document, parts: ReturnType<typeof partUrls>): void {
  for (const el of Array.from(doc.querySelectorAll(URL_ATTRIBUTES.map((a) => `[${a}]`).join(',')))) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null || value.length <= LONG_URL) continue;
      if (name === 'src' && el.localName === 'img' && SAFE_IMAGE_DATA.test(value.trimStart())) el.setAttribute(name, parts.inline(value.trim()));
      else el.removeAttribute(name);
    }
  }
}

/** Point image references at the page's own resources: NAME_files/… → resourceBase, MHTML parts → one URL each. */
function rewriteResources(doc: Document, input: OpenInput, images: Map<string, MhtmlPart> | null, url: string, parts: ReturnType<typeof partUrls>): void {
  const dir = input.resourceDir && input.resourceBase ? input.resourceDir : null;
  if (!dir && !images) return;
  const local = (raw: string): string | null => {
    let path: string;
    try {
      path = decodeURIComponent(raw.trim());
    } catch {
      return null;
    }
    path = path.replace(/^\.\//, '');
    if (!dir || !path.startsWith(`${dir}/`)) return null;
    const rest = path.slice(dir.length + 1).split(/[?#]/)[0]!;
    if (rest.split('/').some((seg) => seg === '..' || seg === '')) return null;
    return input.resourceBase! + rest.split('/').map(encodeURIComponent).join('/');
  };
  const resolve = (raw: string): string | null => {
    if (!raw.trim()) return null;
    const fromDir = local(raw);
    if (fromDir) return fromDir;
    if (!images) return null;
    const abs = raw.startsWith('cid:') ? raw : safeUrl(raw, url);
    const part = (abs && images.get(abs)) || images.get(raw);
    return part ? parts.url(part) : null;
  };
  for (const img of Array.from(doc.querySelectorAll('img, source'))) {
    for (const name of ['src', 'data-src', 'data-original']) {
      const raw = img.getAttribute(name);
      const to = raw ? resolve(raw) : null;
      if (to) img.setAttribute(name, to);
    }
    const srcset = img.getAttribute('srcset');
    if (srcset) {
      const first = srcset.trim().split(/\s+/)[0] ?? '';
      const to = resolve(first);
      if (to) {
        img.removeAttribute('srcset');
        if (img.localName === 'img' && !resolve(img.getAttribute('src') ?? '')) img.setAttribute('src', to);
      }
    }
  }
}

const now = (): number => performance.now();

export function readDocument(input: OpenInput, env: DomEnv, timings?: StageTimings): Result<ReadDocument> {
  try {
    return read(input, env, timings ?? emptyTimings());
  } finally {
    env.dispose?.();
  }
}

function read(input: OpenInput, env: DomEnv, t: StageTimings): Result<ReadDocument> {
  let mark = now();
  const detected = detectFormat(input.name, input.bytes);
  if (!detected.ok) return { ok: false, error: detected.error };
  const format = detected.format;

  if (format === 'text') {
    const decoded = decodeText(input.bytes);
    t.decode = now() - mark;
    mark = now();
    if (!decoded.text.trim()) return fail('file-empty', { name: input.name });
    const dump = extractTextDump(decoded.text);
    t.extract = now() - mark;
    mark = now();
    const { body } = sanitiseArticle(env.purify, dump.html, { ...input, ownClasses: TEXT_DUMP_CLASSES });
    const value: ReadDocument = {
      format, encoding: decoded.encoding, title: dump.title, byline: null, published: dump.published, siteName: null,
      lang: dump.lang, excerpt: null, text: articleText(body), html: body.innerHTML, chrome: dump.chrome, fallback: false, remoteImages: 0,
    };
    t.sanitise = now() - mark;
    return { ok: true, value };
  }

  let html: string;
  let encoding: string;
  let url = input.url ?? 'about:blank';
  let images: Map<string, MhtmlPart> | null = null;
  let recorded: string | null = null; // the address the saving browser wrote down
  if (format === 'mhtml') {
    try {
      const mhtml = parseMhtml(input.bytes);
      const decoded = decodeHtml(mhtml.html.body, mhtml.html.charset);
      html = decoded.text;
      encoding = decoded.encoding;
      images = mhtml.images;
      if (mhtml.html.location && /^https?:/i.test(mhtml.html.location)) {
        recorded = mhtml.html.location;
        if (!input.url) url = mhtml.html.location;
      }
    } catch (error) {
      if (error instanceof MhtmlError) return fail('mhtml-broken', { name: input.name, reason: error.message });
      throw error;
    }
  } else {
    const decoded = decodeHtml(input.bytes);
    html = decoded.text;
    encoding = decoded.encoding;
    recorded = savedFromUrl(html);
    if (!input.url) url = recorded ?? url;
  }
  if (!html.trim()) return fail('file-empty', { name: input.name });
  const bounds = measureMarkup(html);
  if (bounds.elements > MAX_ELEMENTS) return fail('page-too-large', { name: input.name, limit: MAX_ELEMENTS, elements: bounds.elements });
  // Past the depth limit the rest of the markup is cut off: browsers stop nesting there too (see dom-limits.ts).
  if (bounds.cutAt >= 0) html = html.slice(0, bounds.cutAt);
  t.decode = now() - mark;

  mark = now();
  let doc: Document;
  try {
    doc = env.parseHtml(html, url);
  } catch {
    return fail('page-unparsable', { name: input.name });
  }
  // The markup estimate guards the parser; the parsed tree is what later stages walk, so it is bounded too: cut to
  // the depth, width and element budgets (see dom-limits.ts), with the truncation notice.
  const tree = limitParsedTree(doc.documentElement);
  const truncated = bounds.cutAt >= 0 || tree.cut;
  defuseClobbering(doc);
  const parts = partUrls(env);
  rewriteResources(doc, input, images, url, parts);
  setAsideLongUrls(doc, parts);
  t.parse = now() - mark;

  mark = now();
  const sourceUrl = pageSourceUrl(doc, recorded);
  const candidates = collectCandidates(doc.body ?? doc.documentElement, undefined, false, styleHiddenElements(doc, pageCss(html)));
  const pageTitle = doc.title;
  const pageLang = doc.documentElement?.getAttribute('lang') ?? null;
  // Taken before Readability, which rewrites the page as it scores it.
  const declared = tree.maxDepth <= EXTRACT_MAX_DEPTH ? structuredBody(doc) : null;
  let article: ReturnType<Readability<Node>['parse']> = null;
  // Readability's cost grows with the cube of the depth (see dom-limits.ts): deeper trees are shown whole.
  if (tree.maxDepth <= EXTRACT_MAX_DEPTH) {
    try {
      article = new Readability<Node>(doc, { classesToPreserve: ['caption'], serializer: (el) => el }).parse();
    } catch {
      article = null; // Readability gives up on some pages; the sanitised body is shown instead.
    }
  }
  t.extract = now() - mark;

  mark = now();
  // Readability under-picked (a recipe's summary instead of its ingredients and steps): the block that shows the
  // page's declared content is the article; the summary it picked stays in the chrome as other text.
  const content = declared && article?.content && !coversDeclared(article.textContent ?? '', declared) ? declared.block : (article?.content ?? null);
  const fallback = !content || !(article?.textContent ?? '').trim();
  const extracted = article;
  const { body, remoteImages } = sanitiseArticle(env.purify, fallback ? (doc.body ?? doc.documentElement) : content!, { ...input, partImages: parts.made });
  parts.materialise(body);
  let text: string;
  let chrome: ChromeItem[];
  if (fallback) {
    text = articleText(body);
    chrome = candidates.filter((c) => c.attribute || c.kind !== 'text').map(({ text: s, kind }) => ({ text: s, kind }));
  } else {
    // Labels and promos Readability kept go to the chrome, then the article's text and its units come from one
    // walk over the sanitised article (no second pass).
    const hint = pageLanguage(body.textContent ?? '', extracted?.lang || pageLang);
    removeArticleChrome(body, { byline: extracted?.byline ?? null, lang: hint });
    const own = articleTextAndUnits(body);
    text = own.text;
    chrome = droppedChrome(candidates, own.units, text);
  }
  // The title Readability lifted out of the article is the article's, not chrome.
  const title = (article?.title ?? pageTitle ?? '').trim();
  const around = pageLanguage(text, article?.lang || pageLang);
  // So is its first part when the title also names the author or the site ("Tytuł -Autor - Serwis").
  const titleHead = title.length <= 300 ? (TITLE_HEAD.exec(title)?.[1] ?? null) : null;
  const ownTitle = (text: string): boolean => text === title || (titleHead !== null && text === titleHead);
  const chromeItems = chrome.filter((c) => c.kind === 'attribute' || !ownTitle(c.text)).map((c): ChromeItem => (around ? { ...c, pageLang: around } : c));
  const value: ReadDocument = {
    format,
    encoding,
    title,
    byline: article?.byline?.trim() || null,
    published: publishedDate(article?.publishedTime),
    siteName: article?.siteName?.trim() || null,
    sourceUrl,
    lang: article?.lang || pageLang || null,
    excerpt: article?.excerpt?.trim() || null,
    text,
    html: body.innerHTML,
    chrome: chromeItems,
    dropped: fallback ? [] : droppedProse(chromeItems),
    fallback,
    remoteImages,
    ...(truncated ? { truncated: true } : {}),
  };
  t.sanitise = now() - mark;
  return { ok: true, value };
}

// Kinds of place whose long units read as prose rather than page furniture (menus, forms, cookie banners).
const PROSE_KINDS = new Set<ChromeItem['kind']>(['text', 'related']);
const MIN_PROSE_WORDS = 12;
const MAX_DROPPED = 50;

// A title's first part before a separator a site adds (" - ", " | ", " — "), of two words or more.
const TITLE_HEAD = /^(\S+(?:\s\S+){1,30}?)\s+[-|–—]\s*\S/u;

/** Paragraphs extraction dropped that look like prose, in document order, each once. */
export function droppedProse(chrome: readonly ChromeItem[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of chrome) {
    if (out.length >= MAX_DROPPED) break;
    if (!PROSE_KINDS.has(c.kind) || c.hidden || seen.has(c.text)) continue;
    if (c.text.split(/\s+/).filter(Boolean).length < MIN_PROSE_WORDS) continue;
    seen.add(c.text);
    out.push(c.text);
  }
  return out;
}
