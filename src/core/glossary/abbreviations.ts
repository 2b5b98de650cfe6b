// Parts of an interface string that are kept as they are: Polish abbreviations (kept, with their meaning:
// "m.in." → "m.in. (among others)") and web addresses ("Wirtualnemedia.pl", "www.siecprzyjaciol.pl"), which
// word-by-word glossing would otherwise cut into words ("pl" → "square", "m" "in" → "meter in").
// The list is general knowledge of written Polish, not taken from any page.

/** Abbreviation → its meaning in English. Matched case-sensitively, as written. */
export const ABBREVIATIONS: Record<string, string> = {
  'Sp. z o.o.': 'limited company, Ltd',
  'sp. z o.o.': 'limited company, Ltd',
  'S.A.': 'joint-stock company, plc',
  'sp.k.': 'limited partnership',
  'm.in.': 'among others',
  'tzw.': 'so-called',
  'tzn.': 'that is',
  'tj.': 'i.e.',
  'np.': 'e.g.',
  'itd.': 'etc.',
  'itp.': 'and so on',
  'ww.': 'above-mentioned',
  'wg': 'according to',
  'ul.': 'street',
  'al.': 'avenue',
  'os.': 'housing estate',
  'woj.': 'province',
  'pow.': 'county',
  'gm.': 'municipality',
  'godz.': 'at (time)',
  'pkt': 'point',
  'pkt.': 'point',
  'r.': 'year',
  'ok.': 'about',
  'ds.': 'for (responsible for)',
  'im.': 'named after',
  'św.': 'St.',
  'nr': 'number, No.',
  'tel.': 'phone',
  'kom.': 'mobile',
  'fot.': 'photo',
  'red.': 'editor',
  'oprac.': 'compiled by',
  'zob.': 'see',
  'por.': 'compare',
  'tys.': 'thousand',
  'mln': 'million',
  'mld': 'billion',
  'zł': 'zloty (PLN)',
  'dr': 'Dr',
  'prof.': 'Prof.',
  'mgr': 'MA/MSc',
  'inż.': 'engineer',
  'sygn.': 'reference no.',
  'ub.r.': 'last year',
  'br.': 'this year',
};

export interface KeptSpan {
  start: number;
  end: number;
  text: string;
  /** What the glossary shows for it: the text, with the abbreviation's meaning in brackets. */
  shown: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// Longest first, so "Sp. z o.o." wins over "o.".
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
// Host names: letters/digits/hyphens in dot-separated labels ending in a known top-level domain, or www.-names.
const ADDRESS = /(?<![\p{L}\p{N}@.-])(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.(?:pl|com|eu|org|net|info|tv|fm|io|gov\.pl|edu\.pl|waw\.pl)(?![\p{L}\p{N}])(?:\/[^\s]{0,200})?/giu;

const MAX_LENGTH = 2000;

/** The abbreviations and addresses in a string, in order, not overlapping. */
export function keptSpans(text: string): KeptSpan[] {
  if (text.length > MAX_LENGTH) return [];
  const spans: KeptSpan[] = [];
  for (const m of text.matchAll(ADDRESS)) spans.push({ start: m.index, end: m.index + m[0].length, text: m[0], shown: m[0] });
  for (const m of text.matchAll(ABBREVIATION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (spans.some((s) => start < s.end && end > s.start)) continue;
    spans.push({ start, end, text: m[0], shown: `${m[0]} (${ABBREVIATIONS[m[0]]})` });
  }
  return spans.sort((a, b) => a.start - b.start);
}
