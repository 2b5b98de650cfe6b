// Rebuild an article from a plain-text dump of a rendered page (text copied or saved from a browser): the dump
// holds the article's lines mixed with the page's interface (menus, share bars, form messages) and debris
// (bullets, font-size controls, stray symbols), and repeats some lines (an image's alt text and its caption,
// a title shown twice). The rules are generic: bullets and indentation mark list/menu lines, lines with no
// real word are debris, short lines in the other language than the article's are interface, repeats collapse.
import type { ChromeItem, Lang } from '../../shared/types';
import { detectLanguage } from '../language';
import { letterRunsOf } from '../text/words';

/** The classes the text dump writes (and the app styles); the sanitiser keeps them as they are. */
export const TEXT_DUMP_CLASSES: ReadonlySet<string> = new Set(['dateline', 'lede']);

export interface TextDumpArticle {
  title: string;
  published: string | null;
  lang: Lang | null;
  /** Article HTML (built here from text nodes only; still sanitised by the pipeline). */
  html: string;
  chrome: ChromeItem[];
}

const BULLET = /^[•·▪◦●■□‣∙*\-–—]\s+/u;
const DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sty|lut|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)\p{L}*\.?\s+\d{4}\b/iu;
const PHOTO_CREDIT = /\b(?:photo(?:graph)?s?\s*(?:by|:)|fot\.|fot:|zdj(?:ęcie)?\.?:|credit:|getty images|reuters\/|ap photo|afp via|east news|pap\/)/i;
const TERMINAL = /[.!?:;,…]$/;

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Line {
  raw: string;
  text: string;
  /** The line cut at runs of three or more spaces: one dumped line often holds several controls. */
  parts: string[];
  indented: boolean;
  bulleted: boolean;
}

/** A line carries no real word: no run of three letters with a vowel ("-AA+A", "sp/rl;", "*", "..."). */
function isDebris(text: string): boolean {
  return !letterRunsOf(text).some((w) => w.length >= 3 && /[aeiouyąęó]/i.test(w));
}

function isDate(text: string): boolean {
  return DATE.test(text) && letterRunsOf(text).length <= 6;
}

