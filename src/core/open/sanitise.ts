// The strict DOMPurify profile for an extracted article: HTML only (no SVG/MathML), no scripts, handlers, frames,
// objects, forms, media, meta/link/base, inline styles (CSS url() loads), and no remote loads: images whose
// source is neither the page's own resources nor an MHTML part become a placeholder carrying their alt text.
import type { Config, DOMPurify } from 'dompurify';

export interface SanitiseOptions {
  /** Image sources starting with this (the page's resource folder as served by main) are kept. */
  resourceBase?: string;
  /** Keep http(s) images instead of replacing them with placeholders. */
  loadRemoteImages?: boolean;
}

export interface Sanitised {
  /** The sanitised article as a <body> element of DOMPurify's own inert document. */
  body: HTMLElement;
  remoteImages: number;
}

// URL schemes DOMPurify may keep at all; the post-pass below narrows links to http(s) and images to resources.
const ALLOWED_URI = /^(?:(?:https?|mailto|app|file):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
    'form', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'dialog',
    'meta', 'link', 'base', 'video', 'audio', 'source', 'track', 'area', 'map',
  ],
  FORBID_ATTR: ['style', 'srcset', 'sizes', 'background', 'poster', 'ping', 'action', 'formaction', 'lowsrc', 'dynsrc', 'longdesc', 'usemap', 'target'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
};

const SAFE_IMAGE_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i;
const REMOTE = /^(?:https?:)?\/\//i;

/** Sanitise an article (HTML string or element) and apply Glosa's link and image rules. */
export function sanitiseArticle(purify: DOMPurify, dirty: string | Node, options: SanitiseOptions = {}): Sanitised {
  const body = purify.sanitize(dirty, { ...CONFIG, RETURN_DOM: true }) as HTMLElement;
  const doc = body.ownerDocument;
  for (const a of Array.from(body.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (/^https?:\/\//i.test(href)) a.setAttribute('rel', 'noopener noreferrer');
    else if (!href.startsWith('#')) a.removeAttribute('href');
  }
  let remoteImages = 0;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const src = (img.getAttribute('src') ?? '').trim();
    img.removeAttribute('loading');
    if (SAFE_IMAGE_DATA.test(src)) continue;
    if (options.resourceBase && src.startsWith(options.resourceBase) && !src.slice(options.resourceBase.length).includes('..')) continue;
    const remote = REMOTE.test(src);
    if (remote && options.loadRemoteImages) continue;
    if (remote) remoteImages++;
    const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const placeholder = doc.createElement('span');
    placeholder.className = remote ? 'remote-image' : 'missing-image';
    placeholder.setAttribute('role', 'img');
    if (alt) placeholder.setAttribute('aria-label', alt);
    placeholder.textContent = alt;
    img.replaceWith(placeholder);
  }
  return { body, remoteImages };
}
