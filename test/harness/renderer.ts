// Opens the BUILT renderer (out/renderer) in real Chromium with a stand-in for the preload bridge: every
// window.glosa call is carried by page.exposeFunction to the same main-side handler functions that the
// Electron IPC layer calls (src/node/handlers.ts), with the same argument checks. No Electron is mocked.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { API_METHODS, type AppEvent, type GlosaBridge, type PrintReadyEvent } from '../../src/shared/api';
import type { PrintOptions, UiLang } from '../../src/shared/types';
import { createHandlers, type HandlerHost } from '../../src/node/handlers';
import { UserGestureGate } from '../../src/node/user-gesture';
import { registerDocumentResources, releaseDocumentResources } from '../../src/main/app-protocol';
import { validArguments } from '../../src/main/ipc-validate';
import { pdfOptions } from '../../src/main/print';
import { launchChromium, type Browser } from './chromium';
import { startStaticServer, type StaticServer } from './static-server';

declare global {
  // What the stand-in puts on the page, for page.evaluate callbacks in tests.
  interface Window {
    glosa: GlosaBridge;
  }
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// GLOSA_OUT lets a parallel build (electron-vite build --outDir DIR) be tested without touching out/.
export const RENDERER_DIR = join(process.env.GLOSA_OUT ? resolve(process.env.GLOSA_OUT) : join(REPO_ROOT, 'out'), 'renderer');

/**
 * Builds the app with the test and benchmark probes (src/renderer/dev/, `electron-vite build --mode probes`) into
 * `outDir` (default out/probes, beside the app's own build) and returns its renderer folder for `rendererDir`.
 */
export function buildWithProbes(outDir = join(REPO_ROOT, 'out', 'probes')): string {
  execFileSync('npx', ['electron-vite', 'build', '--mode', 'probes', '--outDir', outDir], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(outDir, 'renderer');
}

export interface RendererOptions {
  /** File to open at start (default: the seed page). */
  file?: string;
  /** Interface language (default: English, as if the OS locale were en-US). */
  lang?: UiLang;
  viewport?: { width: number; height: number };
  /** What the stand-in Open dialog answers (default: cancel). */
  openDialog?: () => string | null;
  /** What the stand-in Save dialog answers (default: cancel). */
  saveDialog?: (defaultName: string) => string | null;
  /** Existing user-data folder (default: a fresh temporary one, removed on close). */
  userDataDir?: string;
  /** Script run in the page before the renderer (tripwires, benchmark flags). */
  initScript?: string;
  /** The built renderer to serve (default: the app's build, RENDERER_DIR; buildWithProbes() gives another). */
  rendererDir?: string;
  /** Dropped file name → its path on disk: what Electron's webUtils.getPathForFile would answer (default: no path). */
  dropPaths?: Record<string, string>;
}

export interface RendererSession {
  page: Page;
  browser: Browser;
  server: StaticServer;
  userDataDir: string;
  /** Calls made through the bridge, in order. */
  calls: string[];
  externalLinks: string[];
  /** What the window told main through printReady, in order. */
  printReady: PrintReadyEvent[];
  /** Push an event to the renderer as main would (menu command, file opened). */
  emit(event: AppEvent): Promise<void>;
  close(): Promise<void>;
}

export async function openRenderer(options: RendererOptions = {}): Promise<RendererSession> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir} is missing: run \`npx electron-vite build\` (npm test does) first`);
  }
  const server = await startStaticServer(rendererDir);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'glosa-userdata-')));
  const browser = await launchChromium(options.viewport);
  const page = await browser.context.newPage();
  const calls: string[] = [];
  const externalLinks: string[] = [];
  const printReady: PrintReadyEvent[] = [];
  let counter = 0;
  // Main feeds this from the window's input events; here, from the page's trusted pointer and key events
  // (those Chromium makes from real or CDP input, which a script cannot make).
  const gestures = new UserGestureGate();

  // The same paper, margins, header and footer that main gives webContents.printToPDF.
  const pdf = async (opts: PrintOptions & { title?: string; source?: string }) => {
    const o = pdfOptions('PL', opts.title ?? (await page.title()), opts.source ?? host.initialPath ?? '');
    const m = o.margins!;
    return page.pdf({
      format: o.pageSize as 'A4' | 'Letter', printBackground: false, displayHeaderFooter: true,
      headerTemplate: o.headerTemplate, footerTemplate: o.footerTemplate,
      margin: { top: `${m.top}in`, bottom: `${m.bottom}in`, left: `${m.left}in`, right: `${m.right}in` },
    });
  };
  const host: HandlerHost = {
    appRoot: REPO_ROOT,
    userDataDir,
    osLocale: options.lang === 'pl' ? 'pl-PL' : 'en-US',
    initialPath: options.file ? resolve(options.file) : null,
    registerResources(folder) {
      const id = `d${++counter}`;
      registerDocumentResources(server.roots, id, folder);
      return `${server.origin}/__doc/${id}/`;
    },
    releaseResources: () => releaseDocumentResources(server.roots),
    gestures,
    showOpenDialog: async () => options.openDialog?.() ?? null,
    showSaveDialog: async (name) => options.saveDialog?.(name) ?? null,
    openExternal: async (url) => void externalLinks.push(url),
    print: async (opts) => {
      await pdf(opts);
      return { ok: true, value: null };
    },
    printToPdf: async (opts) => new Uint8Array(await pdf(opts)),
    printReady: (event) => void printReady.push(event),
    settingsChanged: (settings) => void page.evaluate((s) => (window as unknown as { __glosaEmit(e: AppEvent): void }).__glosaEmit({ type: 'settings', settings: s }), settings).catch(() => {}),
  };
  const handlers = createHandlers(host);

  await page.exposeFunction('__glosaCall', async (method: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push(method);
    if (!validArguments(method, args)) throw new Error(`rejected ${method}: arguments do not fit its signature`);
    const result = await (handlers[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    return JSON.stringify(result ?? null);
  });
  // The preload's drop channel: a name stands in for the File, the path is what webUtils would give.
  await page.exposeFunction('__glosaDrop', async (name: string) => {
    calls.push('drop');
    const path = options.dropPaths?.[name];
    return JSON.stringify(path ? await handlers.openDropped(path) : null);
  });
  await page.exposeFunction('__glosaGesture', () => gestures.recordGesture());
  // A string, not a function: tsx/esbuild would otherwise insert helpers (__name) that do not exist in the page.
  await page.addInitScript({ content: standInBridgeScript(API_METHODS) });
  if (options.initScript) await page.addInitScript({ content: options.initScript });
  if (options.lang) await handlers.setSettings({ uiLang: options.lang });

  await page.goto(`${server.origin}/index.html`);
  await page.waitForSelector('body[data-ready]', { timeout: 60_000 });

  return {
    page, browser, server, userDataDir, calls, externalLinks, printReady,
    emit: (event) => page.evaluate((e) => (window as unknown as { __glosaEmit(e: AppEvent): void }).__glosaEmit(e), event),
    async close() {
      await browser.close();
      await server.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The page-side half of the stand-in bridge: window.glosa with one async function per contract method. */
function standInBridgeScript(methods: readonly string[]): string {
  return `(() => {
    // tsx (esbuild keepNames) wraps named functions in __name(); functions passed to page.evaluate carry it.
    window.__name = window.__name || ((fn) => fn);
    const listeners = new Set();
    const call = window.__glosaCall;
    const bridge = {
      onEvent(listener) { listeners.add(listener); return () => listeners.delete(listener); },
      openDroppedFile: async (file) => JSON.parse(await window.__glosaDrop(file.name)),
    };
    for (const type of ['pointerup', 'keydown']) {
      window.addEventListener(type, (e) => { if (e.isTrusted) window.__glosaGesture(); }, true);
    }
    for (const method of ${JSON.stringify(methods)}) {
      bridge[method] = async (...args) => JSON.parse(await call(method, JSON.stringify(args)));
    }
    Object.defineProperty(window, 'glosa', { value: Object.freeze(bridge) });
    Object.defineProperty(window, '__glosaEmit', { value: (event) => listeners.forEach((l) => l(event)) });
  })();`;
}
