// The glossary's reading of a form, from the real Morfologik dictionary (resources/dictionaries).
import { beforeAll, describe, expect, it } from 'vitest';
import type { LookupService } from '../../../../src/core/dictionary/lookup';
import { analyseForm } from '../../../../src/core/glossary/word-form';
import { loadLookupService } from '../../../../src/node/dictionaries';

let service: LookupService;
beforeAll(async () => {
  service = await loadLookupService();
});

describe('analyseForm', () => {
  it('sees verbs (tagged verb:impt, verb:fin, …) as verbs, and nouns and participles with their cases', () => {
    for (const verb of ['zamknij', 'są', 'wysłała', 'czytać']) expect(analyseForm(verb, service)).toMatchObject({ verb: true, noun: false });
    const druku = analyseForm('druku', service);
    expect(druku).toMatchObject({ noun: true, verb: false });
    expect(druku.readings.has('gen:sg')).toBe(true);
    expect(analyseForm('zablokowany', service)).toMatchObject({ adj: true, verb: false });
  });
});
