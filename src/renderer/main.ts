// The reader window: wires the toolbar, keyboard, drag and drop and menu commands to the document flow
// (bytes from main → core pipeline here in the sandbox → article + glossary).
import './styles/app.css';
import './styles/print.css';
import { GLOSSARY_ARTICLE_CHARS, type AppEvent, type MenuCommand } from '../shared/api';
import type { RawDocument, Result, UserError } from '../shared/types';
import { DEFAULT_SETTINGS, RANGES, type Settings, type Theme } from '../shared/settings';
import { base64ToBytes, bytesToBase64 } from '../core/base64';
import { browserDomEnv } from './platform/browser-env';
import { MAX_DEPTH } from '../core/open/dom-limits';
import { readDocument } from '../core/open/pipeline';
import { glosa } from './bridge';
import { GlossaryPanel } from './features/glossary/glossary-panel';
import { installHover } from './features/hover';
import { installNotebook } from './features/notebook';
import { applyTranslations, setUiLanguage, t } from './i18n';
import { clearError, errorText, showError, showNotice, showProgress } from './ui/messages';
import { installPrint, recordLookup } from './features/print';
import { installSettingsPanel } from './features/settings/settings-panel';
import { renderArticle, tameLinks, type ShownDocument } from './features/reader/reader-view';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const article = $('article');
const glossary = new GlossaryPanel($('glossary'));
let settings: Settings;
let current: ShownDocument | null = null;
/** The shown document's env: its blob: URLs are revoked when another document replaces it. */
let currentEnv: ReturnType<typeof browserDomEnv> | null = null;

function applySettings(next: Settings): void {
  settings = next;
  document.body.dataset.theme = next.theme;
  document.documentElement.style.setProperty('--reader-font-size', `${next.fontSize}px`);
  document.documentElement.style.setProperty('--reader-width', `${next.contentWidth}ch`);
  $<HTMLSelectElement>('theme').value = next.theme;
  // The nearest of the offered widths, so a remembered in-between value still shows a choice.
  const widths = [...$<HTMLSelectElement>('width').options].map((o) => Number(o.value));
  const nearest = widths.reduce((a, b) => (Math.abs(b - next.contentWidth) < Math.abs(a - next.contentWidth) ? b : a));
  $<HTMLSelectElement>('width').value = String(nearest);
}

let settingsSeq = 0;
let settingsInFlight = 0;

/** Apply at once (so quick repeats build on each other), then persist and take main's validated copy
 * unless a newer change has been made meanwhile. */
async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const seq = ++settingsSeq;
  applySettings({ ...settings, ...patch });
  settingsInFlight++;
  try {
    const saved = await glosa.setSettings(patch);
    if (seq === settingsSeq) {
      const langChanged = saved.uiLang !== settings.uiLang; // changed from the menu meanwhile
      applySettings(saved);
      if (langChanged) void switchLanguage();
    }
  } finally {
    settingsInFlight--;
  }
}

function failed(error: UserError): UserError {
  showError(error);
  return error;
}

function describe(shown: ShownDocument): string {
  return `${shown.name} · ${t(`format.${shown.doc.format}`)} · ${shown.doc.encoding}`;
}

/** Read and show a document; what went wrong, if anything, is shown and returned. */
async function show(result: Result<RawDocument> | null): Promise<UserError | null> {
  if (!result) return null; // dialog cancelled
  if (!result.ok) return failed(result.error);
  const raw = result.value;
  await showProgress(true);
  const env = browserDomEnv();
  let shown = false;
  try {
    const read = await readDocument(
      {
        bytes: base64ToBytes(raw.base64), name: raw.name, resourceBase: raw.resourceBase, resourceDir: raw.resourceDir,
        loadRemoteImages: false,
      },
      env,
    );
    if (!read.ok) return failed(read.error);
    clearError();
    current = { doc: read.value, path: raw.path, name: raw.name };
    renderArticle(article, current);
    currentEnv?.revokeObjectUrls();
    currentEnv = env;
    shown = true;
    document.title = `${read.value.title || raw.name} — Glosa`;
    $('doc-info').textContent = describe(current);
    const notices: string[] = [];
    if (read.value.fallback) notices.push(t('reader.fallbackNotice'));
    if (read.value.remoteImages) notices.push(t('reader.remoteImages', { count: read.value.remoteImages }));
    if (read.value.truncated) notices.push(t('reader.truncated', { depth: MAX_DEPTH }));
    showNotice(notices.length ? notices.join(' ') : null);
    $('reader').scrollTop = 0;
    void loadGlossary(current);
    return null;
  } catch (error) {
    return failed({ code: 'unexpected', params: { reason: (error as Error).message } });
  } finally {
    if (!shown) env.revokeObjectUrls();
    await showProgress(false);
  }
}

