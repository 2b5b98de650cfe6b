import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSettingsStore, DEFAULT_SETTINGS, MAX_RECENT, SETTINGS_FILE, withRecent,
} from '../../../../src/node/storage/settings';
import { repairSettings } from '../../../../src/shared/settings';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'glosa-settings-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('repairSettings', () => {
  it('keeps valid fields and replaces each invalid one by its default', () => {
    const s = repairSettings({
      uiLang: 'de', theme: 'dark', fontSize: 9999, contentWidth: 80, direction: 'sideways', modifier: 'alt',
      hoverDelayMs: -5, popupFontSize: '16', loadRemoteImages: 'yes', recent: 'nope',
      print: { images: false, fontSize: NaN, glossaryAppendix: true },
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark', contentWidth: 80, modifier: 'alt',
      print: { ...DEFAULT_SETTINGS.print, images: false, glossaryAppendix: true },
    });
  });

  it('accepts null for the interface language (follow the OS)', () => {
    expect(repairSettings({ uiLang: 'pl' }).uiLang).toBe('pl');
    expect(repairSettings({ uiLang: null }, { ...DEFAULT_SETTINGS, uiLang: 'pl' }).uiLang).toBeNull();
  });

  it('gives the defaults for anything that is not an object', () => {
    expect(repairSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('x')).toEqual(DEFAULT_SETTINGS);
  });
});

describe('recent files', () => {
  it('puts the newest first, once, and keeps at most ten', () => {
    let recent: string[] = [];
    for (const p of ['/a', '/b', '/c', '/a']) recent = withRecent(recent, p);
    expect(recent).toEqual(['/a', '/c', '/b']);
    for (let i = 0; i < 20; i++) recent = withRecent(recent, `/f${i}`);
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toBe('/f19');
  });

  it('drops non-strings and duplicates from a loaded list', () => {
    expect(repairSettings({ recent: ['/x', 3, '/x', '', '/y'] }).recent).toEqual(['/x', '/y']);
  });
});

describe('createSettingsStore', () => {
  it('returns the defaults on first run and persists a patch', async () => {
    const store = createSettingsStore(dir);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    const next = await store.set({ theme: 'sepia', print: { ...DEFAULT_SETTINGS.print, vocabularyAppendix: true } });
    expect(next.theme).toBe('sepia');
    const reopened = await createSettingsStore(dir).get();
    expect(reopened.theme).toBe('sepia');
    expect(reopened.print.vocabularyAppendix).toBe(true);
  });

  it('ignores invalid fields of a patch, keeping the current values', async () => {
    const store = createSettingsStore(dir);
    await store.set({ fontSize: 22 });
    const next = await store.set({ fontSize: -1, theme: 'neon' as never, hoverDelayMs: 500 });
    expect(next.fontSize).toBe(22);
    expect(next.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(next.hoverDelayMs).toBe(500);
  });

  it('normalises the recent list of a patch', async () => {
    const store = createSettingsStore(dir);
    const many = Array.from({ length: 15 }, (_, i) => `/doc${i % 12}.html`);
    const next = await store.set({ recent: many });
    expect(next.recent).toHaveLength(MAX_RECENT);
    expect(new Set(next.recent).size).toBe(MAX_RECENT);
  });

  it('repairs a hand-edited file field by field, without calling it corrupt', async () => {
    await writeFile(join(dir, SETTINGS_FILE), JSON.stringify({ theme: 'dark', fontSize: 'huge' }));
    const store = createSettingsStore(dir);
    const s = await store.get();
    expect(s.theme).toBe('dark');
    expect(s.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect((await store.loadStatus()).recovered).toBe('none');
  });

  it('sets an unparsable file aside and starts from the last good version', async () => {
    const store = createSettingsStore(dir);
    await store.set({ theme: 'dark' });
    await store.set({ theme: 'sepia' });
    await writeFile(join(dir, SETTINGS_FILE), '\u0000\u0000\u0000');
    const reopened = createSettingsStore(dir);
    expect((await reopened.get()).theme).toBe('dark');
    const status = await reopened.loadStatus();
    expect(status.recovered).toBe('backup');
    expect(await readFile(status.setAside!, 'utf8')).toBe('\u0000\u0000\u0000');
  });

  it('hands out copies, so a caller cannot change the stored settings by mutation', async () => {
    const store = createSettingsStore(dir);
    const s = await store.get();
    s.recent.push('/mutated');
    expect((await store.get()).recent).toEqual([]);
  });
});
