// The app's settings: `settings.json` in the user-data folder, through JsonStore. Every field is checked
// on its own: a bad or missing value falls back to its default (when loading) or to the current value
// (when a patch carries it), so a hand-edited or older file never stops the app.
import { join } from 'node:path';
import type { Direction, Modifier, PrintOptions, Settings, Theme, UiLang } from '../../shared/types';
import { JsonStore, type Recovery } from './json-store';

export const SETTINGS_FILE = 'settings.json';
export const MAX_RECENT = 10;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  uiLang: null,
  theme: 'light',
  fontSize: 18,
  contentWidth: 70,
  direction: 'auto',
  modifier: 'none',
  hoverDelayMs: 300,
  popupFontSize: 15,
  loadRemoteImages: false,
  markSavedWords: true,
  recent: [],
  print: Object.freeze({ images: true, fontSize: 12, glossaryAppendix: false, vocabularyAppendix: false }),
}) as Readonly<Settings>;

// Ranges match main's IPC argument checks (src/main/ipc-validate.ts).
const RANGES = {
  fontSize: [10, 40],
  contentWidth: [30, 200],
  hoverDelayMs: [0, 2000],
  popupFontSize: [10, 40],
  printFontSize: [8, 40],
} as const;

const oneOf = <T extends string>(values: readonly T[]) => (v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);
const isUiLang = oneOf<UiLang>(['en', 'pl']);
const isTheme = oneOf<Theme>(['light', 'sepia', 'dark']);
const isDirection = oneOf<Direction>(['auto', 'to-en', 'to-pl']);
const isModifier = oneOf<Modifier>(['none', 'shift', 'alt', 'ctrl']);

function numberIn(v: unknown, [min, max]: readonly [number, number], fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/** Recent files: strings, most recent first, each path once, at most MAX_RECENT. */
export function normaliseRecent(v: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(v)) return [...fallback];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== 'string' || item.trim() === '' || item.length > 4096 || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
    if (out.length === MAX_RECENT) break;
  }
  return out;
}

/** `path` moved to the front of the recent list. */
export function withRecent(recent: readonly string[], path: string): string[] {
  return normaliseRecent([path, ...recent], recent);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Settings from any value, field by field: what `candidate` holds where valid, else `fallback`'s. */
export function sanitiseSettings(candidate: unknown, fallback: Settings = DEFAULT_SETTINGS): Settings {
  const c = isRecord(candidate) ? candidate : {};
  const p = isRecord(c.print) ? c.print : {};
  const fp = fallback.print;
  const print: PrintOptions = {
    images: bool(p.images, fp.images),
    fontSize: numberIn(p.fontSize, RANGES.printFontSize, fp.fontSize),
    glossaryAppendix: bool(p.glossaryAppendix, fp.glossaryAppendix),
    vocabularyAppendix: bool(p.vocabularyAppendix, fp.vocabularyAppendix),
  };
  return {
    uiLang: c.uiLang === null || isUiLang(c.uiLang) ? c.uiLang : fallback.uiLang,
    theme: isTheme(c.theme) ? c.theme : fallback.theme,
    fontSize: numberIn(c.fontSize, RANGES.fontSize, fallback.fontSize),
    contentWidth: numberIn(c.contentWidth, RANGES.contentWidth, fallback.contentWidth),
    direction: isDirection(c.direction) ? c.direction : fallback.direction,
    modifier: isModifier(c.modifier) ? c.modifier : fallback.modifier,
    hoverDelayMs: numberIn(c.hoverDelayMs, RANGES.hoverDelayMs, fallback.hoverDelayMs),
    popupFontSize: numberIn(c.popupFontSize, RANGES.popupFontSize, fallback.popupFontSize),
    loadRemoteImages: bool(c.loadRemoteImages, fallback.loadRemoteImages),
    markSavedWords: bool(c.markSavedWords, fallback.markSavedWords),
    recent: 'recent' in c ? normaliseRecent(c.recent, fallback.recent) : [...fallback.recent],
    print,
  };
}

export interface SettingsStatus {
  recovered: Recovery;
  setAside?: string;
}

export function createSettingsStore(userDataDir: string) {
  const store = new JsonStore<Settings>(join(userDataDir, SETTINGS_FILE), {
    defaults: () => sanitiseSettings({}),
    // Only a file that is not a JSON object at all counts as corrupt; bad fields are repaired one by one.
    validate: (x) => (isRecord(x) ? sanitiseSettings(x) : null),
  });
  return {
    async get(): Promise<Settings> {
      return structuredClone((await store.load()).value);
    },
    /** Apply a patch (invalid fields in it are ignored) and resolve once it is on disk. */
    async set(patch: Partial<Settings>): Promise<Settings> {
      const next = await store.update((current) => {
        const merged = { ...current, ...patch, print: { ...current.print, ...(isRecord(patch.print) ? patch.print : {}) } };
        const candidate = sanitiseSettings(merged, current);
        return JSON.stringify(candidate) === JSON.stringify(current) ? current : candidate;
      });
      return structuredClone(next);
    },
    async loadStatus(): Promise<SettingsStatus> {
      const { recovered, setAside } = await store.load();
      return setAside ? { recovered, setAside } : { recovered };
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
