// Node host of the dictionaries: reads the index files of resources/dictionaries/ as bytes (the core readers
// binary-search them as they are, nothing is parsed at load) and reads each dictd definition from its `.dict`
// file by a positional read when asked for. No electron import: the CLI and the bench use it too. Loaded once,
// on first use.
import { openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDictd } from '../core/dictionary/dictd';
import { createLookupService, type LookupService } from '../core/dictionary/lookup';
import { parseReverseIndex } from '../core/dictionary/reverse-index';
import { createEnglishMorphology } from '../core/morphology/english';
import { MorfologikDictionary, parseMorfologikInfo } from '../core/morphology/morfologik';

export type { LookupService };

/** <repo>/resources, from this file's place in src/main/ (or out/main/ once built). */
export function defaultResourcesDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');
}

const cache = new Map<string, Promise<LookupService>>();

/** The lookup service over every dictionary under `resourcesDir`; loaded once per directory and cached. */
export function loadLookupService(resourcesDir: string = defaultResourcesDir()): Promise<LookupService> {
  let service = cache.get(resourcesDir);
  if (!service) {
    service = readLookupService(join(resourcesDir, 'dictionaries'));
    service.catch(() => cache.delete(resourcesDir)); // a failed load may be retried
    cache.set(resourcesDir, service);
  }
  return service;
}

/** A reader of [offset, offset + length) of a file, kept open for the process's lifetime (dictd `.dict` text). */
function positionalReader(path: string): (offset: number, length: number) => Uint8Array {
  const fd = openSync(path, 'r');
  return (offset, length) => {
    const bytes = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, bytes, done, length - done, offset + done);
      if (n === 0) throw new Error(`${path}: ${offset + length} is past the end of the file`);
      done += n;
    }
    return bytes;
  };
}

async function readLookupService(dir: string): Promise<LookupService> {
  const bytes = async (path: string): Promise<Uint8Array> => {
    const buffer = await readFile(join(dir, path));
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  };
  const [polIndex, engIndex, reverse, plDict, plInfo, enWords, enExceptions] = await Promise.all([
    bytes('freedict-pol-eng/freedict-pol-eng.sorted.index'),
    bytes('freedict-eng-pol/freedict-eng-pol.sorted.index'),
    bytes('freedict-pol-eng/freedict-pol-eng.reverse.tsv'),
    bytes('morfologik-polish/pl.dict'),
    readFile(join(dir, 'morfologik-polish/pl.info'), 'latin1'), // a Java properties file: ISO-8859-1
    bytes('english-morphology/wordnet-words.tsv'),
    bytes('english-morphology/wordnet-exceptions.tsv'),
  ]);
  const english = createEnglishMorphology(enWords, enExceptions);
  const polish = new MorfologikDictionary(plDict, parseMorfologikInfo(plInfo));
  const polEng = openDictd('freedict-pol-eng', polIndex, positionalReader(join(dir, 'freedict-pol-eng/freedict-pol-eng.dict')));
  const engPol = openDictd('freedict-eng-pol', engIndex, positionalReader(join(dir, 'freedict-eng-pol/freedict-eng-pol.dict')));
  const sources = { polEng, engPol, reverse: parseReverseIndex(reverse), polish, englishLemmas: (word: string) => english.lemmas(word) };
  warmUp(createLookupService(sources));
  return createLookupService(sources);
}

// Words (none on the sample page) that take every path of a lookup: Polish forms, perfective partners, the
// diacritic fallback, phrases, English irregular forms, derivations, compounds, the reverse index, both languages
// guessed. A first lookup in a fresh process costs milliseconds (regular expressions compiled, code not yet
// optimised); running these on a throwaway service at load makes the reader's first words as fast as later ones.
const WARM_UP = [
  'przeczytana', 'sąsiadowi', 'Udostępnij', 'zolw', 'napisane', 'Zobacz więcej', 'drukarka',
  'went', 'swam', 'farmers', 'quickly', 'bookshelf', 'mice', 'biggest', 'abandoned', 'singing', 'kg', 'look up',
];

function warmUp(service: LookupService): void {
  for (const text of WARM_UP) {
    service.lookup({ text, lang: 'auto' });
    service.lemmas(text, 'en');
  }
}
