// Morfologik's tags as the committed dictionary writes them (resources/dictionaries), read by the one tag parser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LookupService } from '../../../../src/core/dictionary/lookup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describeTag, formNote, tagFields, tagPartOfSpeech } from '../../../../src/core/morphology/polish-tags';
import { loadLookupService } from '../../../../src/node/dictionaries';

let service: LookupService;
beforeAll(async () => {
  service = await loadLookupService();
});

const tagsOf = (form: string): string[] => service.lemmas(form, 'pl').flatMap((a) => a.tags);

describe('Morfologik tags', () => {
  it('writes finite and infinitive verb forms behind a "verb:" prefix, and other classes without one', () => {
    expect(tagsOf('zamknij')[0]).toMatch(/^verb:impt:sg:sec:/);
    expect(tagsOf('są')[0]).toMatch(/^verb:fin:pl:ter:/);
    expect(tagsOf('wysłała')[0]).toMatch(/^verb:praet:sg:f:/);
    expect(tagsOf('czytać')[0]).toMatch(/^verb:inf:/);
    expect(tagsOf('wymagane')[0]).toMatch(/^ppas:/);
    expect(tagsOf('druku')[0]).toMatch(/^subst:/);
  });

  it('are read with the class first once the prefix is dropped', () => {
    expect(tagFields(tagsOf('zamknij')[0]!).slice(0, 3)).toEqual(['impt', 'sg', 'sec']);
    expect(tagFields(tagsOf('są')[0]!).slice(0, 3)).toEqual(['fin', 'pl', 'ter']);
    expect(tagFields('subst:sg:gen:m3')).toEqual(['subst', 'sg', 'gen', 'm3']);
    expect(tagPartOfSpeech(tagsOf('zamknij')[0]!)).toBe('verb');
    expect(describeTag(tagsOf('zamknij')[0]!)).toBe('2nd person singular imperative');
    expect(describeTag(tagsOf('druku')[0]!)).toBe('genitive singular');
  });
});

describe('form notes in the interface language', () => {
  // The terms as the app's i18next resources hold them, for each interface language.
  const termsIn = (lang: 'en' | 'pl') => {
    const i18n = i18next.createInstance();
    void i18n.init({ lng: lang, resources: { [lang]: { app: JSON.parse(readFileSync(join(__dirname, `../../../../resources/locales/${lang}/app.json`), 'utf8')) } }, defaultNS: 'app', interpolation: { escapeValue: false }, initAsync: false });
    return (key: string, params?: Record<string, string>) => i18n.t(`formNote.${key}`, params);
  };

  it('reads in English from the English resources, as the built-in terms do', () => {
    const note = formNote('ppas:sg:nom.voc:f:perf:aff', 'wysłać', termsIn('en'));
    expect(note).toBe('feminine singular passive participle of wysłać');
    expect(note).toBe(formNote('ppas:sg:nom.voc:f:perf:aff', 'wysłać'));
  });

  it('reads in Polish from the Polish resources', () => {
    const pl = termsIn('pl');
    expect(formNote('ppas:sg:nom.voc:f:perf:aff', 'wysłać', pl)).toBe('rodzaj żeński liczba pojedyncza imiesłów bierny od: wysłać');
    expect(formNote('subst:pl:gen:f', 'strona', pl)).toBe('dopełniacz liczba mnoga od: strona');
    expect(formNote('verb:impt:sg:sec:perf:nonrefl', 'wrócić', pl)).toBe('2. osoba liczba pojedyncza tryb rozkazujący od: wrócić');
    // No English word is left in a Polish note.
    expect(formNote('adj:sg:gen:m1.m2.m3.n1.n2:com', 'dobry', pl)).not.toMatch(/\b(of|form|singular|plural|comparative)\b/u);
  });
});

describe('form of a looked-up Polish word', () => {
  it('travels with its entry, so the interface can word the note in its own language', () => {
    const entry = service.lookup({ text: 'stronach', lang: 'pl' }).entries.find((e) => e.form);
    expect(entry?.form).toMatchObject({ lemma: 'strona' });
    expect(formNote(entry!.form!.tag, entry!.form!.lemma)).toBe(entry!.formNote);
  });
});
