// What main shows in the OS dialogs and writes in exports follows the interface language: the dialogs'
// filter names, the default PDF name and the notebook's Markdown headings come from resources/locales.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type FileFilter, type HandlerHost } from '../../../src/node/handlers';
import type { UiLang } from '../../../src/shared/types';
import { UserGestureGate } from '../../../src/node/user-gesture';
import { REPO } from '../../harness/paths';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'glosa-handlers-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

/** Handlers whose dialogs record what they were shown; the Save dialog answers `saveTo`. */
function handlersIn(osLocale: string, saveTo: string | null = null) {
  const shown: Array<{ kind: 'open' | 'save'; name?: string; filters: FileFilter[] }> = [];
  const host: HandlerHost = {
    appRoot: REPO, userDataDir: dir, osLocale, initialPath: null,
    registerResources: () => 'http://localhost/',
    releaseResources: () => {},
    gestures: new UserGestureGate(),
    showOpenDialog: async (filters) => {
      shown.push({ kind: 'open', filters });
      return null;
    },
    showSaveDialog: async (name, filters) => {
      shown.push({ kind: 'save', name, filters });
      return saveTo;
    },
    openExternal: async () => {},
    print: async () => ({ ok: true, value: null }),
    printToPdf: async () => new Uint8Array([37, 80, 68, 70]),
  };
  return { handlers: createHandlers(host), shown };
}

const DRAFT = {
  text: 'ostrzał', lemma: 'ostrzał', lang: 'pl' as const, translation: 'shelling', context: 'Trwa ostrzał.', sourceTitle: 'T',
  sourcePath: '/t.html', note: '',
};

describe('dialogs and exports in the interface language', () => {
  const cases: Array<[UiLang, string, string[], string, string, string]> = [
    ['en', 'en-US', ['Saved pages', 'All files'], 'PDF', 'article.pdf', '| Word | Lemma | Translation | Context | Note | Source |'],
    ['pl', 'pl-PL', ['Zapisane strony', 'Wszystkie pliki'], 'Dokument PDF', 'artykuł.pdf', '| Słowo | Forma podstawowa | Tłumaczenie | Kontekst | Notatka | Źródło |'],
  ];
  it.each(cases)('%s: filter names, default PDF name, Markdown headings', async (_lang, locale, openFilters, pdfFilter, pdfName, mdHeader) => {
    const { handlers, shown } = handlersIn(locale, join(dir, 'out.md'));
    await handlers.openDocument(null);
    await handlers.notebookImport();
    await handlers.exportPdf({ images: true, fontSize: 12, glossaryAppendix: false, vocabularyAppendix: false, title: '', source: '' });
    expect(shown[0]!.filters.map((f) => f.name)).toEqual(openFilters);
    expect(shown[1]!.filters[0]!.name).toMatch(/Anki TSV/);
    expect(shown[2]!.name).toBe(pdfName);
    expect(shown[2]!.filters[0]!.name).toBe(pdfFilter);
    await handlers.notebookSave(DRAFT);
    await handlers.notebookExport('md');
    expect((await readFile(join(dir, 'out.md'), 'utf8')).split('\n')[0]).toBe(mdHeader);
  });

  it('follows a language chosen in the settings over the OS locale', async () => {
    const { handlers, shown } = handlersIn('en-US');
    await handlers.setSettings({ uiLang: 'pl' });
    await handlers.openDocument(null);
    expect(shown[0]!.filters.map((f) => f.name)).toEqual(['Zapisane strony', 'Wszystkie pliki']);
  });
});
