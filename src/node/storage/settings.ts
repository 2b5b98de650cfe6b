// The app's settings: `settings.json` in the user-data folder, through JsonStore. Every field is checked
// on its own against the settings schema (src/shared/settings.ts): a bad or missing value falls back to its
// default (when loading) or to the current value (when a patch carries it), so a hand-edited or older file
// never stops the app.
import { join } from 'node:path';
import { repairRecent, repairSettings, type Settings, type SettingsPatch } from '../../shared/settings';
import { JsonStore, type Recovery } from './json-store';

export { DEFAULT_SETTINGS, MAX_RECENT } from '../../shared/settings';
export const SETTINGS_FILE = 'settings.json';

/** `path` moved to the front of the recent list. */
export function withRecent(recent: readonly string[], path: string): string[] {
  return repairRecent([path, ...recent], recent);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface SettingsStatus {
  recovered: Recovery;
  setAside?: string;
}

export function createSettingsStore(userDataDir: string) {
  const store = new JsonStore<Settings>(join(userDataDir, SETTINGS_FILE), {
    defaults: () => repairSettings({}),
    // Only a file that is not a JSON object at all counts as corrupt; bad fields are repaired one by one.
    validate: (x) => (isRecord(x) ? repairSettings(x) : null),
  });
  return {
    async get(): Promise<Settings> {
      return structuredClone((await store.load()).value);
    },
    /** Apply a patch (invalid fields in it are ignored) and resolve once it is on disk. */
    async set(patch: SettingsPatch): Promise<Settings> {
      const next = await store.update((current) => {
        const merged = { ...current, ...patch, print: { ...current.print, ...(isRecord(patch.print) ? patch.print : {}) } };
        const candidate = repairSettings(merged, current);
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
