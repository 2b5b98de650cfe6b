// `glosa gloss [--json] TEXT...`: translates Polish interface strings with the phrase catalogue,
// glossing word by word from the dictionaries (marked approximate) when no catalogue phrase fits; --json
// gives how each was matched and, for a word-by-word gloss, its words in the Polish order with lemma and sense.
import { translateInterfaceString } from '../../core/glossary/glossary';
import { loadLookupService } from '../../node/dictionaries';
import { loadCatalogue } from '../../node/catalogue';
import type { Command } from '../command';
import { parseArgs, UsageError } from '../io';

export const command: Command = {
  summary: 'translate Polish interface strings ("Wersja do druku" → "Printable version")',
  usage: 'glosa gloss [--json] [--no-dictionaries] TEXT...',
  async run(argv, io) {
    const { flags, words } = parseArgs(argv, { switches: ['json', 'no-dictionaries'] });
    if (words.length === 0) throw new UsageError('give at least one TEXT to translate');
    const catalogue = await loadCatalogue();
    const lookup = flags.has('no-dictionaries') ? undefined : await loadLookupService();
    const results = words.map((text) => {
      const gloss = translateInterfaceString(text, { catalogue, lookup });
      // Not Polish: kept in the output (so positions match the arguments) with no translation.
      return gloss
        ? { text, translation: gloss.translation, approximate: gloss.approximate, sources: gloss.sources, match: gloss.match, ...(gloss.words ? { words: gloss.words } : {}) }
        : { text, translation: null, approximate: false, sources: [] as string[] };
    });
    if (flags.has('json')) io.out(JSON.stringify(results, null, 2));
    else {
      for (const r of results) {
        const mark = 'match' in r && r.match === 'word-by-word' ? '  (word by word)' : r.approximate ? '  (approximate)' : '';
        io.out(r.translation === null ? `${r.text} → (not Polish)` : `${r.text} → ${r.translation}${mark}`);
      }
    }
    return 0;
  },
};
