// English lemmas by WordNet's Morphy (https://wordnet.princeton.edu/documentation/morphy7wn): a form is looked
// up in the exception lists (told → tell, fled → flee, children → child), else each detachment rule of its part
// of speech is tried and a candidate kept when WordNet has it as a base form of that part of speech.
// The data (WordNet 3.0's words with their parts of speech, and its exception lists) comes from the npm package
// wink-lexicon, converted by scripts/fetch-dictionaries.ts into two small text files, because loading
// wink-lemmatizer itself costs about 330 ms of start-up (its 1.9 MB object literal).
import { SortedLines } from '../dictionary/sorted-lines';

/** An English lemma candidate and the part of speech whose rules reached it. */
export interface EnglishLemma {
  lemma: string;
  pos: 'noun' | 'verb' | 'adjective';
}

type Pos = EnglishLemma['pos'];
const POS_LETTER: Record<Pos, string> = { noun: 'n', verb: 'v', adjective: 'a' };

// Morphy's detachment rules, per part of speech: [suffix, replacement].
const RULES: Record<Pos, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ves', 'f'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adjective: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};
const ORDER: Pos[] = ['verb', 'noun', 'adjective'];

export interface EnglishMorphology {
  /** Lemmas of a lowercase form, one per part of speech that yields a different base form. */
  lemmas(form: string): EnglishLemma[];
  /** Is this a WordNet base form? */
  isBase(word: string): boolean;
}

/**
 * `words`: "word<TAB>flags" lines, flags from n/v/a; `exceptions`: "form<TAB>lemma<TAB>n|v|a" lines; both UTF-8
 * sorted for SortedLines (keys hashed over the bytes, nothing parsed when opening).
 */
export function createEnglishMorphology(wordsText: Uint8Array | string, exceptionsText: Uint8Array | string): EnglishMorphology {
  const words = new SortedLines(wordsText);
  const exceptionLines = new SortedLines(exceptionsText);
  const posOf: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adjective' };
  const exceptions = {
    get(form: string): Array<{ lemma: string; pos: Pos }> | undefined {
      const out: Array<{ lemma: string; pos: Pos }> = [];
      for (const value of exceptionLines.getAll(form)) {
        const [lemma, p] = value.split('\t');
        if (lemma && p && posOf[p]) out.push({ lemma, pos: posOf[p]! });
      }
      return out.length > 0 ? out : undefined;
    },
  };
  const isPos = (word: string, pos: Pos): boolean => words.get(word)?.includes(POS_LETTER[pos]) ?? false;

  function lemmaFor(form: string, pos: Pos): string | null {
    const exception = exceptions.get(form)?.find((e) => e.pos === pos);
    if (exception) return exception.lemma;
    for (const [suffix, replacement] of RULES[pos]) {
      if (form.length > suffix.length + 1 && form.endsWith(suffix)) {
        const candidate = form.slice(0, -suffix.length) + replacement;
        if (isPos(candidate, pos)) return candidate;
      }
    }
    // Doubled final consonant before -ed/-ing/-er/-est (stopped → stop, biggest → big), as Morphy's exception
    // lists only partly cover it.
    const doubled = /^(.*([bdfgklmnprtvz]))\2(?:ed|ing|er|est)$/.exec(form);
    if (doubled && isPos(doubled[1]!, pos)) return doubled[1]!;
    return null;
  }

  return {
    lemmas(form) {
      const out: EnglishLemma[] = [];
      for (const pos of ORDER) {
        const lemma = lemmaFor(form, pos);
        if (lemma && lemma !== form) out.push({ lemma, pos });
      }
      return out;
    },
    isBase: (word) => words.has(word),
  };
}
