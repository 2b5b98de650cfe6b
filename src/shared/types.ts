// Data shapes that cross the bridge between main, preload and renderer, and that the core produces.
// Pure types only: this file is imported by every layer.

import type { ErrorCode } from './errors';

export type Lang = 'pl' | 'en';
export type { UiLang } from './settings';

/** Where a chrome string came from on the saved page. */
export type ChromeKind =
  | 'navigation' | 'form' | 'button' | 'footer' | 'header' | 'share' | 'banner'
  | 'related' | 'attribute' | 'heading' | 'text' | 'debris';

export interface ChromeItem {
  text: string;
  kind: ChromeKind;
  /** The string is the text of a link (long linked strings are headlines of other pages, not interface). */
  link?: boolean;
  /** A linked heading: the headline of another page, however short ("Koniec początku"). */
  headline?: boolean;
  /** The string sat in markup the page hides until asked (display:none, hidden, a closed dialog, a template). */
  hidden?: boolean;
  /** The string labels an option of a long list of checkboxes or radio buttons (ingredients, poll answers). */
  choice?: boolean;
  /** The string is an image's alt text (inside a link: the card of another page, its headline repeated). */
  image?: boolean;
  /** The language of the page around it, when the page plainly is in one ('en': a Polish row needs Polish words). */
  pageLang?: 'pl' | 'en';
}

export type DocumentFormat = 'html' | 'mhtml' | 'text';

/** Raw bytes of a file as main hands them to the renderer: main never parses page content. */
export interface RawDocument {
  /** Absolute path on disk, for recent files and "source" in print headers. */
  path: string;
  name: string;
  /** File bytes, base64 so the same value crosses Electron IPC and the e2e stand-in. */
  base64: string;
  /** Base URL under which the "_files" folder of a "Webpage, complete" save is served (app://doc/<id>/), if any. */
  resourceBase?: string;
  /** Name of the resource folder relative to the page, e.g. "page_files". */
  resourceDir?: string;
}

/** The article as the core pipeline produces it (already sanitised). */
export interface ReadDocument {
  format: DocumentFormat;
  encoding: string;
  title: string;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  /** Where the page came from (canonical link, og:url, the saved-from comment, MHTML Content-Location); absent: unknown. */
  sourceUrl?: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Plain text of the article, paragraphs separated by blank lines. */
  text: string;
  /** Sanitised article HTML. */
  html: string;
  chrome: ChromeItem[];
  /**
   * Prose paragraphs extraction dropped (text or aside units of at least 12 words, document order, at most 50),
   * which "Edit for print" offers to put back. Absent/empty when nothing was dropped or no article was found.
   */
  dropped?: string[];
  /** True when extraction found no article and the sanitised body is shown instead. */
  fallback: boolean;
  /** Count of remote images replaced by placeholders. */
  remoteImages: number;
  /** True when part of the page was left out: nested deeper than the parser's limit, or past the element budget. */
  truncated?: boolean;
}

/** One dictionary entry, whatever reader it came from (dictd, Morfologik, phrase catalogue). */
export interface DictEntry {
  headword: string;
  lemma: string;
  /** e.g. "past participle of oznaczyć"; null for the exact headword. */
  formNote: string | null;
  /**
   * The Polish form's Morfologik tag behind formNote, so the interface can word the note in its own language
   * (the Polish interface shows Polish notes); absent for English forms and exact headwords.
   */
  form?: { tag: string; lemma: string; perfectiveOf?: string };
  pos: string | null;
  ipa: string | null;
  senses: Sense[];
  /** e.g. "freedict-pol-eng", "freedict-eng-pol", "freedict-pol-eng (reverse)". */
  dictionary: string;
  /** How the entry was reached: ranking key. */
  match: 'exact' | 'folded' | 'lemma' | 'reverse' | 'ascii';
}

export interface Sense {
  translations: string[];
  note: string | null;
}

export interface LookupQuery {
  text: string;
  lang: Lang | 'auto';
  /** The sentence the text was read in, for ranking readings and senses by context (at most 1,000 characters). */
  sentence?: string;
  /** Where the text starts in `sentence` (UTF-16 offset); found by search when absent. */
  offset?: number;
}

/** The reading and sense shown first for a word in its sentence. */
export interface BestSense {
  lemma: string;
  pos: string | null;
  sense: string;
}

export interface LookupResult {
  query: string;
  lang: Lang;
  /** The words of the query the entries are for (longest phrase matched first). */
  matched: string;
  entries: DictEntry[];
  /** With no entries: the lemmas of the first word that were looked up too (other than the word itself). */
  tried?: string[];
  /** With a sentence in the query: the reading and sense the entries now start with. */
  best?: BestSense;
}

/** A page's glossary and, apart from it, the other text around the article (untranslated, never rows). */
export interface PageGlossary {
  entries: GlossEntry[];
  /** Teasers, comments, captions, prose the extraction left out: at most MAX_OTHER_STRINGS, each cut short. */
  other: string[];
}

/** A Polish interface string with its English rendering. */
export interface GlossEntry {
  text: string;
  translation: string;
  count: number;
  kind: ChromeKind;
  approximate: boolean;
  sources: string[];
  /** Present when no confident translation exists: the words in the Polish order, each with lemma and sense. */
  words?: WordGloss[];
  /** Every occurrence sat in markup the page hides until asked (display:none, hidden, a closed dialog, a template). */
  hidden?: boolean;
}

/** One word of a word-by-word gloss. */
export interface WordGloss {
  text: string;
  /** Dictionary form when it differs from the word ("lodówce" → "lodówka"); null otherwise. */
  lemma: string | null;
  /** One English sense; null for names, numbers and words the dictionaries lack. */
  sense: string | null;
}

// The settings' shape, ranges and defaults are defined once, by their schema.
export type { Direction, Modifier, PrintOptions, Settings, Theme } from './settings';

/** A failure the user is told about: a translation key and its parameters. */
export interface UserError {
  code: ErrorCode;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: UserError };

/** A saved word or phrase in the vocabulary notebook. */
export interface NotebookEntry {
  id: string;
  /** The form as it appeared in the text. */
  text: string;
  lemma: string;
  /** Language of `text`; the translation is in the other one. */
  lang: Lang;
  translation: string;
  /** The sentence it appeared in. */
  context: string;
  sourceTitle: string;
  sourcePath: string;
  note: string;
  /** ISO 8601 times. */
  created: string;
  updated: string;
}

export type NotebookDraft = Omit<NotebookEntry, 'id' | 'created' | 'updated'>;
