// Where a saved page came from, to show instead of the local path: the page's own canonical address
// (<link rel=canonical>, og:url), else what the saving browser recorded (the "saved from" comment, MHTML's
// Content-Location). Only absolute http(s) addresses count; anything else is no evidence.
import { domNav } from './dom-nav';

const MAX_URL = 2048;

function httpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > MAX_URL || !/^https?:\/\//i.test(trimmed)) return null;
  try {
    return new URL(trimmed).href;
  } catch {
    return null;
  }
}

/** The page's source address, or null. `recorded`: the saved-from comment or MHTML Content-Location. */
export function pageSourceUrl(doc: Document, recorded: string | null): string | null {
  const head = doc.head;
  if (head) {
    const nav = domNav(head);
    for (const el of Array.from(head.querySelectorAll('link[rel], meta[property], meta[name]')).slice(0, 500)) {
      const rel = (nav.attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (el.localName === 'link' && rel.includes('canonical')) {
        const url = httpUrl(nav.attr(el, 'href'));
        if (url) return url;
      }
    }
    for (const el of Array.from(head.querySelectorAll('meta[property], meta[name]')).slice(0, 500)) {
      const key = (nav.attr(el, 'property') ?? nav.attr(el, 'name') ?? '').toLowerCase();
      if (key === 'og:url') {
        const url = httpUrl(nav.attr(el, 'content'));
        if (url) return url;
      }
    }
  }
  return httpUrl(recorded);
}