async function loadGlossary(shown: ShownDocument): Promise<void> {
  glossary.showLoading();
  try {
    const page = await glosa.glossary(shown.doc.chrome, shown.doc.text.slice(0, GLOSSARY_ARTICLE_CHARS));
    if (current === shown) glossary.show(page.entries, shown.name, page.other);
  } catch (error) {
    glossary.show([], shown.name);
    showError({ code: 'glossary-failed', params: { reason: (error as Error).message } });
  }
}

async function openDropped(file: File): Promise<void> {
  const opened = await glosa.openDroppedFile(file);
  if (opened) return void (await show(opened));
  // No path (a plain browser): read the bytes here (no "_files" folder then).
  const bytes = new Uint8Array(await file.arrayBuffer());
  await show({ ok: true, value: { path: file.name, name: file.name, base64: bytesToBase64(bytes) } });
}

function setFont(size: number): void {
  void updateSettings({ fontSize: Math.min(RANGES.fontSize.max, Math.max(RANGES.fontSize.min, size)) });
}

function toggleGlossary(): void {
  const panel = $('glossary');
  panel.hidden = !panel.hidden;
  $('toggle-glossary').setAttribute('aria-expanded', String(!panel.hidden));
}

async function printDocument(kind: 'print' | 'pdf'): Promise<void> {
  if (!current) return;
  const result = kind === 'print'
    ? await glosa.print(settings.print)
    : await glosa.exportPdf({ ...settings.print, title: current.doc.title || current.name, source: current.doc.sourceUrl ?? current.path });
  if (result && !result.ok) showError(result.error);
}

const commands: Record<MenuCommand, () => void> = {
  open: () => void glosa.openDocument(null).then(show),
  print: () => void printDocument('print'),
  'export-pdf': () => void printDocument('pdf'),
  'font-bigger': () => setFont(settings.fontSize + 1),
  'font-smaller': () => setFont(settings.fontSize - 1),
  'font-reset': () => setFont(DEFAULT_SETTINGS.fontSize),
  'theme-light': () => void updateSettings({ theme: 'light' }),
  'theme-sepia': () => void updateSettings({ theme: 'sepia' }),
  'theme-dark': () => void updateSettings({ theme: 'dark' }),
  'toggle-glossary': toggleGlossary,
  // The notebook handles Ctrl+B itself; the menu item presses its toolbar button.
  'toggle-notebook': () => $('toggle-notebook').click(),
  'find-glossary': () => {
    $('glossary').hidden = false;
    glossary.focusFilter();
  },
};

// Shortcuts are handled here (the menu shows them but does not register them), so they behave the
// same in the window and in the browser tests.
const SHORTCUTS: Record<string, MenuCommand> = {
  o: 'open', p: 'print', '=': 'font-bigger', '+': 'font-bigger', '-': 'font-smaller', '0': 'font-reset',
  g: 'toggle-glossary', f: 'find-glossary', E: 'export-pdf',
};

function onKey(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const command = SHORTCUTS[event.shiftKey && event.key.length === 1 ? event.key.toUpperCase() : event.key];
  if (!command) return;
  event.preventDefault();
  commands[command]();
}

