// The app's two interface languages must offer the same keys in every namespace.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../src/main/menu';

const dir = join(__dirname, '../../../resources/locales');
const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(dir, lang, `${ns}.json`), 'utf8'));

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const namespaces = readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

describe('interface locales', () => {
  it('have the same namespaces in English and Polish', () => {
    expect(readdirSync(join(dir, 'pl')).sort()).toEqual(readdirSync(join(dir, 'en')).sort());
  });

  for (const ns of namespaces) {
    it(`${ns}: English and Polish have the same keys, none empty`, () => {
      const en = keys(load('en', ns)).sort();
      const pl = keys(load('pl', ns)).sort();
      expect(pl).toEqual(en);
      for (const lang of ['en', 'pl']) {
        for (const key of keys(load(lang, ns))) {
          const value = key.split('.').reduce((o: any, k) => o[k], load(lang, ns));
          expect(typeof value === 'string' && value.trim().length > 0, `${lang}/${ns}:${key}`).toBe(true);
        }
      }
    });
  }

  it('translate every label of the native menu in both languages', () => {
    for (const lang of ['en', 'pl'] as const) {
      const app = load(lang, 'app');
      const t = (key: string) => {
        const value = key.split('.').reduce((o: any, k) => o?.[k], app);
        if (typeof value !== 'string') throw new Error(`missing ${lang} key ${key}`);
        return value;
      };
      const actions = { command: () => {}, openRecent: () => {}, setLanguage: () => {}, quit: () => {} };
      const labels = JSON.stringify(menuTemplate(t, actions, ['/tmp/a.html'], lang, false));
      expect(labels).not.toMatch(/"label":"menu\./);
    }
    const en = JSON.stringify(menuTemplate((k) => k.split('.').reduce((o: any, x) => o[x], load('en', 'app')), { command() {}, openRecent() {}, setLanguage() {}, quit() {} }, [], 'en', false));
    const pl = JSON.stringify(menuTemplate((k) => k.split('.').reduce((o: any, x) => o[x], load('pl', 'app')), { command() {}, openRecent() {}, setLanguage() {}, quit() {} }, [], 'pl', false));
    expect(en).toContain('&File');
    expect(pl).toContain('&Plik');
  });
});
