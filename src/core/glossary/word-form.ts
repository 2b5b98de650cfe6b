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
  /** Only a passive participle among its adjective readings ("powiązane", "butelkowane"): English past participle. */
  participle: boolean;
  /** A finite verb's person and number when every finite reading agrees ("jesteś" → sec:sg), else null. */
  person: 'pri:sg' | 'pri:pl' | 'sec:sg' | 'sec:pl' | null;
  /** Verb moods among its readings ("impt", "fin", "praet", "inf"). */
  moods: Set<string>;
}

export function analyseForm(word: string, lookup: LookupService | undefined): WordForm {
  const form: WordForm = { noun: false, adj: false, verb: false, readings: new Set(), lemmas: [], participle: false, person: null, moods: new Set() };
  if (!lookup) return form;
  let nounNotDepr = false;
  let adjNotPpas = false;
  let ppas = false;
  const persons = new Set<string>();
  for (const { lemma, tags } of lookup.lemmas(word, 'pl')) {
    form.lemmas.push(lemma.toLowerCase());
    for (const tag of tags) {
      const [cls, num, cases] = tagFields(tag);
      // Gerunds ("otwarcia") behave as nouns; participles ("zablokowany") as adjectives.
      if (cls === 'subst' || cls === 'depr' || cls === 'ger') { form.noun = true; if (cls !== 'depr') nounNotDepr = true; }
      else if (cls === 'adj' || cls === 'ppas' || cls === 'pact') { form.adj = true; if (cls === 'ppas') ppas = true; else adjNotPpas = true; }
      else {
        if (cls === 'fin' || cls === 'impt' || cls === 'inf' || cls === 'praet') { form.verb = true; form.moods.add(cls); }
        if (cls === 'fin') { const f = tagFields(tag); persons.add(`${f[2]}:${f[1]}`); }
        continue;
      }
      if (num && cases && (num === 'sg' || num === 'pl')) {
        for (const c of cases.split('.')) form.readings.add(`${c}:${num}`);
      }
    }
  }
  // A depreciative noun reading ("prasowe" as a plural of a person noun) is no reason to read an adjective as a noun.
  if (form.noun && !nounNotDepr && form.adj) form.noun = false;
  form.participle = ppas && !adjNotPpas && !nounNotDepr;
  const [person] = persons;
  if (persons.size === 1 && /^(pri|sec):(sg|pl)$/u.test(person!)) form.person = person as WordForm['person'];
  return form;
}

/** Can the form be a participle ("dane": given, also a noun: data)? */
export function isParticiple(word: string, lookup: LookupService | undefined): boolean {
  return !!lookup?.lemmas(word, 'pl').some((l) => l.tags.some((t) => ['ppas', 'pact'].includes(tagFields(t)[0]!)));
}
