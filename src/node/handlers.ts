// Every call of the bridge contract as a plain async function. The Electron IPC layer (ipc.ts) and the
// e2e stand-in bridge both call these, so what the tests exercise is what the window gets.
// Nothing here imports electron: dialogs, printing and the shell arrive as injected functions.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { GlosaApi, PrintReadyEvent } from '../shared/api';
import type { PrintOptions, RawDocument, Result, Settings, UiLang, UserError } from '../shared/types';
import { buildGlossary, translateInterfaceString } from '../core/glossary/glossary';
import type { LookupService } from '../core/dictionary/lookup';
import { loadLookupService, warmUpLookupService } from './dictionaries';
import { loadCatalogue } from './catalogue';
import { loadLocaleResources, loadTranslator, uiLangForLocale, type Translate } from './locales';
import type { MarkdownHeadings } from '../core/notebook/export';
import { createNotebook } from './storage/notebook';
import { readRawDocument } from './read-file';
import { createSettingsStore, withRecent } from './storage/settings';

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
  /** URL prefix under which a document's resource folder is served, given its registered id. */
  registerResources(folder: string): string;
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

/** Only http(s) links leave the app, and only to the system browser. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function createHandlers(host: HandlerHost): GlosaApi {
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

  async function open(path: string): Promise<Result<RawDocument>> {
    const result = await readRawDocument(path, { resourceBase: (folder) => host.registerResources(folder) });
    if (result.ok) {
      const current = await settings.get();
      await settings.set({ recent: withRecent(current.recent, path) });
    }
    return result;
  }

  return {
    initialDocument: () => open(host.initialPath ?? seedPath),

    async openDocument(path) {
      const chosen = path ?? (await host.showOpenDialog(openFilters(await translator())));
      return chosen ? open(chosen) : null;
    },

    async lookup(query) {
      return (await dictionaries()).lookup(query);
    },

    async gloss(texts) {
      const [cat, lookup] = await Promise.all([phrases(), dictionaries()]);
      return texts.map((text) => translateInterfaceString(text, { catalogue: cat, lookup }));
    },

    async glossary(chrome) {
      const [cat, lookup] = await Promise.all([phrases(), dictionaries()]);
      return buildGlossary(chrome, { catalogue: cat, lookup });
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
      const next = await settings.set(patch);
      host.settingsChanged?.(next);
      return next;
    },

    async getLocale(lang) {
      const chosen: UiLang = lang ?? (await settings.get()).uiLang ?? uiLangForLocale(host.osLocale);
      return { lang: chosen, resources: await loadLocaleResources(localesDir, chosen) };
    },

    async openExternal(url) {
      if (!isExternalLinkAllowed(url)) return false;
      await host.openExternal(url);
      return true;
    },

    print: (options) => host.print(options),

    async exportPdf(options) {
      const t = await translator();
      const name = `${(options.title || t('dialog.defaultPdfName')).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 100)}.pdf`;
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
      const ext = defaultName.slice(defaultName.lastIndexOf('.') + 1);
      const target = await host.showSaveDialog(defaultName, [{ name: ext.toUpperCase(), extensions: [ext] }]);
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
