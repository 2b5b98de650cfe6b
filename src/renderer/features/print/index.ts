// Print preparation in the reader window: print options (remembered in Settings.print), the print-only
// appendices after the article, and "edit for print". Everything is prepared in the DOM ahead of time,
// because webContents.printToPDF and page.pdf() do not wait for async work in a beforeprint handler;
// body[data-print-ready] says when the appendices match the current options, and once the window has shown its
// first document, main is told too (glosa.printReady: `glosa print` waits for it).
import type { GlossEntry, NotebookEntry, ReadDocument } from '../../../shared/types';
import { DEFAULT_SETTINGS, type PrintOptions } from '../../../shared/settings';
import { GLOSSARY_ARTICLE_CHARS } from '../../../shared/api';
import { glosa } from '../../bridge';
import { i18n, t } from '../../i18n';
import type { ShownDocument } from '../reader/reader-view';
import { glossaryAppendix, vocabularyAppendix, type AppendixLabels } from './appendix';
import { PrintOptionsPanel } from './options-panel';
import { PrintEditor } from './print-edit';
import { onLookup, vocabularyRows } from './vocabulary';

export { recordLookup, type LookupRecord } from './vocabulary';

export interface PrintInstallOptions {
  /** The #article element the reader view renders into. */
  article: HTMLElement;
  /** The document shown now (null before the first one). */
  current(): ShownDocument | null;
  /** Print through the system dialog, and export a PDF through the save dialog (the window's commands). */
  print(): void;
  exportPdf(): void;
}

const DEFAULT_OPTIONS: PrintOptions = DEFAULT_SETTINGS.print;

function labels(): AppendixLabels {
  const k = (key: string) => t(`print.appendix.${key}`);
  return {
    glossaryTitle: k('glossaryTitle'), glossaryIntro: k('glossaryIntro'), polish: k('polish'), english: k('english'),
    approximate: k('approximate'), vocabularyTitle: k('vocabularyTitle'), vocabularyIntro: k('vocabularyIntro'),
    vocabularyEmpty: k('vocabularyEmpty'), word: k('word'), lemma: k('lemma'), translation: k('translation'), saved: k('saved'),
  };
}

export interface PrintFeature {
  /** The window has shown its first document: from now on, tell main whenever the print view is ready. */
  windowReady(): void;
}

export function installPrint({ article, current, print, exportPdf }: PrintInstallOptions): PrintFeature {
  let options: PrintOptions = { ...DEFAULT_OPTIONS };
  let windowReady = false;
  let notebook: NotebookEntry[] = [];
  const glossaries = new WeakMap<ReadDocument, Promise<GlossEntry[]>>();
  let shownDoc: ReadDocument | null = null;
  let generation = 0;

  const appendix = document.createElement('section');
  appendix.id = 'print-appendix';
  appendix.className = 'print-appendix';
  article.after(appendix);

  const editor = new PrintEditor(article);
  const banner = editBanner(editor, () => current()?.doc.dropped ?? []);
  article.before(banner.root);

  const applyOptions = () => {
    document.body.dataset.printImages = options.images ? 'on' : 'off';
    document.documentElement.style.setProperty('--print-font-size', `${options.fontSize}pt`);
  };

  const glossaryOf = (doc: ReadDocument) => {
    let entries = glossaries.get(doc);
    if (!entries) {
      entries = glosa.glossary(doc.chrome, doc.text.slice(0, GLOSSARY_ARTICLE_CHARS)).then((g) => g.entries, () => []);
      glossaries.set(doc, entries);
    }
    return entries;
  };

  /** Rebuild the appendices for the current document and options. */
  const refreshAppendix = async () => {
    const mine = ++generation;
    document.body.dataset.printReady = 'false';
    const shown = current();
    const parts: HTMLElement[] = [];
    if (shown && options.glossaryAppendix) {
      const entries = await glossaryOf(shown.doc);
      if (entries.length) parts.push(glossaryAppendix(entries, labels()));
    }
    if (shown && options.vocabularyAppendix) parts.push(vocabularyAppendix(vocabularyRows(shown.path, notebook), labels()));
    if (mine !== generation) return; // a newer refresh is under way
    appendix.replaceChildren(...parts);
    document.body.dataset.printReady = 'true';
    announceReady();
  };

  /** Tell main the print view matches the document shown, with what goes in the PDF's header and footer. */
  const announceReady = () => {
    const shown = current();
    if (!windowReady || !shown || document.body.dataset.printReady !== 'true') return;
    void glosa.printReady({ ok: true, title: shown.doc.title || shown.name, source: shown.path }).catch(() => {});
  };

  const refreshNotebook = async () => {
    if (!options.vocabularyAppendix) return;
    notebook = await glosa.notebookList().catch(() => notebook);
  };

  const vocabularyCount = () => {
    const shown = current();
    return shown ? vocabularyRows(shown.path, notebook).length : 0;
  };

  const panel = new PrintOptionsPanel(document.getElementById('print') ?? document.body, {
    options: () => options,
    change(patch) {
      options = { ...options, ...patch };
      applyOptions();
      void (async () => {
        if (patch.vocabularyAppendix) await refreshNotebook();
        await refreshAppendix();
      })();
      void glosa.setSettings({ print: options });
    },
    vocabularyCount,
    startEditing: () => banner.start(),
    print,
    exportPdf,
    opened: () => void refreshNotebook().then(() => { panel.refresh(); return refreshAppendix(); }),
  });

  // A new document: article's children are replaced by the reader view.
  new MutationObserver(() => {
    const shown = current();
    if (!shown || shown.doc === shownDoc) return;
    shownDoc = shown.doc;
    editor.reset();
    void refreshNotebook().then(refreshAppendix);
  }).observe(article, { childList: true });

  onLookup((path) => {
    if (path === current()?.path && options.vocabularyAppendix) void refreshAppendix();
  });
  glosa.onEvent((event) => {
    if (event.type !== 'settings') return;
    options = { ...DEFAULT_OPTIONS, ...event.settings.print };
    applyOptions();
    panel.refresh();
    void refreshAppendix();
  });
  i18n.on('languageChanged', () => {
    panel.translate();
    banner.translate();
    void refreshAppendix();
  });

  applyOptions();
  document.body.dataset.printReady = 'false';
  void glosa.getSettings().then(async (settings) => {
    options = { ...DEFAULT_OPTIONS, ...settings.print };
    applyOptions();
    panel.refresh();
    await refreshNotebook();
    await refreshAppendix();
  });
  return {
    windowReady() {
      windowReady = true;
      announceReady();
    },
  };
}

