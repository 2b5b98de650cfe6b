// The popup's form notes come from the interface's own resources: Polish notes in the Polish interface.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { localFormNote } from '../../../../../src/renderer/features/hover/form-note';

function tIn(lang: 'en' | 'pl'): (key: string, params?: Record<string, string>) => string {
  const app = JSON.parse(readFileSync(join(__dirname, `../../../../../resources/locales/${lang}/app.json`), 'utf8'));
  const i18n = i18next.createInstance();
  void i18n.init({ lng: lang, resources: { [lang]: { app } }, defaultNS: 'app', interpolation: { escapeValue: false }, initAsync: false });
  return (key, params) => i18n.t(key, params);
}

describe('form note in the popup', () => {
  it('is English in the English interface', () => {
    expect(localFormNote({ tag: 'subst:pl:gen:f', lemma: 'strona' }, tIn('en'))).toBe('genitive plural of strona');
    expect(localFormNote({ tag: 'verb:impt:sg:sec:perf:nonrefl', lemma: 'przeczytać', perfectiveOf: 'czytać' }, tIn('en')))
      .toBe('2nd person singular imperative of przeczytać; perfective of czytać');
  });

  it('is Polish in the Polish interface, with no English word left', () => {
    const pl = tIn('pl');
    expect(localFormNote({ tag: 'subst:pl:gen:f', lemma: 'strona' }, pl)).toBe('dopełniacz liczba mnoga od: strona');
    const verb = localFormNote({ tag: 'verb:impt:sg:sec:perf:nonrefl', lemma: 'przeczytać', perfectiveOf: 'czytać' }, pl);
    expect(verb).toContain('tryb rozkazujący');
    expect(verb).toContain('czytać');
    expect(verb).not.toMatch(/\b(of|perfective|imperative|singular|person)\b/u);
  });
});
