// Electron main: window, menu, dialogs, IPC, printing and the lockdown. Page content never comes here:
// main hands raw bytes to the sandboxed renderer, which parses and sanitises them.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, session, shell } from 'electron';
import { EVENT_CHANNEL, type AppEvent, type MenuCommand, type PrintReadyEvent } from '../shared/api';
import type { PrintOptions, Settings, UiLang } from '../shared/types';
import {
  APP_SCHEME, registerDocumentResources, releaseDocumentResources, RENDERER_ORIGIN, serveAppUrl, type ProtocolRoots,
} from './app-protocol';
import { createHandlers, type HandlerHost } from '../node/handlers';
import { registerIpc } from './ipc';
import { loadTranslator, uiLangForLocale, type Translate } from '../node/locales';
import { lockDownContents, lockDownSession } from './lockdown';
import { menuTemplate } from './menu';
import { cliPrintRequest, createPrintProfile, type CliPrintRequest } from '../node/print-request';
import { GESTURE_INPUT_TYPES, UserGestureGate } from '../node/user-gesture';
import { pdfOptions } from './print';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const appRoot = app.getAppPath();
// `glosa print` runs the app offscreen with its own throw-away settings, so the user's are untouched; the
// profile is removed on every way out (app.exit skips 'will-quit', hence process 'exit' too).
const printRequest = cliPrintRequest(process.argv);
const printProfile = printRequest ? createPrintProfile(app.getPath('temp')) : null;
if (printProfile) {
  app.setPath('userData', printProfile.path);
  process.on('exit', () => printProfile.remove());
}
const roots: ProtocolRoots = { renderer: join(appRoot, 'out', 'renderer'), documents: new Map() };
let mainWindow: BrowserWindow | null = null;
const menuTranslators = new Map<UiLang, Promise<Translate>>();
// Fed by the window's input events (webContents 'input-event'), which come from the OS through main.
const gestures = new UserGestureGate();

/** The page to open: the first non-flag argument after the app path (`electron . page.html`). */
function fileArgument(argv: string[]): string | null {
  const args = argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-') && a !== '.');
  return args[0] ? resolve(process.cwd(), args[0]) : null;
}

function send(event: AppEvent): void {
  mainWindow?.webContents.send(EVENT_CHANNEL, event);
}

const host: HandlerHost = {
  appRoot,
  userDataDir: app.getPath('userData'),
  osLocale: app.getLocale(),
  initialPath: fileArgument(process.argv),
  registerResources: (folder) => registerDocumentResources(roots, randomUUID(), folder),
  releaseResources: () => releaseDocumentResources(roots),
  gestures,
  async showOpenDialog(filters) {
    const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile'], filters });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async showSaveDialog(defaultPath, filters) {
    const result = await dialog.showSaveDialog(mainWindow!, { defaultPath, filters });
    return result.canceled ? null : (result.filePath ?? null);
  },
  openExternal: (url) => shell.openExternal(url),
  print(_options: PrintOptions) {
    return new Promise((done) => {
      mainWindow!.webContents.print({ silent: false, printBackground: false }, (success, reason) =>
        done(success || reason === 'cancelled' ? { ok: true, value: null } : { ok: false, error: { code: 'print-failed', params: { reason } } }),
      );
    });
  },
  async printToPdf(options) {
    return mainWindow!.webContents.printToPDF(pdfOptions(app.getLocaleCountryCode(), options.title, options.source));
  },
  settingsChanged: (settings) => {
    void rebuildMenu(settings);
    send({ type: 'settings', settings });
  },
  printReady: (event) => printReadyListener?.(event),
};

/** Set while `glosa print` waits for the window's print view. */
let printReadyListener: ((event: PrintReadyEvent) => void) | null = null;
const PRINT_TIMEOUT_MS = 120_000;

/** The window's first word that its print view is ready (or that the document could not be shown). */
function nextPrintReady(): Promise<PrintReadyEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      printReadyListener = null;
      reject(new Error('timed out waiting for the print view'));
    }, PRINT_TIMEOUT_MS);
    printReadyListener = (event) => {
      clearTimeout(timer);
      printReadyListener = null;
      resolve(event);
    };
  });
}

const handlers = createHandlers(host);

async function rebuildMenu(settings: Settings): Promise<void> {
  const lang: UiLang = settings.uiLang ?? uiLangForLocale(app.getLocale());
  let translator = menuTranslators.get(lang);
  if (!translator) menuTranslators.set(lang, (translator = loadTranslator(join(appRoot, 'resources', 'locales'), lang)));
  const t = await translator;
  const template = menuTemplate((key) => t(key), {
    command: (command: MenuCommand) => send({ type: 'command', command }),
    openRecent: async (path) => send({ type: 'open', result: await handlers.openChosen(path) }),
    setLanguage: (uiLang) => void handlers.setSettings({ uiLang }),
    quit: () => app.quit(),
  }, settings.recent, lang, process.platform === 'darwin');
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    ...(printRequest ? { show: false, paintWhenInitiallyHidden: true } : {}),
    width: 1280,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Glosa',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (!printRequest) mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.on('input-event', (_event, input) => {
    if (GESTURE_INPUT_TYPES.has(input.type)) gestures.recordGesture();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    handlers.documentClosed();
  });
  void mainWindow.loadURL(`${RENDERER_ORIGIN}/index.html`);
}

/** `glosa print`: open the file in a hidden window, wait for its word that the print view is ready, write the PDF, quit. */
async function printOffscreen(request: CliPrintRequest): Promise<void> {
  const settings = await handlers.getSettings();
  await handlers.setSettings({
    print: { ...settings.print, glossaryAppendix: request.appendix.includes('glossary'), vocabularyAppendix: request.appendix.includes('vocabulary') },
  });
  const ready = nextPrintReady();
  createWindow();
  try {
    const event = await ready;
    if (!event.ok) throw new Error(event.message || 'the page could not be opened');
    const pdf = await mainWindow!.webContents.printToPDF(pdfOptions(app.getLocaleCountryCode(), event.title, event.source));
    await writeFile(request.out, pdf);
    process.stdout.write(`wrote ${request.out}\n`);
    printProfile?.remove();
    app.exit(0);
  } catch (error) {
    process.stderr.write(`glosa print: ${(error as Error).message}\n`);
    printProfile?.remove();
    app.exit(1);
  }
}

if (!printRequest && !app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', async (_event, argv) => {
    const path = fileArgument(argv);
    if (path) send({ type: 'open', result: await handlers.openChosen(path) });
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    lockDownSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppUrl(request.url, roots));
    registerIpc(handlers);
    if (printRequest) return printOffscreen(printRequest);
    await rebuildMenu(await handlers.getSettings());
    createWindow();
  });
}
