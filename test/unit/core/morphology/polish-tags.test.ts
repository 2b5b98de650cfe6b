// Morfologik's tags as the committed dictionary writes them (resources/dictionaries), read by the one tag parser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LookupService } from '../../../../src/core/dictionary/lookup';
import { describeTag, tagFields, tagPartOfSpeech } from '../../../../src/core/morphology/polish-tags';
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
