// The bridge contract: every call the renderer may make to main, and every event main sends back.
// The preload, the IPC handlers in main and the e2e stand-in bridge are all typed from this one map
// (the GitHub Desktop pattern), so they cannot drift apart.
import type {
  ChromeItem, GlossEntry, LookupQuery, LookupResult, NotebookDraft, NotebookEntry, PageGlossary, PrintOptions, RawDocument, Result,
  Settings, UiLang, UserError,
} from './types';

/** How much of the article's text the glossary reads for the page's vocabulary. */
export const GLOSSARY_ARTICLE_CHARS = 200_000;

export interface GlosaApi {
  /** The document to show at start: the file named on the command line, else the seed page. */
  initialDocument(): Promise<Result<RawDocument>>;
  /** Open a file by path or, with no path, through the Open dialog. null: dialog cancelled. Main opens a path only
   * when it has seen it chosen (dialog, command line, recent list, drop); any other gets 'file-not-chosen'. */
  openDocument(path: string | null): Promise<Result<RawDocument> | null>;
  /** Look up a word or phrase in the offline dictionaries. */
  lookup(query: LookupQuery): Promise<LookupResult>;
  /** Translate Polish interface strings with the phrase catalogue (dictionary gloss as fallback); null: not Polish. */
  gloss(texts: string[]): Promise<Array<Pick<GlossEntry, 'text' | 'translation' | 'approximate' | 'sources'> | null>>;
  /**
   * The glossary of a page: its Polish chrome strings, grouped and counted, with English translations. The
   * article's text (at most GLOSSARY_ARTICLE_CHARS) picks a polysemous word's sense ("przepis" on a recipe page).
   * The chrome that is not interface comes back apart, as the page's other text.
   */
  glossary(chrome: ChromeItem[], articleText: string): Promise<PageGlossary>;
  getSettings(): Promise<Settings>;
  /** What start-up had to repair (a damaged settings or notebook file set aside), to tell the user once. */
  storageStatus(): Promise<UserError[]>;
  /** Change settings; the recent list is main's own and not part of a patch. */
  setSettings(patch: Partial<Omit<Settings, 'recent'>>): Promise<Settings>;
  /** Translations of the app's own interface for a language (i18next resources). */
  getLocale(lang: UiLang | null): Promise<{ lang: UiLang; resources: Record<string, unknown> }>;
  /** Open an http(s) link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  print(options: PrintOptions): Promise<Result<null>>;
  /** Export the article as PDF; `source` (the saved page's path) goes in the footer. */
  exportPdf(options: PrintOptions & { title: string; source: string }): Promise<Result<string> | null>;
  /** Save text (glossary CSV/Markdown export) through a save dialog; null: cancelled. */
  saveText(defaultName: string, text: string): Promise<Result<string> | null>;
  /** Every lemma (Polish and English) of each word, in order, for marking saved words by lemma. */
  lemmasOf(words: string[]): Promise<string[][]>;
  notebookList(): Promise<NotebookEntry[]>;
  notebookSave(draft: NotebookDraft): Promise<Result<NotebookEntry>>;
  notebookUpdate(id: string, patch: Partial<Pick<NotebookEntry, 'translation' | 'note'>>): Promise<Result<NotebookEntry>>;
  /** Delete; returns the entry so the renderer can offer undo (notebookRestore). */
  notebookDelete(id: string): Promise<Result<NotebookEntry>>;
  notebookRestore(entry: NotebookEntry): Promise<Result<NotebookEntry>>;
  /** Export through a save dialog in the given format; null: cancelled. */
  notebookExport(format: 'tsv' | 'csv' | 'md'): Promise<Result<string> | null>;
  /** Import an Anki TSV through an open dialog; returns how many were added and skipped as duplicates. */
  notebookImport(): Promise<Result<{ added: number; skipped: number }> | null>;
  /** The window's word that its print view is ready for the document shown (or that none could be shown). */
  printReady(event: PrintReadyEvent): Promise<void>;
}

/**
 * Sent by the window once its first document is shown and each time the print view (appendices for the current
 * print options) is ready again: `glosa print` waits for it instead of looking into the window. With the title
 * and source path that go in the PDF's header and footer; `ok: false` when the document could not be shown.
 */
export type PrintReadyEvent =
  | { ok: true; title: string; source: string }
  | { ok: false; message: string };

export type ApiMethod = keyof GlosaApi;

/** Every method name, in one list the preload and the stand-in bridge iterate over. */
export const API_METHODS = [
  'initialDocument', 'openDocument', 'lookup', 'gloss', 'glossary', 'getSettings', 'storageStatus', 'setSettings', 'getLocale',
  'openExternal', 'print', 'exportPdf', 'saveText', 'lemmasOf', 'notebookList', 'notebookSave', 'notebookUpdate', 'notebookDelete',
  'notebookRestore', 'notebookExport', 'notebookImport', 'printReady',
] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS lists every method of GlosaApi.
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _allListed: [Missing] extends [never] ? true : Missing = true;
void _allListed;

/** Events main pushes to the renderer (menu commands, files opened from outside). */
export type AppEvent =
  | { type: 'open'; result: Result<RawDocument> }
  | { type: 'command'; command: MenuCommand }
  | { type: 'settings'; settings: Settings };

export type MenuCommand =
  | 'open' | 'print' | 'export-pdf' | 'font-bigger' | 'font-smaller' | 'font-reset'
  | 'theme-light' | 'theme-sepia' | 'theme-dark' | 'toggle-glossary' | 'find-glossary'
  | 'toggle-notebook';

/** What the preload puts on window.glosa. */
export interface GlosaBridge extends GlosaApi {
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Open a File dropped on the window by its path on disk (the preload asks Electron's webUtils for it, and
   * sends it on DROP_CHANNEL, which page scripts cannot reach). null: the File has no path (built by a script,
   * or a plain browser). */
  openDroppedFile(file: File): Promise<Result<RawDocument> | null>;
}

export const IPC_PREFIX = 'glosa:';
export const EVENT_CHANNEL = 'glosa:event';
/** The preload's own channel for drops: not a method of the contract, so nothing else can call it. */
export const DROP_CHANNEL = 'glosa:drop';
