// Shows a sanitised article: its header (title, byline, date, site, source) and body. The body HTML has
// already been through DOMPurify in the core pipeline; here it is only placed and its links tamed.
import type { ReadDocument } from '../../../shared/types';
import { glosa } from '../../bridge';
import { i18n, t } from '../../i18n';
import { oneLine } from '../../../core/text/spaces';

export interface ShownDocument {
  doc: ReadDocument;
  path: string;
  name: string;
}

const normalise = (text: string) => oneLine(text).toLowerCase();

function formatDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: date.getUTCHours() || date.getUTCMinutes() ? 'short' : undefined }).format(date);
}

export function renderArticle(target: HTMLElement, shown: ShownDocument): void {
  const { doc } = shown;
  const header = document.createElement('header');
  header.className = 'article-header';
  const body = document.createElement('div');
  body.className = 'article-body';
  body.innerHTML = doc.html;
  // Text dumps and many pages repeat the title as the first heading: show it once.
  const firstHeading = body.querySelector('h1, h2');
  const titleInBody = !!firstHeading && !!doc.title && normalise(firstHeading.textContent ?? '') === normalise(doc.title);
  if (doc.title && !titleInBody) {
    const h1 = document.createElement('h1');
    h1.textContent = doc.title;
    header.append(h1);
  } else if (titleInBody && firstHeading.tagName === 'H2') {
    const h1 = document.createElement('h1');
    h1.append(...firstHeading.childNodes);
    firstHeading.replaceWith(h1);
  }
  const meta = document.createElement('p');
  meta.className = 'article-meta';
  const parts: Array<[string, string]> = [];
  if (doc.byline) parts.push(['byline', doc.byline]);
  // A text dump's own date line already shows the date.
  if (doc.published && !body.querySelector('.dateline')) parts.push(['published', formatDate(doc.published)]);
  if (doc.siteName) parts.push(['site', doc.siteName]);
  for (const [kind, text] of parts) {
    const span = document.createElement('span');
    span.className = `meta-${kind}`;
    span.textContent = text;
    meta.append(span);
  }
  const source = document.createElement('span');
  source.className = 'meta-source';
  // Where the page came from, when it says; the local file stays in the tooltip (and the window title).
  source.textContent = doc.sourceUrl ?? shown.path;
  source.title = doc.sourceUrl ? `${t('reader.source')}: ${shown.path}` : t('reader.source');
  meta.append(source);
  header.append(meta);
  target.replaceChildren(header, body);
  // When the body carries the title, the meta line goes under it, as under a title of our own.
  const h1 = body.querySelector('h1');
  if (titleInBody && h1) {
    h1.after(meta);
    header.remove();
  }
  target.lang = doc.lang ?? '';
  target.dataset.format = doc.format;
}

/** Links leave the app only on a click, only for http(s), and only to the system browser. */
export function tameLinks(container: HTMLElement): void {
  container.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a');
    if (!link || !container.contains(link)) return;
    event.preventDefault();
    // As a browser reads an href: without surrounding whitespace, inner spaces escaped. Main accepts only
    // such a clean string (and checks it again).
    const href = (link.getAttribute('href') ?? '').trim().replace(/ /g, '%20');
    if (/^https?:\/\//i.test(href)) void glosa.openExternal(href);
  });
}
