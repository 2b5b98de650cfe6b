// Regenerates resources/dictionaries/ from Debian packages (run as root or with apt access):
//   npx tsx scripts/fetch-dictionaries.ts
// dict-freedict-pol-eng, dict-freedict-eng-pol: dictd .index + .dict.dz, stored as .dict (gunzipped) +
// .sorted.index (the index sorted by UTF-8 bytes for SortedLines), and from them the entries already parsed
// (.entries.index + .entries.dict, src/core/dictionary/entry-table.ts, senses cleaned for display as
// src/core/dictionary/clean-entries.ts says), which the app reads;
// libmorfologik-stemming-java: morfologik-polish.jar → pl.dict + pl.info;
// then the English → Polish reverse index of pol-eng's translations (src/core/dictionary/reverse-index.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { openDictd, sortDictdIndex, type DictdDatabase } from '../src/core/dictionary/dictd';
import { buildEntryTable } from '../src/core/dictionary/entry-table';
import { engPolEntries, polEngEntries } from '../src/core/dictionary/freedict-entries';
import { buildReverseIndex } from '../src/core/dictionary/reverse-index';
import { sortLinesByKey } from '../src/core/dictionary/sorted-lines';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'resources', 'dictionaries');
const work = mkdtempSync(join(tmpdir(), 'glosa-dict-'));

function run(cmd: string, args: string[], cwd = work): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Download and unpack one Debian package; returns its version. */
function fetchDeb(name: string): string {
  run('apt-get', ['download', name]);
  const deb = readdirSync(work).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'))!;
  run('dpkg', ['-x', deb, join(work, 'x')]);
  return run('dpkg-deb', ['-f', deb, 'Version']).trim();
}

/**
 * WordNet's base words (with parts of speech) and exception lists, from the npm package wink-lexicon (a
 * dependency of wink-lemmatizer), as two text files that load in milliseconds (src/core/morphology/english.ts).
 */
function writeEnglishMorphology(dir: string): void {
  const require = createRequire(join(root, 'package.json'));
  const lexiconDir = dirname(require.resolve('wink-lexicon/package.json'));
  const version = (JSON.parse(readFileSync(join(lexiconDir, 'package.json'), 'utf8')) as { version: string }).version;
  const load = <T>(name: string): T => require(join(lexiconDir, 'src', name)) as T;
  const words = load<Record<string, number>>('wn-words.js');
  const senses = load<number[][]>('wn-word-senses.js');
  // wn-senses.js lists WordNet's lexicographer files: 0-1 adj.*, 2 adv.all, 3-28 noun.*, 29-43 verb.*, 44 adj.ppl.
  const flagsOf = (ids: number[]): string =>
    (ids.some((k) => k > 2 && k < 29) ? 'n' : '') + (ids.some((k) => k > 28 && k < 44) ? 'v' : '') +
    (ids.some((k) => k < 2 || k === 44) ? 'a' : '');
  const lines: string[] = [];
  for (const [word, index] of Object.entries(words)) {
    const flags = flagsOf(senses[index] ?? []);
    if (flags) lines.push(`${word}\t${flags}`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'wordnet-words.tsv'), sortLinesByKey(lines.sort()).join('\n') + '\n');
  const exceptions: string[] = [];
  for (const [file, pos] of [['wn-noun-exceptions.js', 'n'], ['wn-verb-exceptions.js', 'v'], ['wn-adjective-exceptions.js', 'a']]) {
    for (const [form, lemma] of Object.entries(load<Record<string, string>>(file!))) exceptions.push(`${form}\t${lemma}\t${pos}`);
  }
  writeFileSync(join(dir, 'wordnet-exceptions.tsv'), sortLinesByKey(exceptions.sort()).join('\n') + '\n');
  copyFileSync(join(lexiconDir, 'LICENSE'), join(dir, 'LICENSE'));
  readme(dir, `
# english-morphology

WordNet 3.0's base words with their parts of speech (\`wordnet-words.tsv\`: word, then n/v/a) and its morphological
exception lists (\`wordnet-exceptions.tsv\`: form, lemma, n/v/a), both sorted by the UTF-8 bytes of the first
column (a key's lines together), converted from the npm package
\`wink-lexicon\` version ${version} (https://github.com/winkjs/wink-lexicon, MIT licence, in LICENSE), which derives
them from Princeton WordNet 3.0 (https://wordnet.princeton.edu/, WordNet 3.0 licence: free use, copy and
distribution with the copyright notice "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.").
Regenerate with \`npx tsx scripts/fetch-dictionaries.ts\`.
`);
}

/** A built dictd database as `<base>.index` and `<base>.dict`. */
function writeTable(dir: string, base: string, table: { index: string; text: string }): void {
  writeFileSync(join(dir, `${base}.index`), table.index);
  writeFileSync(join(dir, `${base}.dict`), table.text);
}

function readme(dir: string, text: string): void {
  writeFileSync(join(dir, 'README.md'), text.trim() + '\n');
}