/** "22:03, 07.12.2024" → "2024-12-07T22:03"; other forms are returned as written. */
function isoDate(text: string): string {
  const d = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/.exec(text);
  const t = /\b(\d{1,2}):(\d{2})\b/.exec(text);
  if (!d) return text;
  const date = `${d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
  return t ? `${date}T${t[1]!.padStart(2, '0')}:${t[2]}` : date;
}

/** A heading: short, several words, no sentence-final punctuation once closing quotes are set aside. */
function looksLikeHeading(text: string): boolean {
  const ws = letterRunsOf(text);
  return text.length <= 90 && ws.length >= 1 && ws.length <= 12 && !TERMINAL.test(text.replace(/["'”’»)\]]+$/u, ''));
}

export function extractTextDump(source: string): TextDumpArticle {
  const lines: Line[] = source.split(/\r\n?|\n/).map((raw) => {
    const spaced = raw.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\t/g, '    ');
    const trimmed = spaced.trim();
    const bulleted = BULLET.test(trimmed) || /^[•·▪◦●■]$/u.test(trimmed);
    const unbulleted = trimmed.replace(BULLET, '').replace(/^[•·▪◦●■]$/u, '');
    const parts = unbulleted.split(/ {3,}/).map((p) => p.replace(/ {2,}/g, ' ').trim()).filter(Boolean);
    return { raw, text: unbulleted.replace(/ {2,}/g, ' ').trim(), parts, indented: /^ {2,}\S/.test(spaced), bulleted };
  });
  // Indentation means "list or menu" only when the article's long lines are not themselves indented.
  const long = lines.filter((l) => l.text.length >= 60);
  const indentMarksUi = long.filter((l) => l.indented).length <= long.length * 0.2;
  const docLang = detectLanguage(long.map((l) => l.text).join(' ')) ?? detectLanguage(lines.map((l) => l.text).join(' '));

  const chrome: ChromeItem[] = [];
  type Unit = { text: string; blankBefore: number; blankAfter: number };
  const kept: Unit[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (!line.text) {
      if (!line.bulleted) blanks++;
      if (kept.length) kept[kept.length - 1]!.blankAfter = blanks;
      continue;
    }
    const date = isDate(line.text);
    const shortLine = letterRunsOf(line.text).length <= 12;
    const toChrome = (kind: ChromeItem['kind']) => {
      for (const part of line.parts) chrome.push({ text: part, kind: isDebris(part) ? 'debris' : kind });
    };
    if (!date && isDebris(line.text)) toChrome('debris');
    else if (line.bulleted || (line.indented && indentMarksUi)) toChrome('text');
    else if (!date && shortLine && docLang && detectLanguage(line.text) !== null && detectLanguage(line.text) !== docLang) {
      toChrome('text');
    } else {
      kept.push({ text: line.text, blankBefore: blanks, blankAfter: 0 });
    }
    blanks = 0;
  }

  // Collapse repeats, and lines that are two other lines run together (a teaser "Title Lede").
  const seen = new Set(kept.map((u) => u.text));
  const seenLengths = new Set(kept.map((u) => u.text.length));
  const emitted = new Set<string>();
  const units: Unit[] = [];
  for (const unit of kept) {
    if (emitted.has(unit.text)) {
      if (units.length) units[units.length - 1]!.blankAfter = Math.max(units[units.length - 1]!.blankAfter, unit.blankAfter);
      continue;
    }
    if (isJoinOfTwo(unit.text, seen, seenLengths)) continue;
    emitted.add(unit.text);
    units.push({ ...unit });
  }

  let title = '';
  let published: string | null = null;
  const html: string[] = [];
  let paragraphs = 0;
  let pendingHeading: string | null = null;
  let open: string | null = null; // paragraph being joined from hard-wrapped lines
  const closeParagraph = (): void => {
    if (open !== null) html.push(`<p>${escapeHtml(open)}</p>`);
    open = null;
  };
  for (const unit of units) {
    const text = unit.text;
    if (!title && looksLikeHeading(text)) {
      title = text;
      html.push(`<h1>${escapeHtml(text)}</h1>`);
      continue;
    }
    if (!published && isDate(text)) {
      published = isoDate(text);
      closeParagraph();
      html.push(`<p class="dateline"><time>${escapeHtml(text)}</time></p>`);
      continue;
    }
    if (PHOTO_CREDIT.test(text)) {
      closeParagraph();
      html.push(`<figure><figcaption>${escapeHtml(text)}</figcaption></figure>`);
      continue;
    }
    if (title && paragraphs > 0 && looksLikeHeading(text)) {
      closeParagraph();
      // A heading is kept only once text follows it; a heading-like line followed by none ("Komentarze (12)",
      // "Dodaj komentarz" at the foot of a page) is interface.
      if (pendingHeading !== null) chrome.push({ text: pendingHeading, kind: 'text' });
      pendingHeading = text;
      continue;
    }
    if (pendingHeading !== null) {
      closeParagraph();
      html.push(`<h2>${escapeHtml(pendingHeading)}</h2>`);
      pendingHeading = null;
    }
    // Hard-wrapped dumps: a line that continues a sentence (no blank line, lower-case start) joins the paragraph.
    if (open !== null && unit.blankBefore === 0 && !TERMINAL.test(open) && /^\p{Ll}/u.test(text)) {
      open += ` ${text}`;
      continue;
    }
    closeParagraph();
    open = text;
    paragraphs++;
  }
  closeParagraph();
  if (pendingHeading !== null) chrome.push({ text: pendingHeading, kind: 'text' });
  if (!title) title = units[0]?.text.slice(0, 120) ?? '';
  // The lede is the article's first paragraph.
  const first = html.findIndex((h) => h.startsWith('<p>'));
  if (first >= 0) html[first] = html[first]!.replace('<p>', '<p class="lede">');
  return { title, published, lang: docLang, html: html.join('\n'), chrome };
}

/** Whether `text` is two of `lines` joined by a space. Only cuts where both halves have the length of some line are
 * looked up: each lookup hashes its half, so trying every space of a long line would be quadratic (a 2.7 MB
 * line took seconds). */
function isJoinOfTwo(text: string, lines: Set<string>, lengths: Set<number>): boolean {
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    if (!lengths.has(i) || !lengths.has(text.length - i - 1)) continue;
    if (lines.has(text.slice(0, i)) && lines.has(text.slice(i + 1))) return true;
  }
  return false;
}
