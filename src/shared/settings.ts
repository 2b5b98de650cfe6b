// The app's settings, defined once: their shape, ranges, allowed values and defaults. The Settings type,
// main's IPC argument check, the settings store's repair of a damaged file and the window's own limits
// (font size keys, the settings panel, print options) are all taken from here.
import * as v from 'valibot';

export const UI_LANGS = ['en', 'pl'] as const;
export const THEMES = ['light', 'sepia', 'dark'] as const;
export const DIRECTIONS = ['auto', 'to-en', 'to-pl'] as const;
export const MODIFIERS = ['none', 'shift', 'alt', 'ctrl'] as const;

/** Inclusive ranges of the numeric settings: what the window offers is what main accepts and keeps. */
export const RANGES = {
  /** Article text, px (Ctrl+= / Ctrl+-). */
  fontSize: { min: 12, max: 32 },
  /** Article column, ch. */
  contentWidth: { min: 30, max: 200 },
  /** Hover rest time, ms: how long the pointer stays on a word before its popup opens (0: at once). */
  hoverDelayMs: { min: 0, max: 2000 },
  /** Hover popup text, px. */
  popupFontSize: { min: 11, max: 28 },
  /** Printed article text, pt. */
  printFontSize: { min: 8, max: 40 },
} as const;

/** Recent files kept, most recent first; each a path of at most MAX_PATH_LENGTH characters. */
export const MAX_RECENT = 10;
export const MAX_PATH_LENGTH = 4096;

const inRange = ({ min, max }: { readonly min: number; readonly max: number }) =>
  v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));

export const PrintOptionsSchema = v.strictObject({
  images: v.boolean(),
  fontSize: inRange(RANGES.printFontSize),
  glossaryAppendix: v.boolean(),
  vocabularyAppendix: v.boolean(),
});

/** Every setting the window itself changes; the recent-files list is main's own (it follows opened files). */
export const WindowSettingsSchema = v.strictObject({
  /** null: follow the OS locale. */
  uiLang: v.nullable(v.picklist(UI_LANGS)),
  theme: v.picklist(THEMES),
  fontSize: inRange(RANGES.fontSize),
  contentWidth: inRange(RANGES.contentWidth),
  direction: v.picklist(DIRECTIONS),
  modifier: v.picklist(MODIFIERS),
  /**
   * Rest time: the popup opens once the pointer has stayed this long on one word, or sooner when a second,
   * slow pointer event lands on it; at once while a popup is open or with the modifier (else Shift) held.
   */
  hoverDelayMs: inRange(RANGES.hoverDelayMs),
  popupFontSize: inRange(RANGES.popupFontSize),
  loadRemoteImages: v.boolean(),
  /** Underline words saved in the notebook (by lemma) in the article. */
  markSavedWords: v.boolean(),
  print: PrintOptionsSchema,
});

export const RecentSchema = v.pipe(
  v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(MAX_PATH_LENGTH))),
  v.maxLength(MAX_RECENT),
);

const { print, ...windowFields } = WindowSettingsSchema.entries;
// Fields in the order settings.json has always had.
export const SettingsSchema = v.strictObject({ ...windowFields, recent: RecentSchema, print });

/** A change of some of these settings (all of them, or the window's alone): any fields, and any of the print options. */
export const patchSchema = (settings: typeof SettingsSchema | typeof WindowSettingsSchema) =>
  v.partial(v.strictObject({ ...settings.entries, print: v.partial(PrintOptionsSchema) }));

export const SettingsPatchSchema = patchSchema(SettingsSchema);

export type UiLang = (typeof UI_LANGS)[number];
export type Theme = (typeof THEMES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Modifier = (typeof MODIFIERS)[number];
export type PrintOptions = v.InferOutput<typeof PrintOptionsSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  uiLang: null,
  theme: 'light',
  fontSize: 18,
  contentWidth: 70,
  direction: 'auto',
  modifier: 'none',
  hoverDelayMs: 50,
  popupFontSize: 15,
  loadRemoteImages: false,
  markSavedWords: true,
  recent: [],
  print: Object.freeze({ images: true, fontSize: 12, glossaryAppendix: false, vocabularyAppendix: false }),
}) as Readonly<Settings>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function fieldByField<T extends Record<string, unknown>>(
  entries: Record<string, v.GenericSchema>, candidate: unknown, fallback: T, nested: (key: string, value: unknown, fallback: unknown) => unknown,
): T {
  const c = isRecord(candidate) ? candidate : {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(entries)) {
    const special = nested(key, c[key], fallback[key]);
    if (special !== undefined) out[key] = special;
    else {
      const parsed = v.safeParse(schema, c[key]);
      out[key] = parsed.success ? parsed.output : fallback[key];
    }
  }
  return out as T;
}

/**
 * Settings from any value, field by field: what `candidate` holds where it fits the schema, else `fallback`'s
 * value (the defaults when loading a file, the current settings when applying a patch). Recent files are
 * repaired item by item (`repairRecent`), print options field by field.
 */
export function repairSettings(candidate: unknown, fallback: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  return fieldByField(SettingsSchema.entries, candidate, fallback as Settings, (key, value, fallbackValue) => {
    if (key === 'print') return fieldByField(PrintOptionsSchema.entries, value, fallbackValue as PrintOptions, () => undefined);
    if (key === 'recent') return value === undefined ? [...(fallbackValue as string[])] : repairRecent(value, fallbackValue as string[]);
    return undefined;
  });
}

/** Recent files: non-empty strings within the length limit, most recent first, each path once, at most MAX_RECENT. */
export function repairRecent(value: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(value)) return [...fallback];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' || item.trim() === '' || item.length > MAX_PATH_LENGTH || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
    if (out.length === MAX_RECENT) break;
  }
  return out;
}