function onEvent(event: AppEvent): void {
  if (event.type === 'open') void show(event.result);
  else if (event.type === 'command') commands[event.command]();
  else if (event.type === 'settings') {
    // Main announces every saved change, ours too, each before its reply: while one of ours is on its way,
    // an announcement can be older than what this window already shows (theme set to dark, then main's
    // word of the font change made just before it, with the old theme). The last reply brings main's copy.
    if (settingsInFlight > 0) return;
    const langChanged = event.settings.uiLang !== settings.uiLang;
    applySettings(event.settings);
    if (langChanged) void switchLanguage();
  }
}

async function switchLanguage(): Promise<void> {
  const lang = await setUiLanguage(settings.uiLang);
  $<HTMLSelectElement>('ui-lang').value = lang;
  glossary.refresh();
  if (current) $('doc-info').textContent = describe(current);
}

function wireDragAndDrop(): void {
  const overlay = $('drop-overlay');
  let depth = 0;
  window.addEventListener('dragenter', (e) => {
    e.preventDefault();
    if (++depth === 1) overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    if (--depth <= 0) { depth = 0; overlay.hidden = true; }
  });
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void openDropped(file);
  });
}

function wireToolbar(): void {
  $('open').addEventListener('click', commands.open);
  $('font-bigger').addEventListener('click', commands['font-bigger']);
  $('font-smaller').addEventListener('click', commands['font-smaller']);
  $('toggle-glossary').addEventListener('click', toggleGlossary);
  $('print').addEventListener('click', commands.print);
  $<HTMLSelectElement>('theme').addEventListener('change', (e) => void updateSettings({ theme: (e.target as HTMLSelectElement).value as Theme }));
  $<HTMLSelectElement>('width').addEventListener('change', (e) => void updateSettings({ contentWidth: Number((e.target as HTMLSelectElement).value) }));
  $<HTMLSelectElement>('ui-lang').addEventListener('change', async (e) => {
    await updateSettings({ uiLang: (e.target as HTMLSelectElement).value as 'en' | 'pl' });
    await switchLanguage();
  });
}

async function start(): Promise<void> {
  // Test and benchmark probes exist only in the probes build (`--mode probes`); in the app's build this is null
  // and the module is not bundled.
  const probes = import.meta.env.MODE === 'probes' ? await import('./dev/probes') : null;
  applySettings(await glosa.getSettings());
  await switchLanguage();
  applyTranslations(document);
  wireToolbar();
  wireDragAndDrop();
  const print = installPrint({ article, current: () => current, print: commands.print, exportPdf: commands['export-pdf'] });
  tameLinks(article);
  installHover({
    article, glossary: $('glossary'), getSettings: () => settings, probe: probes?.hoverProbe(),
    onShown: (result) => {
      const entry = result.entries[0];
      const translation = entry?.senses.flatMap((s) => s.translations).slice(0, 3).join(', ');
      if (current && entry && translation) {
        recordLookup({ sourcePath: current.path, text: result.matched, lemma: entry.lemma, lang: result.lang, translation });
      }
    },
  });
  installSettingsPanel($('settings'), () => settings, updateSettings);
  installNotebook({
    article, current: () => current, marksOn: settings.markSavedWords,
    rememberMarks: (on) => void updateSettings({ markSavedWords: on }),
  });
  window.addEventListener('keydown', onKey);
  glosa.onEvent(onEvent);
  const failure = await show(await glosa.initialDocument());
  for (const notice of await glosa.storageStatus()) showError(notice);
  document.body.dataset.ready = 'true';
  // `glosa print` waits for this word: the print view of the first document is ready, or it could not be shown.
  if (failure) void glosa.printReady({ ok: false, message: errorText(failure) });
  else print.windowReady();
}

void start().catch((error: Error) => {
  const failure: UserError = { code: 'unexpected', params: { reason: error.message } };
  showError(failure);
  document.body.dataset.ready = 'error';
  void glosa.printReady({ ok: false, message: errorText(failure) }).catch(() => {});
});
