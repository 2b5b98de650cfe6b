// The app's own interface strings (i18next resources under resources/locales/<lang>/<namespace>.json).
// Not to be confused with the phrase catalogue of web-interface strings in resources/glossary.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import i18next from 'i18next';
import type { UiLang } from '../shared/types';

/** A key of the "app" namespace (e.g. "dialog.allFiles") to its text, with {{parameters}} filled in. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The interface language for an OS locale such as "pl-PL" or "en-GB": Polish for Polish, else English. */
export function uiLangForLocale(locale: string): UiLang {
  return locale.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

/** All namespaces of one language: { app: {...}, errors: {...} }. */
export async function loadLocaleResources(localesDir: string, lang: UiLang): Promise<Record<string, unknown>> {
  const dir = join(localesDir, lang);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const resources: Record<string, unknown> = {};
  for (const file of files) resources[file.slice(0, -'.json'.length)] = JSON.parse(await readFile(join(dir, file), 'utf8'));
  return resources;
}

/** Translations of the "app" namespace in one language, English where a key is missing (as in the window). */
export async function loadTranslator(localesDir: string, lang: UiLang): Promise<Translate> {
  const instance = i18next.createInstance();
  const resources: Record<string, Record<string, never>> = { en: (await loadLocaleResources(localesDir, 'en')) as Record<string, never> };
  if (lang !== 'en') resources[lang] = (await loadLocaleResources(localesDir, lang)) as Record<string, never>;
  await instance.init({ lng: lang, fallbackLng: 'en', ns: ['app'], defaultNS: 'app', resources, interpolation: { escapeValue: false } });
  const t = instance.getFixedT(lang, 'app');
  return (key, params) => t(key, params ?? {});
}
