// Node host of the dictionaries: reads resources/dictionaries/, gunzips the dictzip files (dictzip is gzip
// with a random-access table in an extra field, so plain gunzip reads it whole) and hands bytes and strings to
// the core readers. No electron import: the CLI and the bench use it too. Loaded once, on first use.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { openDictd } from '../core/dictionary/dictd';
import { createLookupService, type LookupService } from '../core/dictionary/lookup';
import { parseReverseIndex } from '../core/dictionary/reverse-index';
import { createEnglishMorphology } from '../core/morphology/english';
import { MorfologikDictionary, parseMorfologikInfo } from '../core/morphology/morfologik';

export type { LookupService };

const gunzipAsync = promisify(gunzip);

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

async function readLookupService(dir: string): Promise<LookupService> {
  const text = (path: string): Promise<string> => readFile(join(dir, path), 'utf8');
  // gunzip runs on libuv's thread pool: start both now and parse the other files meanwhile.
  const gunzipped = async (path: string): Promise<Uint8Array> => new Uint8Array(await gunzipAsync(await readFile(join(dir, path))));
  const polDict = gunzipped('freedict-pol-eng/freedict-pol-eng.dict.dz');
  const engDict = gunzipped('freedict-eng-pol/freedict-eng-pol.dict.dz');
  const [polIndex, engIndex, reverse, plDict, plInfo, enWords, enExceptions] = await Promise.all([
    text('freedict-pol-eng/freedict-pol-eng.index'),
    text('freedict-eng-pol/freedict-eng-pol.index'),
    text('freedict-pol-eng/freedict-pol-eng.reverse.tsv'),
    readFile(join(dir, 'morfologik-polish/pl.dict')),
    readFile(join(dir, 'morfologik-polish/pl.info'), 'latin1'), // a Java properties file: ISO-8859-1
    text('english-morphology/wordnet-words.tsv'),
    text('english-morphology/wordnet-exceptions.tsv'),
  ]);
  const english = createEnglishMorphology(enWords, enExceptions);
  const polish = new MorfologikDictionary(new Uint8Array(plDict.buffer, plDict.byteOffset, plDict.byteLength), parseMorfologikInfo(plInfo));
  const reverseIndex = parseReverseIndex(reverse);
  const polEng = openDictd('freedict-pol-eng', polIndex, await polDict);
  const engPol = openDictd('freedict-eng-pol', engIndex, await engDict);
  return createLookupService({ polEng, engPol, reverse: reverseIndex, polish, englishLemmas: (word) => english.lemmas(word) });
}
