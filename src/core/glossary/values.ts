// Values inside interface strings: "Komentarze (9)", "Aktualizacja: 12.03.2021, 14:05", "242 osoby
// wydrukowały", "Strona 3 z 12". The label is translated and the value kept as it is, so a count or a date
// never reaches the dictionary ("12" is not a word) and the same label on many pages is one phrase.

export interface ValueSplit {
  /** Text before the label (a leading count), kept. */
  before: string;
  label: string;
  /** Text after the label (a count in brackets, a date, a time), kept. */
  after: string;
}

// Polish month names in the genitive, as dates write them ("12 marca 2021").
const MONTH = '(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)\\.?';
// One value: a date, a time, a number, a count in brackets; then optional further values after "," or "-".
const ONE = `(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}\\s${MONTH}(?:\\s\\d{4})?(?:\\s?r\\.)?|\\d{1,2}:\\d{2}(?::\\d{2})?|\\d[\\d\\s.,]{0,12}\\d%?|\\d%?|\\(\\s?\\d[\\d\\s.,]{0,12}\\)|\\[\\s?\\d{1,9}\\s?\\])`;
const TAIL = new RegExp(`^(.*?\\p{L}[^\\d]*?)((?:[\\s:–—-]|,\\s?)*${ONE}(?:(?:\\s?[,|–—-]\\s?|\\s|\\s?godz\\.\\s?)${ONE}){0,4}\\s*)$`, 'iu');
const HEAD = /^(\(?\d[\d\s.,]{0,12}\)?\s+)(\p{L}.*)$/u;

const MAX_LENGTH = 200;
const DANGLING = /(?:^|\s)(?:z|ze|w|we|na|do|od|o|po|dla|za|przed|od|i|oraz|lub|nr|numer|rok|roku|top)$/iu;

/** The label and the values around it, or null when the string has no value (or is nothing but values). */
export function splitValue(text: string): ValueSplit | null {
  if (text.length > MAX_LENGTH || !/\d/u.test(text)) return null;
  let before = '';
  let rest = text;
  const head = HEAD.exec(rest);
  if (head) { before = head[1]!; rest = head[2]!; }
  let after = '';
  const tail = TAIL.exec(rest);
  if (tail && /\p{L}/u.test(tail[1]!)) { rest = tail[1]!; after = tail[2]!; }
  // Trailing separators belong to the value side: "Aktualizacja:" keeps its colon in the label.
  const label = rest.trim();
  if ((!before && !after) || !/\p{L}/u.test(label)) return null;
  // A number inside the label ("Strona 3 z 12") or a preposition left hanging ("Ustawa z 2021"): the value is
  // part of the phrase, not beside it.
  if (/\d/u.test(label) || DANGLING.test(label)) return null;
  return { before, label, after };
}

/** Puts the values back around a translated label, with the spacing they had. */
export function joinValue(split: ValueSplit, translatedLabel: string): string {
  return `${split.before}${translatedLabel}${split.after}`.trim();
}
