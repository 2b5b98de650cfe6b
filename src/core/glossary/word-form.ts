// What Morfologik's tags (subst:sg:gen:m3, adj:pl:nom.voc:f:pos, ger:..., ppas:...) say about one Polish
// form, for putting a gloss in English order: can it be a noun, an adjective, a verb, in which case and number.
import type { LookupService } from '../dictionary/lookup';
import { tagFields } from '../morphology/polish-tags';

export interface WordForm {
  noun: boolean;
  adj: boolean;
  verb: boolean;
  /** Case:number readings of the noun or adjective ("gen:sg", "nom:pl"). */
  readings: Set<string>;
  lemmas: string[];
}

export function analyseForm(word: string, lookup: LookupService | undefined): WordForm {
  const form: WordForm = { noun: false, adj: false, verb: false, readings: new Set(), lemmas: [] };
  if (!lookup) return form;
  for (const { lemma, tags } of lookup.lemmas(word, 'pl')) {
    form.lemmas.push(lemma.toLowerCase());
    for (const tag of tags) {
      const [cls, num, cases] = tagFields(tag);
      // Gerunds ("otwarcia") behave as nouns; participles ("zablokowany") as adjectives.
      if (cls === 'subst' || cls === 'depr' || cls === 'ger') form.noun = true;
      else if (cls === 'adj' || cls === 'ppas' || cls === 'pact') form.adj = true;
      else {
        if (cls === 'fin' || cls === 'impt' || cls === 'inf' || cls === 'praet') form.verb = true;
        continue;
      }
      if (num && cases && (num === 'sg' || num === 'pl')) {
        for (const c of cases.split('.')) form.readings.add(`${c}:${num}`);
      }
    }
  }
  return form;
}

/** Can the form be a participle ("dane": given, also a noun: data)? */
export function isParticiple(word: string, lookup: LookupService | undefined): boolean {
  return !!lookup?.lemmas(word, 'pl').some((l) => l.tags.some((t) => ['ppas', 'pact'].includes(tagFields(t)[0]!)));
}
