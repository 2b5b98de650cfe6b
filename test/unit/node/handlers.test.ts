// The open paths and the link rule of the handlers main and the e2e bridge both call, with a plain host
// (no Electron: dialogs, the shell and the protocol registry are the host's functions).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, externalLinkHref, safeFileStem, type HandlerHost, type MainHandlers } from '../../../src/node/handlers';
import { validArguments } from '../../../src/main/ipc-validate';
import { UserGestureGate } from '../../../src/node/user-gesture';
import { FIXTURES, REPO } from '../../harness/paths';

let dir: string;
let userData: string;
let events: string[];
let opened: string[];
let dialogAnswer: string | null;
let gestures: UserGestureGate;
let saveDefaults: string[];

function handlersWith(initialPath: string | null = null): MainHandlers {
  const host: HandlerHost = {
    appRoot: REPO, userDataDir: userData, osLocale: 'en-US', initialPath,
    registerResources: (folder) => (events.push(`register ${folder}`), 'app://doc/x/'),
    releaseResources: () => void events.push('release'),
    gestures,
    showOpenDialog: async () => dialogAnswer,
    showSaveDialog: async (name) => (saveDefaults.push(name), null),
    openExternal: async (url) => void opened.push(url),
    print: async () => ({ ok: true, value: null }),
    printToPdf: async () => new Uint8Array(),
  };
  return createHandlers(host);
}

const page = (name: string, body = '<p>Zażółć gęślą jaźń.</p>') => {
  const path = join(dir, name);
  writeFileSync(path, `<!doctype html><title>t</title>${body}`);
  return path;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'glosa-handlers-'));
  userData = join(dir, 'user-data');
  mkdirSync(userData);
  events = [];
  opened = [];
  dialogAnswer = null;
  gestures = new UserGestureGate();
  saveDefaults = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('main opens only paths it saw the user choose', () => {
  it('refuses a path the renderer names that was never chosen, without reading it', async () => {
    const handlers = handlersWith();
    const secret = page('secret.html');
    const result = await handlers.openDocument(secret);
    expect(result).toMatchObject({ ok: false, error: { code: 'file-not-chosen', params: { name: 'secret.html' } } });
    expect((await handlers.openDocument('/etc/passwd'))).toMatchObject({ ok: false, error: { code: 'file-not-chosen' } });
    expect((await handlers.getSettings()).recent).toEqual([]);
  });

  it('opens a dialog result, and that path again by name afterwards', async () => {
    const handlers = handlersWith();
    dialogAnswer = page('chosen.html');
    expect(await handlers.openDocument(null)).toMatchObject({ ok: true, value: { name: 'chosen.html' } });
    expect(await handlers.openDocument(dialogAnswer)).toMatchObject({ ok: true });
    dialogAnswer = null;
    expect(await handlers.openDocument(null)).toBeNull();
  });

  it('opens the command-line file and entries of its own recent list (from an earlier run)', async () => {
    const first = page('first.html');
    await handlersWith(first).initialDocument();
    const later = handlersWith();
    expect((await later.getSettings()).recent).toEqual([first]);
    expect(await later.openDocument(first)).toMatchObject({ ok: true });
    const argv = page('argv.html');
    expect(await handlersWith(argv).openDocument(argv)).toMatchObject({ ok: true });
  });

  it('opens a drop of a saved page and remembers it, refuses other drops', async () => {
    const handlers = handlersWith();
    const dropped = page('dropped.htm');
    expect(await handlers.openDropped(dropped)).toMatchObject({ ok: true, value: { name: 'dropped.htm' } });
    expect(await handlers.openDocument(dropped)).toMatchObject({ ok: true });
    expect(await handlers.openDropped('/etc/passwd')).toMatchObject({ ok: false, error: { code: 'drop-unsupported' } });
    writeFileSync(join(dir, 'id_rsa'), 'key');
    expect(await handlers.openDropped(join(dir, 'id_rsa'))).toMatchObject({ ok: false, error: { code: 'drop-unsupported' } });
    expect(await handlers.openDropped('relative/page.html')).toMatchObject({ ok: false, error: { code: 'file-not-chosen' } });
    expect(await handlers.openDocument('/etc/passwd')).toMatchObject({ ok: false, error: { code: 'file-not-chosen' } });
  });

  it('serves only the shown document’s resources: a replacement without a folder releases the old one', async () => {
    cpSync(join(FIXTURES, 'complete.html'), join(dir, 'complete.html'));
    cpSync(join(FIXTURES, 'complete_files'), join(dir, 'complete_files'), { recursive: true });
    const handlers = handlersWith(join(dir, 'complete.html'));
    await handlers.initialDocument();
    expect(events).toEqual([`register ${join(dir, 'complete_files')}`]);
    dialogAnswer = page('plain.html');
    await handlers.openDocument(null);
    expect(events.at(-1)).toBe('release');
    handlers.documentClosed();
    expect(events.at(-1)).toBe('release');
  });
});