/** The bar shown above the article while editing for print: hint, Undo, Restore all, dropped text, Done. */
function editBanner(editor: PrintEditor, dropped: () => readonly string[]) {
  const root = document.createElement('div');
  root.className = 'print-edit-banner';
  root.setAttribute('role', 'region');
  root.hidden = true;
  root.innerHTML = `
    <span class="print-edit-hint" data-i18n="print.editHint"></span>
    <button type="button" class="print-undo" data-i18n="print.undo"></button>
    <button type="button" class="print-restore"></button>
    <button type="button" class="print-dropped" aria-expanded="false" aria-controls="print-dropped-list"></button>
    <button type="button" class="print-done" data-i18n="print.done"></button>
    <ul class="print-dropped-list" id="print-dropped-list" hidden></ul>`;
  const undo = root.querySelector<HTMLButtonElement>('.print-undo')!;
  const restore = root.querySelector<HTMLButtonElement>('.print-restore')!;
  const done = root.querySelector<HTMLButtonElement>('.print-done')!;
  const droppedButton = root.querySelector<HTMLButtonElement>('.print-dropped')!;
  const droppedList = root.querySelector<HTMLUListElement>('.print-dropped-list')!;
  /** Dropped paragraphs not yet put back. */
  const remaining = () => {
    const restored = editor.restoredTexts();
    return dropped().filter((text) => !restored.has(text));
  };
  const fillList = () => {
    droppedList.replaceChildren(...remaining().map((text) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'print-dropped-item';
      button.textContent = text.length > 160 ? `${text.slice(0, 157)}…` : text;
      button.title = text;
      button.addEventListener('click', () => editor.restoreDropped(text));
      item.append(button);
      return item;
    }));
  };
  droppedButton.addEventListener('click', () => {
    droppedList.hidden = !droppedList.hidden;
    droppedButton.setAttribute('aria-expanded', String(!droppedList.hidden));
    if (!droppedList.hidden) fillList();
  });
  undo.addEventListener('click', () => editor.undo());
  restore.addEventListener('click', () => editor.restoreAll());
  done.addEventListener('click', () => editor.setEditing(false));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') editor.setEditing(false);
  });
  const update = () => {
    root.hidden = !editor.isEditing;
    undo.disabled = !editor.canUndo();
    const count = editor.removedCount();
    restore.disabled = count === 0;
    restore.textContent = t('print.restoreAll', { count });
    const left = remaining().length;
    droppedButton.hidden = dropped().length === 0;
    droppedButton.disabled = left === 0;
    droppedButton.textContent = t('print.restoreDropped', { count: left });
    if (!editor.isEditing || left === 0) droppedList.hidden = true;
    droppedButton.setAttribute('aria-expanded', String(!droppedList.hidden));
    if (!droppedList.hidden) fillList();
  };
  editor.onChange(update);
  const translate = () => {
    for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
    root.setAttribute('aria-label', t('print.editMode'));
    update();
  };
  translate();
  return {
    root,
    translate,
    start() {
      editor.setEditing(true);
      done.focus();
    },
  };
}
