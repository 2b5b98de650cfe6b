// Small DOM builders the panels share.

/** A <span> with a class, optionally a language (so screen readers and hyphenation read it right) and text. */
export function span(className: string, text?: string, lang?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (lang) el.lang = lang;
  if (text !== undefined) el.textContent = text;
  return el;
}
