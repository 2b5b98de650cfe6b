// A string the catalogue does not hold whole, covered left to right by catalogue phrases and word glosses.
import { findPhrase } from './catalogue-match';
import { functionWordGloss } from './function-words';
import type { Gloss, GlossaryDeps } from './gloss-types';
import { isProperName } from './names';
import { matchInitialCase } from './normalise';
import { analyseForm } from './word-form';
import { DICTIONARY_SOURCE, glossWord } from './word-gloss';
import { orderRun, type Piece } from './word-order';
import { senseInPhrases } from './sense-corpus';
import { agreeWithForm } from './lemma-agreement';
import { pluraliseEnglish } from './english-plural';
import { pastParticiple, withSubject } from './english-verb';
import { doubtfulEntry } from './sense-check';

const PREPOSITIONS = new Set(['w', 'we', 'na', 'z', 'ze', 'do', 'od', 'dla', 'o', 'po', 'przez', 'przy', 'za', 'pod', 'nad', 'bez', 'u', 'wobec', 'między', 'przed']);
const SUBJECT_PRONOUNS = new Set(['ja', 'ty', 'my', 'wy']);

/** Does the dictionary have an adjective entry for the form ("zablokowany": blocked), not only its verb's? */
function hasAdjectiveEntry(word: string, deps: GlossaryDeps): boolean {
  return !!deps.lookup?.lookup({ text: word, lang: 'pl' }).entries.some((e) => e.pos === 'adjective');
}

/**
 * Covers the words left to right with the longest catalogue phrase starting at each word; runs of words
 * no phrase covers are glossed one by one and put in English order. Unknown words stay as they are.
 */
