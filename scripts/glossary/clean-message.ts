// Cleaning of one localisation message into a plain interface string, or null when it is not one
// (placeholders, wiki/ICU plural syntax, links, long sentences).

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', laquo: '«', raquo: '»',
  ndash: '–', mdash: '—', rarr: '→', larr: '←', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„',
  times: '×', middot: '·', bull: '•', copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// $1 (MediaWiki), %s %1$s %d (gettext/printf), %(name)s (Python), _MENU_ (DataTables), %-l %M %p (strftime), %PRODUCTNAME (LibreOffice), %{x} (Uppy), %0 (CKEditor), {x} / {{x}} (ICU, MediaWiki magic words).
const PLACEHOLDER = /\$\d|%\(\w+\)|%[A-Z]{4,}|%(\d+\$)?[-+ 0#]*\d*(\.\d+)?[sdfuxi]|%\{|%\d|\{\{|\{[\w.]+\}|\[\[|\[https?:|__[A-Z]+__|_[A-Z]{3,}_|%[-_0^#]?[aAbBdeHIklMprSYy]/u;

export const MAX_WORDS = 6;
const MAX_CHARS = 60;

export function cleanMessage(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  if (PLACEHOLDER.test(raw)) return null;
  let text = raw.replace(/<[^>]*>/gu, ' ');
  text = decodeEntities(text);
  if (PLACEHOLDER.test(text) || /[<>]/u.test(text)) return null;
  // Wiki emphasis, accelerator marks ("&File", "_Save") at the start of a word.
  text = text.replace(/'{2,}/gu, '').replace(/(^|\s)[&_](?=\p{L})/gu, '$1');
  text = text.replace(/\s+/gu, ' ').trim();
  if (!text || text === '-' || !/\p{L}/u.test(text)) return null;
  if (text.length > MAX_CHARS) return null;
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  return text;
}
