// The app's own interface language (i18next). Resources come from main (resources/locales), so the
// renderer and the native menu share one set of translations.
import i18next from 'i18next';
import type { UiLang } from '../shared/types';
import { glosa } from './bridge';

export const i18n = i18next.createInstance();

export async function setUiLanguage(lang: UiLang | null): Promise<UiLang> {
  const { lang: chosen, resources } = await glosa.getLocale(lang);
  if (!i18n.isInitialized) {
    await i18n.init({ lng: chosen, fallbackLng: 'en', ns: Object.keys(resources), defaultNS: 'app', resources: {}, interpolation: { escapeValue: false } });
  }
  for (const [ns, bundle] of Object.entries(resources)) i18n.addResourceBundle(chosen, ns, bundle, true, true);
  fixed.clear();
  await i18n.changeLanguage(chosen);
  fixed.clear();
  document.documentElement.lang = chosen;
  applyTranslations(document);
  return chosen;
}

// Strings without parameters, kept per key until the language or its resources change: i18next resolves a key
// through several layers on every call, which the hover popup (a dozen strings per popup) paid on every hover.
const fixed = new Map<string, string>();

export const t = (key: string, params?: Record<string, unknown>): string => {
  if (params) return i18n.t(key, params);
  let text = fixed.get(key);
  if (text === undefined) {
    text = i18n.t(key);
    if (i18n.isInitialized) fixed.set(key, text);
  }
  return text;
};

/** Fill every element marked with data-i18n (text) or data-i18n-<attr> (title, aria-label, placeholder). */
export function applyTranslations(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const attr of ['title', 'aria-label', 'placeholder'] as const) {
    const data = `data-i18n-${attr}`;
    for (const el of root.querySelectorAll<HTMLElement>(`[${data}]`)) el.setAttribute(attr, t(el.getAttribute(data)!));
  }
}
