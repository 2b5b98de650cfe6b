// English word formation the lemmatiser does not cover: closed-class forms, form notes for inflections, and
// the last resorts for a word neither dictionary has (derivations, closed compounds).
import type { EnglishLemma } from './english';

// Inflected closed-class words and abbreviations Morphy does not cover: form → [base, note].
const CLOSED_FORMS = new Map<string, readonly [string, string]>([
  ['me', ['i', 'object form of I']], ['him', ['he', 'object form of he']], ['her', ['she', 'object form of she']],
  ['us', ['we', 'object form of we']], ['them', ['they', 'object form of they']], ['these', ['this', 'plural of this']],
  ['those', ['that', 'plural of that']], ['km', ['kilometre', 'abbreviation of kilometre']], ['kg', ['kilogram', 'abbreviation of kilogram']],
]);

/** The base of a closed-class form or abbreviation with its note ("them" → they, "object form of they"). */
export function closedForm(key: string): readonly [base: string, note: string] | undefined {
  return CLOSED_FORMS.get(key);
}

/** The note for an inflected form reached through a lemma: "plural of protest", "-ing form of run". */
export function englishFormNote(word: string, l: EnglishLemma): string {
  const w = word.toLowerCase();
  if (l.pos === 'noun') return `plural of ${l.lemma}`;
  if (l.pos === 'adjective') return `${w.endsWith('est') || w.startsWith('most') ? 'superlative' : 'comparative'} of ${l.lemma}`;
  if (w.endsWith('ing')) return `-ing form of ${l.lemma}`;
  if (w.endsWith('s') && !w.endsWith('ss')) return `3rd person singular of ${l.lemma}`;
  return `past form of ${l.lemma}`;
}

// Derivational suffixes: [suffix, replacement].
const DERIVATIONS: Array<[string, string]> = [
  ['ers', ''], ['er', ''], ['er', 'e'], ['or', ''], ['or', 'e'], ['ly', ''], ['ily', 'y'], ['ness', ''], ['ment', ''],
  ['ist', ''], ['ists', ''], ['ism', ''], ['ation', 'e'], ['ation', ''],
];

/** Words an agent noun, adverb or abstract noun may be derived from (protesters → protest, reportedly → reported). */
export function derivationBases(word: string): string[] {
  const candidates: string[] = [];
  for (const [suffix, replacement] of DERIVATIONS) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) candidates.push(word.slice(0, -suffix.length) + replacement);
  }
  return candidates;
}

/** Ways to cut a closed compound in two parts of at least three letters, the shortest head first (airbase: airb + ase, air + base). */
export function compoundSplits(word: string): Array<[left: string, right: string]> {
  const splits: Array<[string, string]> = [];
  for (let i = word.length - 3; i >= 3; i--) splits.push([word.slice(0, i), word.slice(i)]);
  return splits;
}
