// The app's own interface strings (i18next resources under resources/locales/<lang>/<namespace>.json).
// Not to be confused with the phrase catalogue of web-interface strings in resources/glossary.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UiLang } from '../shared/types';

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
