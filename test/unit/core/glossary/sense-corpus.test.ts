import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../../src/core/glossary/catalogue';
import { webSense } from '../../../../src/core/glossary/sense-corpus';
import type { LookupService } from '../../../../src/core/dictionary/lookup';

const lemmas: Record<string, string> = { zespół: 'zespół', zespołu: 'zespół', kontakt: 'kontakt', z: 'z', dołącz: 'dołączyć', do: 'do' };
const lookup: LookupService = {
  lookup: (q) => ({ query: q.text, lang: 'pl', matched: q.text, entries: [] }),
  knows: (w) => w in lemmas,
  lemmas: (w) => (lemmas[w] ? [{ lemma: lemmas[w]!, tags: [] }] : []),
  clearCache: () => undefined, // nothing cached
};

describe('webSense', () => {
  const catalogue = parseCatalogue([
    'kontakt z zespołem\tKontakt z zespołem\tContact the team\tfirefox',
    'dołącz do zespołu\tDołącz do zespołu\tJoin the team\tmediawiki',
  ].join('\n'));

  it("picks the dictionary sense the catalogue's phrases with the lemma use", () => {
    expect(webSense('zespół', ['syndrome', 'team', 'band'], catalogue, lookup)).toBe('team');
  });

  it('gives no answer without evidence, leaving the dictionary order', () => {
    expect(webSense('zespół', ['syndrome', 'band'], catalogue, lookup)).toBeNull();
    expect(webSense('kot', ['cat'], catalogue, lookup)).toBeNull();
  });
});
