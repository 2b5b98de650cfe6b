// Every call of the bridge contract as a plain async function. The Electron IPC layer (ipc.ts) and the
// e2e stand-in bridge both call these, so what the tests exercise is what the window gets.
// Nothing here imports electron: dialogs, printing and the shell arrive as injected functions.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join } from 'node:path';
import type { GlosaApi, PrintReadyEvent } from '../shared/api';
import type { PrintOptions, RawDocument, Result, Settings, UiLang, UserError } from '../shared/types';
import { translateInterfaceString } from '../core/glossary/glossary';
import { pageGlossary } from '../core/glossary/interface-strings';
import { otherTextList } from '../core/glossary/other-text';
import { pageVocabulary } from '../core/glossary/page-sense';
import type { LookupService } from '../core/dictionary/lookup';
import { loadLookupService, warmUpLookupService } from './dictionaries';
import { loadCatalogue } from './catalogue';
import { loadLocaleResources, loadTranslator, uiLangForLocale, type Translate } from './locales';
import type { MarkdownHeadings } from '../core/notebook/export';
import { createNotebook } from './storage/notebook';
import { readRawDocument } from './read-file';
import { createSettingsStore, withRecent } from './storage/settings';
import { UserGestureGate } from './user-gesture';

export interface FileFilter { name: string; extensions: string[] }

