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
      if (functionWord) pieces.push([{ en: functionWord }], []);
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
    const single = findPhrase([key], deps);
    const trusted = single && (single.entry.sources.length > 1 || single.entry.sources.some((s) => s.startsWith('glosa-')));
    const dictionary = trusted ? null : glossWord(key, deps, role === 'other' ? (form.verb ? 'verb' : undefined) : role, form.lemmas);
    let en: string;
    // Inside a longer label, the sense the catalogue's phrases give the word, when they clearly disagree with its one-word entry.
    const inPhrase = single && keys.length > 1 && deps.lookup ? senseInPhrases(key, single.entry.en, deps.catalogue, deps.lookup) : null;
    if (inPhrase) {
      en = inPhrase;
      sources.add(DICTIONARY_SOURCE);
    } else if (trusted || (single && dictionary === null)) {
      en = single!.entry.en;
      single!.entry.sources.forEach((s) => sources.add(s));
    } else if (dictionary !== null) {
      en = dictionary;
      sources.add(DICTIONARY_SOURCE);
    } else {
      en = shown[i]!;
      glossed--;
    }
    glossed++;
    // A catalogue word is already in the number the interface used.
    if (en) pieces[pieces.length - 1]!.push({ en, word: { form, role, fixedNumber: en !== dictionary } });
    i++;
  }
  if (phrases + glossed === 0) return null;
  // Catalogue pieces are capitalised labels; inside a composed gloss they are lowercased before ordering,
  // and the string's own capital is restored by the caller.
  for (const run of pieces) for (const p of run) if (!p.kept) p.en = matchInitialCase('x', p.en);
  const words = pieces.flatMap((run, n) => (run.length && run[0]!.word ? orderRun(run, n > 0 && !!pieces[n - 1]!.length && !pieces[n - 1]![0]!.word) : run.map((p) => p.en)));
  return {
    text: '',
    translation: words.join(' '),
    approximate: true,
    sources: [...sources].sort(),
    match: phrases > 0 ? 'phrase' : 'word-by-word',
  };
}
