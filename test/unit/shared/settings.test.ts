// One schema for the settings: a value the schema refuses is repaired to its default in a stored file and
// rejected in a setSettings call from the window, field by field, for every field the schema has.
import { describe, expect, it } from 'vitest';
import { validArguments } from '../../../src/main/ipc-validate';
import {
  DEFAULT_SETTINGS, MAX_RECENT, PrintOptionsSchema, RANGES, repairSettings, SettingsSchema, type Settings,
} from '../../../src/shared/settings';

/** Values no field accepts, whatever its type. */
const WRONG_TYPE: Record<string, unknown> = { string: 42, number: 'big', boolean: 'yes', array: 'nope', object: [], nullable: 7 };
const kindOf = (x: unknown) => (x === null ? 'nullable' : Array.isArray(x) ? 'array' : typeof x);
const bad = (key: keyof Settings): unknown => WRONG_TYPE[kindOf(DEFAULT_SETTINGS[key])];
/** A valid value of each field other than its default. */
const other: Settings = {
  uiLang: 'pl', theme: 'dark', fontSize: 24, contentWidth: 90, direction: 'to-pl', modifier: 'shift', hoverDelayMs: 0,
  popupFontSize: 20, loadRemoteImages: true, markSavedWords: false, recent: ['/a.html'],
  print: { images: false, fontSize: 14, glossaryAppendix: true, vocabularyAppendix: true },
};
const fields = Object.keys(SettingsSchema.entries) as Array<keyof Settings>;

describe('settings schema', () => {
  it('has defaults that fit it', () => {
    expect(repairSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings(other)).toEqual(other);
  });

  it.each(fields.filter((k) => k !== 'print'))('repairs a stored "%s" of the wrong type to its default and rejects it at IPC', (key) => {
    expect(repairSettings({ ...other, [key]: bad(key) })[key]).toEqual(DEFAULT_SETTINGS[key]);
    expect(validArguments('setSettings', [{ [key]: bad(key) }])).toBe(false);
    // The recent list is main's own record: the window may not set it at all.
    expect(validArguments('setSettings', [{ [key]: other[key] }])).toBe(key !== 'recent');
  });

  it.each(Object.keys(PrintOptionsSchema.entries) as Array<keyof Settings['print']>)('does the same for print.%s', (key) => {
    const wrong = typeof DEFAULT_SETTINGS.print[key] === 'number' ? 'big' : 'yes';
    expect(repairSettings({ ...other, print: { ...other.print, [key]: wrong } }).print[key]).toEqual(DEFAULT_SETTINGS.print[key]);
    expect(validArguments('setSettings', [{ print: { [key]: wrong } }])).toBe(false);
    expect(validArguments('print', [{ ...other.print, [key]: wrong }])).toBe(false);
  });

  const numeric = [
    ['fontSize', RANGES.fontSize], ['contentWidth', RANGES.contentWidth], ['hoverDelayMs', RANGES.hoverDelayMs],
    ['popupFontSize', RANGES.popupFontSize],
  ] as const;
  it.each(numeric)('keeps %s within its range, both ends included', (key, { min, max }) => {
    for (const outside of [min - 1, max + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(repairSettings({ ...other, [key]: outside })[key]).toBe(DEFAULT_SETTINGS[key]);
      expect(validArguments('setSettings', [{ [key]: outside }])).toBe(false);
    }
    for (const inside of [min, max]) {
      expect(repairSettings({ [key]: inside })[key]).toBe(inside);
      expect(validArguments('setSettings', [{ [key]: inside }])).toBe(true);
    }
  });

  it('keeps the print font size within its range', () => {
    const { min, max } = RANGES.printFontSize;
    expect(repairSettings({ print: { fontSize: max + 1 } }).print.fontSize).toBe(DEFAULT_SETTINGS.print.fontSize);
    expect(validArguments('print', [{ ...DEFAULT_SETTINGS.print, fontSize: min - 1 }])).toBe(false);
    expect(validArguments('print', [{ ...DEFAULT_SETTINGS.print, fontSize: min }])).toBe(true);
  });

  it('repairs a recent-files list longer than it keeps, and never takes one from the window', () => {
    const paths = Array.from({ length: MAX_RECENT + 1 }, (_, i) => `/p${i}.html`);
    expect(validArguments('setSettings', [{ recent: paths.slice(0, MAX_RECENT) }])).toBe(false);
    expect(repairSettings({ recent: paths }).recent).toEqual(paths.slice(0, MAX_RECENT));
  });
});
