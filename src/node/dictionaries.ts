// Node host of the dictionaries: reads the indexes of resources/dictionaries/ as bytes (the core readers hash
// their keys when opening them, nothing is parsed at load): FreeDict's entries already parsed from its dictd
// files (entry-table.ts), the reverse index, Morfologik's automaton and WordNet's lists. The texts the dictd
// indexes point into (19 MB of JSON) stay on disk and are read by position when a key is asked for: reading them
// whole costs 50–80 ms and 19 MB, and measured slower lookups after it (npm run bench), not faster. No electron
// import: the CLI and the bench use it too. Loaded once, on first use.
import { openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openEntryTable } from '../core/dictionary/entry-table';
import { withContext } from '../core/dictionary/context-rank';
import { createLookupService, type LookupService, type LookupSources } from '../core/dictionary/lookup';
import { openReverseIndex } from '../core/dictionary/reverse-index';
import { createEnglishMorphology } from '../core/morphology/english';
import { MorfologikDictionary, parseMorfologikInfo } from '../core/morphology/morfologik';
import { defaultResourcesDir } from './resources';

export type { LookupService };


interface Loaded {
  service: LookupService;
  sources: LookupSources;
}

const loaded = new Map<string, Promise<Loaded>>();

function load(resourcesDir: string): Promise<Loaded> {
  let entry = loaded.get(resourcesDir);
  if (!entry) {
    entry = readLookupSources(join(resourcesDir, 'dictionaries')).then((sources) => ({ service: withContext(createLookupService(sources)), sources }));
    entry.catch(() => loaded.delete(resourcesDir)); // a failed load may be retried
    loaded.set(resourcesDir, entry);
  }
  return entry;
}

/**
 * The lookup service over every dictionary under `resourcesDir`; loaded once per directory and cached. It
 * answers at once; the app then starts warmUpLookupService, the CLI has no use for it.
 */
export async function loadLookupService(resourcesDir: string = defaultResourcesDir()): Promise<LookupService> {
  return (await load(resourcesDir)).service;
}

const warmedUp = new Map<string, Promise<void>>();

/**
 * Starts, once per directory, the warm-up lookups that make first-time lookups fast, in slices that leave the
 * event loop free; resolves when they are done.
 */
export function warmUpLookupService(resourcesDir: string = defaultResourcesDir()): Promise<void> {
  let done = warmedUp.get(resourcesDir);
  if (!done) {
    done = load(resourcesDir).then(({ service, sources }) => warmUp(service, sources));
    warmedUp.set(resourcesDir, done);
  }
  return done;
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

// After load, in the background, lookups run the service's code until V8 has compiled and optimised it: in a
// fresh process a first lookup otherwise runs in the interpreter or in baseline code, several times slower (and
// compiles each regular expression on first use). V8 optimises the lookup functions only after a few thousand
// calls each (as measured with Node 20's V8 11.3, which runs the CLI and the tests; Electron's main process has a
// newer V8 of its own, whose tiering thresholds may differ), so this is 10 rounds of about 270 words; they also grow the heap to its working size,
// so that first-time lookups later do not fault in fresh pages. They run on the service itself, whose caches are
// cleared after each round: V8 keeps optimised code per function object, and the service's functions are closures
// of its own. The words: these forms (none on the sample page) that take every path of a lookup (Polish inflected
// forms, perfective partners, the diacritic fallback, phrases, English irregular forms, derivations, compounds,
// the reverse index, both languages guessed), and headwords spread evenly over each dictionary (any headword:
// some may be on a page being read, but no cached result of the warm-up is left). The work is done in slices, so
// that the event loop keeps turning: lookups asked for meanwhile are answered between slices.
export const WARM_UP_FORMS = [
  'przeczytana', 'sąsiadowi', 'Udostępnij', 'zolw', 'napisane', 'Czytaj dalej', 'drukarka',
  'went', 'swam', 'farmers', 'quickly', 'bookshelf', 'mice', 'biggest', 'abandoned', 'singing', 'kg', 'look after',
  'książki', 'domu', 'ludziom', 'pisała', 'zrobiliśmy', 'miastach', 'czytając', 'powiedziano', 'najlepszy', 'dzieci',
  'pracowników', 'wiadomości', 'rządu', 'kobiety', 'szybko', 'zamknięte', 'otwarta', 'wybory', 'prezydenta', 'dniach',
  'latach', 'mówił', 'poszła', 'zobaczył', 'przyjechali', 'children', 'written', 'better', 'running', 'houses', 'took',
  'thought', 'women', 'studies', 'happily', 'governments', 'elections', 'announced', 'villages', 'troops', 'attacked',
  'bigger', 'brought', 'says', 'wolves', 'boxes', 'teachers', 'kindness', 'Main Street', 'o', 'i', 'na', 'nor', 'or',
  // Capitalised Polish imperatives (page chrome), English agent nouns only derivation finds, names no dictionary
  // has (every fallback runs), abbreviations.
  'Zapisz', 'Drukuj', 'Kopiuj', 'Szukaj', 'campaigners', 'marchers', 'Hendricks', 'Kowalczykowa', 'Ashworth', 'BBC',
  // Function words with long numbered entries (the display's cleaning and the function-word table), words only
  // a derivation of the display finds (an English adverb, a Polish adjective and adverb).
  'upon', 'whom', 'shall', 'onto', 'among', 'might', 'lecz', 'przez', 'dla', 'inevitably', 'unijny', 'zupełnie',
];
// 100 headwords per dictionary and 10 rounds: about 2,700 lookups (and as many lemma queries), 250 ms in the
// background. 3 rounds leave the first page's lookups 1.5× slower at the median and 2× at p99; 15 gain nothing
// measurable (npm run bench: dict_warm_ms and lookup_*).
const WARM_UP_HEADWORDS = 100;
const WARM_UP_ROUNDS = 10;
const SLICE_MS = 8;

/** The words of the warm-up: the forms above and headwords spread over each FreeDict dictionary. */
export function warmUpWords(sources: LookupSources): string[] {
  return [...WARM_UP_FORMS, ...sources.engPol.sampleKeys(WARM_UP_HEADWORDS), ...sources.polEng.sampleKeys(WARM_UP_HEADWORDS)];
}

async function warmUp(service: LookupService, sources: LookupSources): Promise<void> {
  const words = warmUpWords(sources);
  let sliceStart = performance.now();
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const text of words) {
      service.lookup({ text, lang: 'auto' });
      service.lemmas(text, 'en');
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    service.clearCache();
  }
}

