// Node host of the dictionaries: reads the indexes of resources/dictionaries/ as bytes (the core readers
// binary-search them as they are, nothing is parsed at load): FreeDict's entries already parsed from its dictd
// files (entry-table.ts), the reverse index, Morfologik's automaton and WordNet's lists. The texts the dictd
// indexes point into (19 MB of JSON) stay on disk and are read by position when a key is asked for: reading them
// whole would double the load time for the few kilobytes a reading session uses. No electron import: the CLI
// and the bench use it too. Loaded once, on first use.
import { openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEntryTable } from '../core/dictionary/entry-table';
import { createLookupService, type LookupService, type LookupSources } from '../core/dictionary/lookup';
import { openReverseIndex } from '../core/dictionary/reverse-index';
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

/**
 * A reader of [offset, offset + length) of a file kept open for the process's lifetime. It reads into one
 * reused buffer: the bytes are valid until the next read (the dictd reader decodes them at once).
 */
function positionalReader(path: string): (offset: number, length: number) => Uint8Array {
  const fd = openSync(path, 'r');
  let buffer = new Uint8Array(16384);
  return (offset, length) => {
    if (buffer.length < length) buffer = new Uint8Array(length * 2);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, buffer, done, length - done, offset + done);
      if (n === 0) throw new Error(`${path}: ${offset + length} is past the end of the file`);
      done += n;
    }
    return buffer.subarray(0, length);
  };
}

/** The dictionaries and morphologies under `dir`, opened (the lookup service's sources). */
export async function readLookupSources(dir: string): Promise<LookupSources> {
  const bytes = async (path: string): Promise<Uint8Array> => {
    const buffer = await readFile(join(dir, path));
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  };
  const [polIndex, engIndex, reverseIndex, plDict, plInfo, enWords, enExceptions] = await Promise.all([
    bytes('freedict-pol-eng/freedict-pol-eng.entries.index'),
    bytes('freedict-eng-pol/freedict-eng-pol.entries.index'),
    bytes('freedict-pol-eng/freedict-pol-eng.reverse.index'),
    bytes('morfologik-polish/pl.dict'),
    readFile(join(dir, 'morfologik-polish/pl.info'), 'latin1'), // a Java properties file: ISO-8859-1
    bytes('english-morphology/wordnet-words.tsv'),
    bytes('english-morphology/wordnet-exceptions.tsv'),
  ]);
  const english = createEnglishMorphology(enWords, enExceptions);
  const polish = new MorfologikDictionary(plDict, parseMorfologikInfo(plInfo));
  const text = (path: string) => positionalReader(join(dir, path));
  const polEng = openEntryTable('freedict-pol-eng', polIndex, text('freedict-pol-eng/freedict-pol-eng.entries.dict'));
  const engPol = openEntryTable('freedict-eng-pol', engIndex, text('freedict-eng-pol/freedict-eng-pol.entries.dict'));
  const reverse = openReverseIndex(reverseIndex, text('freedict-pol-eng/freedict-pol-eng.reverse.dict'));
  return { polEng, engPol, reverse, polish, englishLemmas: (word: string) => english.lemmas(word) };
}

async function readLookupService(dir: string): Promise<LookupService> {
  const sources = await readLookupSources(dir);
  warmUp(sources);
  return createLookupService(sources);
}

// Words (none on the sample page) that take every path of a lookup: Polish forms, perfective partners, the
// diacritic fallback, phrases, English irregular forms, derivations, compounds, the reverse index, both languages
// guessed. A first lookup in a fresh process costs milliseconds (regular expressions compiled, code not yet
// optimised); running these on a throwaway service at load makes the reader's first words as fast as later ones.
const WARM_UP = [
  'przeczytana', 'sąsiadowi', 'Udostępnij', 'zolw', 'napisane', 'Zobacz więcej', 'drukarka',
  'went', 'swam', 'farmers', 'quickly', 'bookshelf', 'mice', 'biggest', 'abandoned', 'singing', 'kg', 'look up',
  'książki', 'domu', 'ludziom', 'pisała', 'zrobiliśmy', 'miastach', 'czytając', 'powiedziano', 'najlepszy', 'dzieci',
  'pracowników', 'wiadomości', 'rządu', 'kobiety', 'szybko', 'zamknięte', 'otwarta', 'wybory', 'prezydenta', 'dniach',
  'latach', 'mówił', 'poszła', 'zobaczył', 'przyjechali', 'children', 'written', 'better', 'running', 'houses', 'took',
  'thought', 'women', 'studies', 'happily', 'governments', 'elections', 'announced', 'villages', 'soldiers', 'attacked',
  'bigger', 'brought', 'says', 'wolves', 'boxes', 'teachers', 'kindness', 'Main Street', 'o', 'i', 'na', 'and', 'or',
];

const WARM_UP_ROUNDS = 4;

function warmUp(sources: LookupSources): void {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    const service = createLookupService(sources);
    for (const text of WARM_UP) {
      service.lookup({ text, lang: 'auto' });
      service.lemmas(text, 'en');
    }
  }
}