/** What the host (Electron, or the e2e stand-in) provides. */
export interface HandlerHost {
  /** Repository/app root holding resources/ and seeds/. */
  appRoot: string;
  userDataDir: string;
  /** OS locale, e.g. app.getLocale(). */
  osLocale: string;
  /** File given on the command line, if any. */
  initialPath: string | null;
  /** URL prefix under which the shown document's resource folder is served; replaces any earlier one. */
  registerResources(folder: string): string;
  /** No document folder is served any more (the document was closed, or replaced by one without resources). */
  releaseResources(): void;
  /** The user's clicks and key presses as main sees them; a link opens only on one of them. */
  gestures: UserGestureGate;
  showOpenDialog(filters: FileFilter[]): Promise<string | null>;
  showSaveDialog(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  print(options: PrintOptions): Promise<Result<null>>;
  printToPdf(options: PrintOptions & { title: string; source: string }): Promise<Uint8Array>;
  /** Called after settings change (menu language, theme…), so the host can rebuild its menu. */
  settingsChanged?(settings: Settings): void;
  /** The window's print view is ready (or its document could not be shown): what `glosa print` waits for. */
  printReady?(event: PrintReadyEvent): void;
}

/** The Open dialog's filters, named in the interface language. */
export const openFilters = (t: Translate): FileFilter[] => [
  { name: t('dialog.savedPages'), extensions: ['html', 'htm', 'xhtml', 'mhtml', 'mht', 'txt'] },
  { name: t('dialog.allFiles'), extensions: ['*'] },
];

/** The column headings of the notebook's Markdown export, in the interface language. */
export function markdownHeadings(t: Translate): MarkdownHeadings {
  const k = (key: string) => t(`notebookExport.${key}`);
  return [k('word'), k('lemma'), k('translation'), k('context'), k('note'), k('source')];
}

/**
 * The URL an http(s) link may open in the system browser, or null. The raw string is checked strictly before
 * parsing: the URL parser quietly drops leading controls and spaces and every tab or newline (so
 * " \u0001https://…" and "ht\ttps://…" would parse as https), and the shell must never see a string the
 * parser had to repair. What goes out is the parser's own serialisation, never the raw string.
 */
export function externalLinkHref(raw: string): string | null {
  // No ASCII control, DEL or whitespace anywhere (the renderer trims the attribute and escapes inner spaces).
  if (!/^https?:\/\/[^\u0000-\u0020\u007f]+$/i.test(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
  return parsed.href;
}

/** A file name stem from untrusted text: no folders, no characters file systems reserve, at most 100 characters. */
export function safeFileStem(text: string, fallback: string): string {
  const stem = text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 100).trim();
  return stem || fallback;
}

/** What saveText writes: the glossary's exports. */
const SAVE_TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['csv', 'md', 'tsv', 'txt']);

/** The kinds of file a drop may open: saved pages and text. Anything else goes through the Open dialog. */
export const DROP_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml', '.mhtml', '.mht', '.txt']);

/** What main may call besides the renderer's contract: opens of paths main itself was given. */
export interface MainHandlers extends GlosaApi {
  /** A path from the command line (a second instance) or the menu's Open Recent. */
  openChosen(path: string): Promise<Result<RawDocument>>;
  /** A file dropped on the window: the path the preload took from the dropped File (webUtils.getPathForFile). */
  openDropped(path: string): Promise<Result<RawDocument>>;
  /** The window closed: its document's resources are no longer served. */
  documentClosed(): void;
}

export function createHandlers(host: HandlerHost): MainHandlers {
  const settings = createSettingsStore(host.userDataDir);
  const notebook = createNotebook(host.userDataDir);
  const localesDir = join(host.appRoot, 'resources', 'locales');
  const seedPath = join(host.appRoot, 'seeds', 'syria-homs.txt');
  // Dictionaries and the catalogue load on first use, never at start-up. Once loaded, the dictionaries answer
  // at once and warm up in the background for fast first-time lookups (a failed warm-up only leaves them slower).
  let lookupService: Promise<LookupService> | null = null;
  const resourcesDir = join(host.appRoot, 'resources');
  const dictionaries = () =>
    (lookupService ??= loadLookupService(resourcesDir).then((service) => {
      warmUpLookupService(resourcesDir).catch((error: unknown) => console.warn('dictionary warm-up failed:', error));
      return service;
    }));
  let catalogue: ReturnType<typeof loadCatalogue> | null = null;
  const phrases = () => (catalogue ??= loadCatalogue(join(host.appRoot, 'resources')));

  // Dialog filter names, file names and exported headings follow the interface language, as the window does.
  const translators = new Map<UiLang, Promise<Translate>>();
  async function translator(): Promise<Translate> {
    const lang = (await settings.get()).uiLang ?? uiLangForLocale(host.osLocale);
    let t = translators.get(lang);
    if (!t) translators.set(lang, (t = loadTranslator(localesDir, lang)));
    return t;
  }

  // Main reads only files the user chose, in ways main saw itself: the command-line argument, an Open dialog
  // result, an entry of the recent list (written only here, never by the renderer) or a drop. A path the
  // renderer names is opened only when it is one of those; any other path is refused before it is touched.
  const chosenPaths = new Set<string>();
  if (host.initialPath) chosenPaths.add(host.initialPath);

  async function mayOpen(path: string): Promise<boolean> {
    return chosenPaths.has(path) || (await settings.get()).recent.includes(path);
  }

  const notChosen = (path: string): Result<RawDocument> =>
    ({ ok: false, error: { code: 'file-not-chosen', params: { name: basename(path), path } } });

  async function open(path: string): Promise<Result<RawDocument>> {
    let registered = false;
    const result = await readRawDocument(path, {
      resourceBase: (folder) => {
        registered = true;
        return host.registerResources(folder);
      },
    });
    if (result.ok) {
      // The new document replaces the one on show: the old one's folder is no longer served.
      if (!registered) host.releaseResources();
      chosenPaths.add(path);
      const current = await settings.get();
      await settings.set({ recent: withRecent(current.recent, path) });
    }
    return result;
  }

  return {
    initialDocument: () => open(host.initialPath ?? seedPath),

    async openDocument(path) {
      if (path !== null) return (await mayOpen(path)) ? open(path) : notChosen(path);
      const chosen = await host.showOpenDialog(openFilters(await translator()));
      return chosen ? open(chosen) : null;
    },

    async openChosen(path) {
      return open(path);
    },

    // The preload sends a drop through its own channel, with the path webUtils.getPathForFile gave for the
    // dropped File; page scripts cannot reach that channel, and a File they build has no path. A compromised
    // renderer process, though, can send any path on it, and main cannot see drags to tell. So a drop opens
    // only an absolute path of a saved-page or text file (not ~/.ssh/id_rsa, not /etc/passwd), and the file
    // then shows in Open Recent, where the user sees it. What it reads has no way out: the window reaches no
    // network, and links open only on a click main sees (openExternal).
    async openDropped(path) {
      if (!isAbsolute(path)) return notChosen(path);
      if (!DROP_EXTENSIONS.has(extname(path).toLowerCase())) {
        return { ok: false, error: { code: 'drop-unsupported', params: { name: basename(path), path } } };
      }
      chosenPaths.add(path);
      return open(path);
    },

    documentClosed: () => host.releaseResources(),

    async lookup(query) {
      return (await dictionaries()).lookup(query);
    },

    async gloss(texts) {
      const [cat, lookup] = await Promise.all([phrases(), dictionaries()]);
      return texts.map((text) => translateInterfaceString(text, { catalogue: cat, lookup }));
    },

    async glossary(chrome, articleText) {
      const [cat, lookup] = await Promise.all([phrases(), dictionaries()]);
      const { glossary, other } = pageGlossary(chrome, { catalogue: cat, lookup, page: pageVocabulary(articleText, lookup) });
      return { entries: glossary, other: otherTextList(other, glossary.map((g) => g.text)) };
    },

    getSettings: () => settings.get(),

    async storageStatus() {
      const notices: UserError[] = [];
      for (const [file, status] of [['settings.json', await settings.loadStatus()], ['notebook.json', await notebook.loadStatus()]] as const) {
        if (status.recovered !== 'none') {
          notices.push({ code: `storage-recovered-${status.recovered}`, params: { file, setAside: status.setAside ?? '' } });
        }
      }
      return notices;
    },

    async setSettings(patch) {
      // The recent list is main's record of what the user opened (and so of what may be reopened by path):
      // the renderer never sets it.
      const { recent: _recent, ...allowed } = patch as Partial<Settings>;
      const next = await settings.set(allowed);
      host.settingsChanged?.(next);
      return next;
    },

    async getLocale(lang) {
      const chosen: UiLang = lang ?? (await settings.get()).uiLang ?? uiLangForLocale(host.osLocale);
      return { lang: chosen, resources: await loadLocaleResources(localesDir, chosen) };
    },

    async openExternal(url) {
      const href = externalLinkHref(url);
      if (!href || !host.gestures.consume()) return false;
      await host.openExternal(href);
      return true;
    },

    print: (options) => host.print(options),

    async exportPdf(options) {
      const t = await translator();
      const name = `${safeFileStem(options.title, t('dialog.defaultPdfName'))}.pdf`;
      const target = await host.showSaveDialog(name, [{ name: t('dialog.pdf'), extensions: ['pdf'] }]);
      if (!target) return null;
      try {
        await writeFile(target, await host.printToPdf(options));
        return { ok: true, value: target };
      } catch (error) {
        return { ok: false, error: { code: 'pdf-failed', params: { reason: (error as Error).message } } };
      }
    },

    async saveText(defaultName, text) {
      // The renderer proposes only a file name, never where: a default of "/home/me/.bashrc" would put the
      // dialog there with that name chosen, one Enter away from overwriting it.
      const dot = defaultName.lastIndexOf('.');
      const ext = dot > 0 ? defaultName.slice(dot + 1).toLowerCase() : '';
      if (!SAVE_TEXT_EXTENSIONS.has(ext)) return { ok: false, error: { code: 'save-failed', params: { reason: `.${ext} files are not saved here` } } };
      const name = `${safeFileStem(defaultName.slice(0, dot), 'glosa')}.${ext}`;
      const target = await host.showSaveDialog(name, [{ name: ext.toUpperCase(), extensions: [ext] }]);
      if (!target) return null;
      try {
        await writeFile(target, text, 'utf8');
        return { ok: true, value: target };
      } catch (error) {
        return { ok: false, error: { code: 'save-failed', params: { reason: (error as Error).message } } };
      }
    },

    async lemmasOf(words) {
      const service = await dictionaries();
      return words.map((word) => {
        const lemmas = new Set<string>();
        for (const lang of ['pl', 'en'] as const) for (const { lemma } of service.lemmas(word, lang)) lemmas.add(lemma);
        return [...lemmas];
      });
    },

    async printReady(event) {
      host.printReady?.(event);
    },

    notebookList: () => notebook.notebookList(),
    notebookSave: (draft) => notebook.notebookSave(draft),
    notebookUpdate: (id, patch) => notebook.notebookUpdate(id, patch),
    notebookDelete: (id) => notebook.notebookDelete(id),
    notebookRestore: (entry) => notebook.notebookRestore(entry),

    async notebookExport(format) {
      const target = await host.showSaveDialog(`glosa-notebook.${format}`, [{ name: format.toUpperCase(), extensions: [format] }]);
      if (!target) return null;
      try {
        await writeFile(target, await notebook.exportNotebook(format, markdownHeadings(await translator())), 'utf8');
      } catch (error) {
        return { ok: false, error: { code: 'save-failed', params: { reason: (error as Error).message } } };
      }
      return { ok: true, value: basename(target) };
    },

    async notebookImport(): Promise<Result<{ added: number; skipped: number }> | null> {
      const source = await host.showOpenDialog([{ name: (await translator())('dialog.ankiTsv'), extensions: ['tsv', 'txt'] }]);
      if (!source) return null;
      let text: string;
      try {
        text = await readFile(source, 'utf8');
      } catch (error) {
        return { ok: false, error: { code: 'file-unreadable', params: { name: basename(source), reason: (error as Error).message } } };
      }
      try {
        return { ok: true, value: await notebook.importNotebook(text) };
      } catch (error) {
        return { ok: false, error: { code: 'notebook-storage-failed', params: { reason: (error as Error).message } } };
      }
    },
  };
}