describe('the renderer cannot write the recent list', () => {
  it('is refused by the IPC checks and ignored by the handler', async () => {
    expect(validArguments('setSettings', [{ recent: ['/etc/passwd'] }])).toBe(false);
    const handlers = handlersWith();
    const next = await handlers.setSettings({ theme: 'dark', recent: ['/etc/passwd'] } as never);
    expect(next.theme).toBe('dark');
    expect(next.recent).toEqual([]);
    expect(await handlers.openDocument('/etc/passwd')).toMatchObject({ ok: false, error: { code: 'file-not-chosen' } });
  });
});

describe('external links', () => {
  it('accepts only a clean http(s) URL and passes on its serialisation', () => {
    expect(externalLinkHref('https://example.com/x')).toBe('https://example.com/x');
    expect(externalLinkHref('HTTP://Example.COM')).toBe('http://example.com/');
    expect(externalLinkHref('https://pl.wikipedia.org/wiki/Łódź')).toBe('https://pl.wikipedia.org/wiki/%C5%81%C3%B3d%C5%BA');
    for (const url of [
      ' \u0001https://example.com/', 'ht\ttps://example.com/', 'https://exa\nmple.com/', ' https://example.com/', 'https://example.com/ ',
      'https://example.com/a b', 'https://example.com/\u007f', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share',
      'data:text/html,x', 'not a url', 'https:example.com', 'https:///', '//example.com/',
    ]) {
      expect(externalLinkHref(url), JSON.stringify(url)).toBeNull();
    }
  });

  it('opens only after a user gesture, one link per gesture', async () => {
    const handlers = handlersWith();
    expect(await handlers.openExternal('https://example.com/a')).toBe(false);
    gestures.recordGesture();
    expect(await handlers.openExternal('ht\ttps://example.com/b')).toBe(false);
    expect(await handlers.openExternal('https://example.com/c')).toBe(true);
    expect(await handlers.openExternal('https://example.com/d')).toBe(false);
    expect(opened).toEqual(['https://example.com/c']);
  });
});

describe('save dialogs', () => {
  it('propose only a file name the renderer cannot turn into a place', async () => {
    const handlers = handlersWith();
    await handlers.saveText('/home/me/.bashrc.csv', 'x');
    await handlers.saveText('../../x-glossary.md', 'x');
    await handlers.exportPdf({ images: true, fontSize: 12, glossaryAppendix: false, vocabularyAppendix: false, title: '../etc/cron.d/job', source: '' });
    expect(saveDefaults).toEqual(['home me .bashrc.csv', 'x-glossary.md', 'etc cron.d job.pdf']);
    expect(await handlers.saveText('evil.sh', 'x')).toMatchObject({ ok: false, error: { code: 'save-failed' } });
    expect(saveDefaults).toHaveLength(3);
    expect(safeFileStem(' ..\u0000 ', 'fallback')).toBe('fallback');
  });
});
