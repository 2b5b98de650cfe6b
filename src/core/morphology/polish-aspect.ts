// Aspect partners of Polish verbs. The dictionary often has only one verb of a pair: a perfective it lacks
// (podzielić, wysłać) is glossed through its imperfective partner (dzielić, wysyłać).

// Verb prefixes that make a perfective from an imperfective (dzielić → podzielić), longest first.
const PERFECTIVE_PREFIXES = ['prze', 'przy', 'roz', 'pod', 'nad', 'od', 'po', 'za', 'na', 'wy', 'do', 'ob', 'ze', 'z', 's', 'u', 'o', 'w'];
// Stem changes from a perfective to its imperfective partner (oznaczyć → oznaczać, wysłać → wysyłać).
const IMPERFECTIVE_ENDINGS: Array<[string, string]> = [
  ['yć', 'ać'], ['ić', 'iać'], ['ić', 'ać'], ['słać', 'syłać'], ['ać', 'ywać'], ['ać', 'iwać'], ['ać', 'awać'],
  ['nąć', 'ać'], ['ąć', 'ynać'], ['ąć', 'inać'], ['ować', 'owywać'], ['eć', 'ać'], ['jść', 'chodzić'], ['brać', 'bierać'],
  ['jąć', 'jmować'], ['dać', 'dawać'], ['stać', 'stawać'],
];

/**
 * Infinitives that may be the imperfective partner of a perfective one, most likely first: its stem changed
 * (oznaczyć → oznaczać), then the verb without its prefix (podzielić → dzielić). Not checked against any
 * dictionary: the caller keeps the first that is a known imperfective infinitive.
 */
export function imperfectiveCandidates(perfective: string): string[] {
  const candidates: string[] = [];
  for (const [from, to] of IMPERFECTIVE_ENDINGS) {
    if (perfective.endsWith(from)) candidates.push(perfective.slice(0, -from.length) + to);
  }
  for (const prefix of PERFECTIVE_PREFIXES) {
    if (perfective.startsWith(prefix) && perfective.length - prefix.length >= 3) candidates.push(perfective.slice(prefix.length));
  }
  return candidates;
}
