// `npm run coverage`: how much of the seed page the offline dictionaries translate.
//   English: share of word tokens, and of distinct content words, with at least one Polish translation.
//   Polish:  share of word tokens with at least one English translation.
// Lines are split into languages by the core's detectLanguage with dictionary votes.
// Rules: a token is a run of letters (digits and punctuation are not words). Content words exclude the
// function words below and proper names; a proper name is a word that is capitalised in every one of its
// occurrences (Syria, Homs, Assad), or an all-capitals acronym of up to three letters (CNN, HTS). All-capitals
// words of four letters or more are shouting ("NOTHING", "FIGHT") and count as ordinary lowercase words.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../src/core/language';
import { loadLookupService } from '../src/node/dictionaries';
import type { Lang } from '../src/shared/types';
import { letterRunsOf } from '../src/core/text/words';

const FUNCTION_WORDS = new Set(
  ('a an the and or but nor so yet if then than as of to in on at by for from with without into onto over under ' +
    'about above after against along among around before behind below beneath beside between beyond during except ' +
    'inside near off out outside since through throughout till toward towards until up upon within via per ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'this that these those who whom whose which what where when why how there here ' +
    'is am are was were be been being has have had having do does did doing will would shall should can could may ' +
    'might must not no s t d ll re ve m don isn aren wasn weren hasn haven hadn doesn didn won wouldn shouldn couldn').split(' '),
);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = process.argv[2] ?? join(root, 'seeds', 'syria-homs.txt');
const seed = readFileSync(seedPath, 'utf8');
const service = await loadLookupService();

interface Token { word: string; lang: Lang }
const tokens: Token[] = [];
for (const line of seed.split('\n')) {
  const lang = detectLanguage(line, (w, l) => service.knows(w, l));
  if (!lang) continue;
  for (const word of letterRunsOf(line)) tokens.push({ word, lang });
}

const isShouting = (w: string): boolean => w.length >= 4 && w === w.toUpperCase();
const normal = (w: string): string => (isShouting(w) ? w.toLowerCase() : w);
const lowercaseSeen = new Set(tokens.map((t) => normal(t.word)).filter((w) => w[0] === w[0]!.toLowerCase()).map((w) => w.toLowerCase()));
const isProperName = (w: string): boolean => {
  const n = normal(w);
  if (n.length <= 3 && n === n.toUpperCase()) return true;
  return n[0] !== n[0]!.toLowerCase() && !lowercaseSeen.has(n.toLowerCase());
};

const translated = new Map<string, boolean>();
const hasTranslation = (t: Token): boolean => {
  const key = `${t.lang}:${normal(t.word)}`;
  let hit = translated.get(key);
  if (hit === undefined) {
    hit = service.lookup({ text: normal(t.word), lang: t.lang }).entries.length > 0;
    translated.set(key, hit);
  }
  return hit;
};

function report(label: string, items: Token[]): number {
  const misses = items.filter((t) => !hasTranslation(t));
  const share = items.length ? (items.length - misses.length) / items.length : 1;
  console.log(`${label}: ${items.length - misses.length}/${items.length} = ${(share * 100).toFixed(1)}%`);
  if (misses.length) console.log(`  misses: ${[...new Set(misses.map((t) => t.word))].join(', ')}`);
  return share;
}

const en = tokens.filter((t) => t.lang === 'en');
const pl = tokens.filter((t) => t.lang === 'pl');
const seenContent = new Set<string>();
const enContent = en.filter((t) => {
  const w = normal(t.word).toLowerCase();
  if (FUNCTION_WORDS.has(w) || isProperName(t.word) || seenContent.has(w)) return false;
  seenContent.add(w);
  return true;
}).map((t) => ({ ...t, word: normal(t.word).toLowerCase() }));
const properNames = [...new Set(en.filter((t) => isProperName(t.word)).map((t) => t.word))];

console.log(`seed: ${seedPath}`);
const shares = {
  en_tokens: report('English word tokens with a Polish translation', en),
  en_tokens_no_names: report('English word tokens, proper names left out, with a Polish translation', en.filter((t) => !isProperName(t.word))),
  en_content: report('Distinct English content words with a Polish translation', enContent),
  pl_tokens: report('Polish word tokens with an English translation', pl),
};
console.log(`  (proper names left out of content words: ${properNames.join(', ')})`);
console.log(JSON.stringify(Object.fromEntries(Object.entries(shares).map(([k, v]) => [`coverage_${k}`, Number((v * 100).toFixed(1))]))));
