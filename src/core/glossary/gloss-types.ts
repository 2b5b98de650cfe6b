// What the glossary's modules share: the data they read and the gloss they produce.
import type { WordGloss } from '../../shared/types';
import type { LookupService } from '../dictionary/lookup';
import type { Catalogue } from './catalogue';

/** The lemmas of the page's own article (see page-sense.ts): which sense a polysemous word has there. */
export interface PageVocabulary { lemmas: ReadonlySet<string> }

export interface GlossaryDeps {
  catalogue: Catalogue;
  lookup?: LookupService;
  page?: PageVocabulary;
}

/** How a translation was reached, best first. */
export type GlossMatch = 'exact' | 'normalised' | 'lemma' | 'phrase' | 'word-by-word';

export interface Gloss {
  text: string;
  translation: string;
  approximate: boolean;
  sources: string[];
  match: GlossMatch;
  /** Set when match is 'word-by-word': the words in the Polish order with lemma and sense. */
  words?: WordGloss[];
}
