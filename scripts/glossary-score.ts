// Prints the phrase catalogue's size and sources, and the share of the interface-string test set
// translated correctly, listing the misses.
//   npm run glossary-score [-- [TEST_SET.tsv] [--no-dictionaries] [--no-misses] [--without-site-chrome]]
//   npm run glossary-score -- --gold ../shared/fixtures/polish-pages/gold.json [--review FILE] [--list]
// The test set defaults to test/fixtures/glossary/interface-strings.tsv; --no-misses keeps a held-out
// set's misses unseen (test/fixtures/glossary/held-out.tsv is measured, never tuned on).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadLookupService } from '../src/node/dictionaries';
import { loadCatalogue } from '../src/node/catalogue';
import { parseTestSet, scoreTestSet } from './glossary/score-test-set';
import { scoreGold } from './glossary/gold-report';

const goldArg = process.argv.indexOf('--gold');
if (goldArg > 0) {
  await scoreGold(process.argv.slice(goldArg + 1));
  process.exit(0);
}

const fileArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const testSet = fileArg
  ? resolve(fileArg)
  : fileURLToPath(new URL('../test/fixtures/glossary/interface-strings.tsv', import.meta.url));
const catalogue = await loadCatalogue(undefined, { withoutSiteChrome: process.argv.includes('--without-site-chrome') });
const lookup = process.argv.includes('--no-dictionaries') ? undefined : await loadLookupService();

console.log(`catalogue: ${catalogue.entries.size} phrases, ${catalogue.wholeStrings.size} desktop-only (whole strings)`);
for (const [source, count] of Object.entries(catalogue.sourceCounts).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${source.padEnd(18)} ${count}`);
}
console.log(`dictionaries: ${lookup ? 'loaded' : 'not used (catalogue only)'}`);

const cases = parseTestSet(await readFile(testSet, 'utf8'));
const { scored, share } = scoreTestSet(cases, { catalogue, lookup });
const misses = scored.filter((s) => !s.correct);
console.log(`\ntest set ${testSet}: ${scored.length} strings, ${scored.length - misses.length} correct (${(share * 100).toFixed(1)}%)`);
const byMatch: Record<string, number> = {};
for (const s of scored) byMatch[s.gloss?.match ?? 'none'] = (byMatch[s.gloss?.match ?? 'none'] ?? 0) + 1;
console.log(`matched by: ${Object.entries(byMatch).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (misses.length && !process.argv.includes('--no-misses')) {
  console.log('\nmisses:');
  for (const m of misses) {
    const got = m.gloss ? `${m.gloss.translation}${m.gloss.approximate ? ' (approximate)' : ''} [${m.gloss.match}]` : '(not taken as Polish)';
    console.log(`  ${m.text} → ${got}; accepted: ${m.accepted.join(' | ')}`);
  }
}
console.log(JSON.stringify({ catalogueSize: catalogue.entries.size, testStrings: scored.length, correctShare: Number(share.toFixed(3)) }));