try {
  // The original dictd indexes, kept only while this script runs: the reverse index is built in their key order.
  const originalIndex = new Map<string, string>();
  for (const [pkg, name, licence] of [
    ['dict-freedict-pol-eng', 'freedict-pol-eng', 'Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0)'],
    ['dict-freedict-eng-pol', 'freedict-eng-pol', 'GNU GPL 3.0 or later (application); text also under the GNU FDL 1.2 or later'],
  ] as const) {
    const version = fetchDeb(pkg);
    const dir = join(out, name);
    mkdirSync(dir, { recursive: true });
    const source = join(work, 'x/usr/share/dictd', name);
    const indexText = readFileSync(source + '.index', 'utf8');
    originalIndex.set(name, indexText);
    writeFileSync(join(dir, name + '.sorted.index'), sortDictdIndex(indexText));
    writeFileSync(join(dir, name + '.dict'), gunzipSync(readFileSync(source + '.dict.dz')));
    for (const stale of ['.index', '.dict.dz']) if (existsSync(join(dir, name + stale))) rmSync(join(dir, name + stale));
    writeTable(dir, `${name}.entries`, buildEntryTable(
      openDictd(name, readFileSync(join(dir, name + '.sorted.index')), readFileSync(join(dir, name + '.dict'))),
      name === 'freedict-eng-pol' ? engPolEntries : polEngEntries,
    ));
    copyFileSync(join(work, 'x/usr/share/doc', pkg, 'copyright'), join(dir, 'LICENSE'));
    readme(dir, `
# ${name}

FreeDict ${name} from the Debian package \`${pkg}\` version ${version} (upstream: https://freedict.org/,
https://github.com/freedict/fd-dictionaries), in dictd format with two changes that make a lookup cheap
(src/core/dictionary/dictd.ts): \`${name}.dict\` is the package's \`${name}.dict.dz\` gunzipped (dictd reads
uncompressed \`.dict\` files too), and \`${name}.sorted.index\` is its \`${name}.index\` (same lines:
key, base64 offset, base64 length) sorted by the UTF-8 bytes of the key (a key's lines together), without the
\`00database…\` entries. \`${name}.entries.index\` and \`${name}.entries.dict\` are derived from them: a dictd
database whose definition under each key is the JSON of that key's entries as src/core/dictionary/freedict-entries.ts
parses them, with their senses cleaned for display (numbering, IPA, markup and example phrases taken out:
src/core/dictionary/clean-entries.ts; src/core/dictionary/entry-table.ts); Glosa reads these, so a lookup parses
JSON instead of text.
Licence: ${licence}; the full terms are in LICENSE (Debian's copyright file).
Regenerate with \`npx tsx scripts/fetch-dictionaries.ts\`.
`);
  }

  const morfVersion = fetchDeb('libmorfologik-stemming-java');
  const jarDir = join(work, 'jar');
  mkdirSync(jarDir);
  run('unzip', ['-q', join(work, 'x/usr/share/java/morfologik-polish.jar'), 'morfologik/dictionaries/*', '-d', jarDir]);
  const morfDir = join(out, 'morfologik-polish');
  mkdirSync(morfDir, { recursive: true });
  for (const f of ['pl.dict', 'pl.info', 'pl.README-en']) copyFileSync(join(jarDir, 'morfologik/dictionaries', f), join(morfDir, f));
  copyFileSync(join(work, 'x/usr/share/doc/libmorfologik-stemming-java/copyright'), join(morfDir, 'LICENSE'));
  readme(morfDir, `
# morfologik-polish

Morfologik's Polish morphological dictionary ("2.0 PoliMorf", CFSA2 automaton \`pl.dict\` with its metadata
\`pl.info\`), taken from \`morfologik-polish.jar\` in the Debian package \`libmorfologik-stemming-java\` version
${morfVersion} (upstream: https://github.com/morfologik/morfologik-stemming, http://morfologik.blogspot.com).
Licence: BSD (the dictionary's own terms are in pl.info and pl.README-en; the package's in LICENSE).
Regenerate with \`npx tsx scripts/fetch-dictionaries.ts\`.
`);

  // The reverse index is derived from pol-eng, so it shares pol-eng's licence (CC BY-SA 3.0).
  const polDir = join(out, 'freedict-pol-eng');
  const opened = openDictd(
    'freedict-pol-eng',
    readFileSync(join(polDir, 'freedict-pol-eng.sorted.index')),
    readFileSync(join(polDir, 'freedict-pol-eng.dict')),
  );
  // Keys in the original index's order: candidates of equal rank keep the order they had in pol-eng.
  const originalKeys = new Set<string>();
  for (const line of originalIndex.get('freedict-pol-eng')!.split('\n')) {
    const key = line.slice(0, line.indexOf('\t'));
    if (key && line.includes('\t') && !key.startsWith('00database')) originalKeys.add(key);
  }
  const polEng: DictdDatabase = { ...opened, keys: () => originalKeys.values() };
  writeTable(polDir, 'freedict-pol-eng.reverse', buildReverseIndex(polEng));
  rmSync(join(polDir, 'freedict-pol-eng.reverse.tsv'), { force: true });
  writeFileSync(join(polDir, 'README.md'), readFileSync(join(polDir, 'README.md'), 'utf8') + `
\`freedict-pol-eng.reverse.index\` and \`freedict-pol-eng.reverse.dict\` are derived from it (a dictd database:
English translation → pol-eng headwords as JSON, best first) by src/core/dictionary/reverse-index.ts, under the
same licence.
`);
  writeEnglishMorphology(join(out, 'english-morphology'));
  console.log(`resources/dictionaries regenerated in ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
