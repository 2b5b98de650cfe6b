// The strict DOMPurify profile for an extracted article: HTML only (no SVG/MathML), no scripts, handlers, frames,
// objects, forms, media, meta/link/base, inline styles (CSS url() loads), and no remote loads: images whose
// source is neither the page's own resources nor an MHTML part become a placeholder carrying their alt text.
// The page's ids and classes are then put in a namespace of their own, apart from the app's.
import type { Config, DOMPurify } from 'dompurify';
import { oneLine } from '../text/spaces';

export interface SanitiseOptions {
  /** Image sources starting with this (the page's resource folder as served by main) are kept. */
  resourceBase?: string;
  /** Keep http(s) images instead of replacing them with placeholders. */
  loadRemoteImages?: boolean;
  /** Class names Glosa's own extractor wrote (the text dump escapes every character of the file, so its markup
   * is its own): kept as they are. Every other class is the page's and is namespaced. */
  ownClasses?: ReadonlySet<string>;
  /** URLs the pipeline made for the document's own MHTML parts (blob: in the renderer): kept as they are. */
  partImages?: ReadonlySet<string>;
}

/**
 * The page's own names (ids, classes, names, and the attributes that point at ids) share the window's document
 * with the app's. Unprefixed, a page `id="glossary"` would come before the app's panel and take over
 * getElementById('glossary'), a `class="drop-overlay"` would get the app's fixed full-window style, a
 * `<label for="theme">` would work the app's controls. So each such name gets this prefix, which no name of
 * the app's starts with (test/unit/core/open/page-names.test.ts checks the app's markup and styles).
 */
export const PAGE_NAME_PREFIX = 'pg-';

// Attributes whose value is one name, or a list of names, that the document resolves to an element by id.
const ID_REFERENCES = [
  'for', 'headers', 'form', 'list', 'aria-activedescendant', 'aria-controls', 'aria-describedby', 'aria-details',
  'aria-errormessage', 'aria-flowto', 'aria-labelledby', 'aria-owns', 'itemref',
];
const NAMED = ['id', 'name', 'class', ...ID_REFERENCES];
const NAMED_SELECTOR = NAMED.map((a) => `[${a}]`).join(',');

const prefixList = (value: string, keep?: ReadonlySet<string>): string =>
  value.split(/[\t\n\f\r ]+/).filter(Boolean).map((name) => (keep?.has(name) ? name : PAGE_NAME_PREFIX + name)).join(' ');

/** Put every page name in the page's namespace; in-page links follow their targets. */
function namespacePageNames(body: HTMLElement, ownClasses: ReadonlySet<string> | undefined): void {
  for (const el of Array.from(body.querySelectorAll(NAMED_SELECTOR))) {
    for (const attr of NAMED) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      // id and name are one name each (spaces included); the others are space-separated lists.
      const next = attr === 'id' || attr === 'name' ? (value ? PAGE_NAME_PREFIX + value : '') : prefixList(value, attr === 'class' ? ownClasses : undefined);
      if (next) el.setAttribute(attr, next);
      else el.removeAttribute(attr);
    }
  }
  for (const a of Array.from(body.querySelectorAll('a[href^="#"]'))) {
    const target = a.getAttribute('href')!.slice(1);
    if (target) a.setAttribute('href', `#${PAGE_NAME_PREFIX}${target}`);
  }
}

export interface Sanitised {
  /** The sanitised article as a <body> element of DOMPurify's own inert document. */
  body: HTMLElement;
  remoteImages: number;
}

// URL schemes DOMPurify may keep at all; the post-pass below narrows links to http(s) and images to resources.
const ALLOWED_URI = /^(?:(?:https?|mailto|app|file|blob):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
    'form', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'dialog',
    'meta', 'link', 'base', 'video', 'audio', 'source', 'track', 'area', 'map',
  ],
  // tabindex and popover: a page must not reorder the window's keyboard focus or put itself in the top layer.
  FORBID_ATTR: [
    'style', 'srcset', 'sizes', 'background', 'poster', 'ping', 'action', 'formaction', 'lowsrc', 'dynsrc', 'longdesc', 'usemap', 'target',
    'tabindex', 'popover', 'popovertarget', 'popovertargetaction',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
};

export const SAFE_IMAGE_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i;
const REMOTE = /^(?:https?:)?\/\//i;

/** Sanitise an article (HTML string or element) and apply Glosa's link and image rules. */
export function sanitiseArticle(purify: DOMPurify, dirty: string | Node, options: SanitiseOptions = {}): Sanitised {
  const body = purify.sanitize(dirty, { ...CONFIG, RETURN_DOM: true }) as HTMLElement;
  namespacePageNames(body, options.ownClasses);
  for (const a of Array.from(body.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (/^https?:\/\//i.test(href)) a.setAttribute('rel', 'noopener noreferrer');
    else if (!href.startsWith('#')) a.removeAttribute('href');
  }
  let remoteImages = 0;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const src = (img.getAttribute('src') ?? '').trim();
    img.removeAttribute('loading');
    if (SAFE_IMAGE_DATA.test(src) || options.partImages?.has(src)) continue;
    if (options.resourceBase && src.startsWith(options.resourceBase) && !src.slice(options.resourceBase.length).includes('..')) continue;
    const remote = REMOTE.test(src);
    if (remote && options.loadRemoteImages) continue;
    if (remote) remoteImages++;
    replaceWithPlaceholder(img, remote);
  }
  return { body, remoteImages };
}

/** An image shown as its alt text: `remote-image` (not loaded) or `missing-image` (not available). */
export function replaceWithPlaceholder(img: Element, remote: boolean): void {
  const alt = oneLine(img.getAttribute('alt') ?? '');
  const placeholder = img.ownerDocument.createElement('span');
  placeholder.className = remote ? 'remote-image' : 'missing-image';
  placeholder.setAttribute('role', 'img');
  if (alt) placeholder.setAttribute('aria-label', alt);
  placeholder.textContent = alt;
  img.replaceWith(placeholder);
}
