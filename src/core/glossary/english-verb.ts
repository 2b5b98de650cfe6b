// English forms of a verb sense ("relate", "log in") that a Polish verb form asks for: the past participle
// of a passive participle ("powiązane tematy" → "related topics") and the subject of a first- or
// second-person finite verb ("Akceptuję" → "I accept", "Jesteś tutaj" → "You are here").

const IRREGULAR_PARTICIPLES: Record<string, string> = {
  be: 'been', begin: 'begun', bring: 'brought', build: 'built', buy: 'bought', choose: 'chosen', come: 'come',
  do: 'done', draw: 'drawn', find: 'found', forget: 'forgotten', get: 'got', give: 'given', go: 'gone',
  have: 'had', hide: 'hidden', hold: 'held', keep: 'kept', know: 'known', lead: 'led', leave: 'left',
  lose: 'lost', make: 'made', meet: 'met', pay: 'paid', put: 'put', read: 'read', run: 'run', say: 'said',
  see: 'seen', sell: 'sold', send: 'sent', set: 'set', show: 'shown', spend: 'spent', take: 'taken',
  tell: 'told', think: 'thought', understand: 'understood', win: 'won', write: 'written', shut: 'shut', cut: 'cut',
};

/** The past participle of a verb sense's first word: "relate" → "related", "bottle" → "bottled", "log in" → "logged in". */
export function pastParticiple(verb: string): string {
  return verb.replace(/^(\p{L}+)/u, (w) => {
    const lower = w.toLowerCase();
    const irregular = IRREGULAR_PARTICIPLES[lower];
    if (irregular) return irregular;
    if (/(ed)$/u.test(lower)) return w;
    if (/e$/u.test(lower)) return `${w}d`;
    if (/[^aeiou]y$/u.test(lower)) return `${w.slice(0, -1)}ied`;
    // One short vowel before a final consonant doubles it ("log" → "logged", "stop" → "stopped").
    if (/^[^aeiou]*[aeiou][bdglmnpt]$/u.test(lower)) return `${w}${w.slice(-1)}ed`;
    return `${w}ed`;
  });
}

const SUBJECTS = { 'pri:sg': 'I', 'pri:pl': 'we', 'sec:sg': 'you', 'sec:pl': 'you' } as const;

/** A verb sense with the subject its Polish person implies: ("pri:sg", "accept") → "I accept"; "be" conjugated. */
export function withSubject(person: keyof typeof SUBJECTS, verb: string): string {
  const subject = SUBJECTS[person];
  const lower = verb.toLowerCase();
  if (lower === 'be' || lower.startsWith('be ')) return `${subject} ${person === 'pri:sg' ? 'am' : 'are'}${verb.slice(2)}`;
  return `${subject} ${verb}`;
}
