import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../../src/core/glossary/catalogue';
import { doubtfulEntry } from '../../../../src/core/glossary/sense-check';
import type { LookupService } from '../../../../src/core/dictionary/lookup';

// A small Polish dictionary: each form's lemma and senses; no English side.
const dictionary: Record<string, { lemma: string; senses: string[] }> = {
  okazje: { lemma: 'okazja', senses: ['occasion', 'opportunity', 'bargain'] },
  okazja: { lemma: 'okazja', senses: ['occasion', 'opportunity', 'bargain'] },
  zapisz: { lemma: 'zapisać', senses: ['write down', 'save'] },
  zapisać: { lemma: 'zapisać', senses: ['write down', 'save'] },
  newslettera: { lemma: 'newsletter', senses: [] },
  lista: { lemma: 'lista', senses: ['list'] },
  listę: { lemma: 'lista', senses: ['list'] },
  mailingową: { lemma: 'mailingowy', senses: [] },
};
const lookup: LookupService = {
  lookup: (q) => {
    const known = q.lang === 'pl' ? dictionary[q.text] : undefined;
    const entries = known?.senses.length ? [{ headword: known.lemma, lemma: known.lemma, formNote: null, pos: 'noun', ipa: null, senses: [{ translations: known.senses }], dictionary: 'test', match: 'exact' as const }] : [];
    return { query: q.text, lang: q.lang, matched: q.text, entries } as unknown as ReturnType<LookupService['lookup']>;
  },
  knows: (w) => w in dictionary,
  lemmas: (w, lang) => (lang === 'pl' && dictionary[w] ? [{ lemma: dictionary[w]!.lemma, tags: [] }] : []),
  clearCache: () => undefined, // nothing cached
};
const row = (pl: string, en: string, sources = 'glosa-site-chrome'): string => `${pl}\t${pl}\t${en}\t${sources}`;

describe('doubtfulEntry', () => {
  const catalogue = parseCatalogue([
    row('okazje', 'Deals'),
    row('zapisz się do newslettera', 'Subscribe to the newsletter'),
    row('zapisz się na listę', 'Subscribe to the list', 'wordpress'),
    row('zapisz się na listę mailingową', 'Subscribe to the mailing list', 'mediawiki'),
    row('okazja', 'Bargain', 'wordpress'),
  ].join('\n'));
  const entry = (key: string) => catalogue.entries.get(key)!;

  it('doubts a one-source entry that neither the dictionary nor other catalogue phrases support', () => {
    expect(doubtfulEntry(entry('okazje'), catalogue, lookup)).toBe(true);
  });

  it('trusts a web sense the catalogue attests in other phrases ("zapisz" → subscribe) and a dictionary sense', () => {
    expect(doubtfulEntry(entry('zapisz się do newslettera'), catalogue, lookup)).toBe(false);
    expect(doubtfulEntry(entry('okazja'), catalogue, lookup)).toBe(false);
  });

  it('has no opinion without a dictionary', () => {
    expect(doubtfulEntry(entry('okazje'), catalogue, undefined)).toBe(false);
  });
});
