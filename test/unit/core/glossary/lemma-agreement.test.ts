import { describe, expect, it } from 'vitest';
import { agreeWithForm } from '../../../../src/core/glossary/lemma-agreement';
import { pluraliseEnglish } from '../../../../src/core/glossary/english-plural';
import type { LookupService } from '../../../../src/core/dictionary/lookup';

/** Morfologik-style tags by form. */
function tagLookup(tags: Record<string, string[]>): LookupService {
  return {
    lookup: (q) => ({ query: q.text, lang: 'pl', matched: q.text, entries: [] }),
    knows: (w) => w in tags,
    lemmas: (w) => (tags[w] ? [{ lemma: w, tags: tags[w]! }] : []),
    clearCache: () => undefined, // nothing cached
  };
}

const lookup = tagLookup({
  gwiazdy: ['subst:sg:gen:f', 'subst:pl:nom.acc.voc:f'],
  gwiazda: ['subst:sg:nom:f'],
  sekcja: ['subst:sg:nom:f'],
  sekcje: ['subst:pl:nom.acc.voc:f'],
  zapomniałem: ['verb:praet:sg:m1.m2.m3:pri:perf:refl.nonrefl'],
  zapomniane: ['ppas:sg:nom.acc.voc:n1.n2:perf:aff'],
  hasła: ['subst:pl:nom:n2', 'subst:sg:gen:n2'],
  hasło: ['subst:sg:nom:n2'],
});

describe('agreeWithForm', () => {
  it('gives a one-word label the number of the page form, reading labels as nominative', () => {
    expect(agreeWithForm(['gwiazdy'], 'Gwiazda', 'Star', lookup, pluraliseEnglish)).toBe('Stars');
    expect(agreeWithForm(['sekcja'], 'Sekcje', 'Sections', lookup, pluraliseEnglish)).toBe('Section');
  });
  it('rejects a form of another word class', () => {
    expect(agreeWithForm(['zapomniałem', 'hasła'], 'Zapomniane hasło', 'Lost password', lookup, pluraliseEnglish)).toBeNull();
  });
  it('keeps the English when the forms agree', () => {
    expect(agreeWithForm(['sekcje'], 'Sekcje', 'Sections', lookup, pluraliseEnglish)).toBe('Sections');
  });
});