export function composeGloss(shown: string[], keys: string[], deps: GlossaryDeps): Gloss | null {
  const pieces: Piece[][] = [[]];
  const sources = new Set<string>();
  let phrases = 0;
  let glossed = 0;
  const cut = (): void => { if (pieces[pieces.length - 1]!.length) pieces.push([]); };
  for (let i = 0; i < keys.length; ) {
    let taken = 0;
    for (let len = Math.min(deps.catalogue.maxWords, keys.length - i); len >= 2; len--) {
      const found = findPhrase(keys.slice(i, i + len), deps);
      if (found) {
        cut();
        pieces.push([{ en: found.entry.en }], []);
        found.entry.sources.forEach((s) => sources.add(s));
        phrases++;
        taken = len;
        break;
      }
    }
    if (taken) { i += taken; continue; }
    const key = keys[i]!;
    if (isProperName(shown, i, deps.lookup)) {
      cut();
      pieces.push([{ en: shown[i]!, kept: true }], []);
      glossed++;
      i++;
      continue;
    }
    const functionWord = functionWordGloss(key);
    if (functionWord !== undefined) {
      cut();
      if (functionWord) pieces.push([{ en: functionWord, preposition: PREPOSITIONS.has(key) }], []);
      glossed++;
      i++;
      continue;
    }
    const form = analyseForm(key, deps.lookup);
    // Noun unless the form is only an adjective, or could be one before a noun.
    const nextIsNoun = i + 1 < keys.length && analyseForm(keys[i + 1]!, deps.lookup).noun;
    const role: 'noun' | 'adj' | 'other' = form.adj && (!form.noun || nextIsNoun) ? 'adj' : form.noun ? 'noun' : 'other';
    // The catalogue's interface sense ("Komentarze" → "Comments") when sources agree or it is hand-written;
    // a single mined source may be another domain's sense ("Mapa" → "Roadmap"), so the dictionary goes first then.
    let single = findPhrase([key], deps);
    // Another form of the verb is another word for the interface: "Dołączył" (Joined) does not gloss "Dołącz" (Join).
    if (single?.byLemma && form.verb && deps.lookup) {
      const entryMoods = analyseForm(single.entry.pl.toLowerCase(), deps.lookup).moods;
      if (![...form.moods].some((m) => entryMoods.has(m))) single = null;
    }
    // Through a lemma the entry may be in another number: a singular entry ("Przekąska" → "Snack") is put in
    // the page's number by the English ordering, as a dictionary word is ("przekąski" → "snacks", but
    // genitive modifiers stay singular); a plural entry is made singular for a singular form.
    let singleEn = single?.entry.en;
    let numberFree = false;
    if (single?.byLemma && deps.lookup) {
      const agreed = agreeWithForm([key], single.entry.pl, single.entry.en, deps.lookup, (e) => { numberFree = true; return e; });
      if (agreed) singleEn = agreed;
    }
    // A verb the catalogue holds in this very form, in plain words the dictionary does not contradict
    // ("Przejdź" → "Go"); nouns keep the dictionary first, as one source's noun may be another domain's sense.
    const trusted = single && (single.entry.sources.length > 1 || single.entry.sources.some((s) => s.startsWith('glosa-'))
      || (!single.byLemma && form.verb && !form.noun && /^[\p{L} '-]+$/u.test(single.entry.en) && !!deps.lookup && !doubtfulEntry(single.entry, deps.catalogue, deps.lookup)));
    const dictionary = trusted ? null : glossWord(key, deps, role === 'other' ? (form.verb ? 'verb' : undefined) : role, form.lemmas);
    let en: string;
    // Inside a longer label, the sense the catalogue's phrases give the word, when they clearly disagree with its one-word entry.
    const inPhrase = single && keys.length > 1 && deps.lookup ? senseInPhrases(key, single.entry.en, deps.catalogue, deps.lookup) : null;
    if (inPhrase) {
      en = inPhrase;
      numberFree = true;
      singleEn = inPhrase;
      sources.add(DICTIONARY_SOURCE);
    } else if (trusted || (single && dictionary === null)) {
      en = singleEn!;
      single!.entry.sources.forEach((s) => sources.add(s));
    } else if (dictionary !== null) {
      en = dictionary;
      sources.add(DICTIONARY_SOURCE);
    } else {
      en = shown[i]!;
      glossed--;
    }
    glossed++;
    const fromDictionary = en === dictionary;
    // A passive participle glossed by its verb's sense: "powiązane" → "related", not "relate".
    if (fromDictionary && form.participle && role === 'adj' && !hasAdjectiveEntry(key, deps)) en = pastParticiple(en);
    // A first- or second-person verb carries its subject: "Akceptuję" → "I accept", "Jesteś" → "you are".
    if (form.person && role === 'other' && form.verb && en !== shown[i] && !SUBJECT_PRONOUNS.has(keys[i - 1] ?? '') && /^\p{Ll}/u.test(en) && !/^(i|we|you)\s/iu.test(en)) {
      en = withSubject(form.person, en);
      cut();
      pieces.push([{ en, kept: true }], []);
      i++;
      continue;
    }
    // A catalogue word is already in the number the interface used.
    if (en) pieces[pieces.length - 1]!.push({ en, word: { form, role, fixedNumber: !fromDictionary && !(numberFree && en === singleEn) } });
    i++;
  }
  if (phrases + glossed === 0) return null;
  // Catalogue pieces are capitalised labels; inside a composed gloss they are lowercased before ordering,
  // and the string's own capital is restored by the caller.
  for (const run of pieces) for (const p of run) if (!p.kept) p.en = matchInitialCase('x', p.en);
  // The case after a preposition is governed; after "i", "oraz" the label's own case stands.
  const words = pieces.flatMap((run, n) => (run.length && run[0]!.word ? orderRun(run, n > 0 && !!pieces[n - 1]![0]?.preposition) : run.map((p) => p.en)));
  return {
    text: '',
    translation: words.join(' '),
    approximate: true,
    sources: [...sources].sort(),
    match: phrases > 0 ? 'phrase' : 'word-by-word',
  };
}
