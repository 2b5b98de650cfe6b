// `glossary-score --gold GOLD.json [--review FILE] [--list]`: the development set's report. Prints exact
// matches and the hand review's right / usable / wrong, over all gold strings and over the rows the app's
// glossary lists, split into catalogue (not approximate) and approximate rows; then the outputs that have
// no verdict yet (judge them by hand and add them to the review file), and with --list every non-exact row.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadLookupService } from '../../src/node/dictionaries';
import { loadCatalogue } from '../../src/node/catalogue';
import { formatTally, parseReview, reviewKey, scoreGold as scoreRows, tally, type ScoredRow } from './gold-score';

const DEFAULT_REVIEW = fileURLToPath(new URL('./review.tsv', import.meta.url));

export async function scoreGold(args: string[]): Promise<void> {
  const goldPath = args[0];
  if (!goldPath || goldPath.startsWith('--')) throw new Error('--gold needs the path of gold.json');
  if (!existsSync(goldPath)) {
    console.log(`skipped: ${goldPath} is absent (the shared fixtures are not here)`);
    return;
  }
  const reviewArg = args.indexOf('--review');
  const reviewPath = reviewArg >= 0 ? resolve(args[reviewArg + 1]!) : DEFAULT_REVIEW;
  const review = parseReview(existsSync(reviewPath) ? await readFile(reviewPath, 'utf8') : '');
  const [catalogue, lookup] = await Promise.all([loadCatalogue(), loadLookupService()]);
  const rows = await scoreRows(resolve(goldPath), { catalogue, lookup }, review);

  const listed = rows.filter((r) => r.listed);
  const report = (label: string, subset: ScoredRow[]): void => console.log(formatTally(label, tally(subset)));
  console.log(`catalogue: ${catalogue.entries.size} phrases, ${catalogue.wholeStrings.size} desktop-only (whole strings); review: ${review.size} verdicts (${reviewPath})\n`);
  report('all gold strings', rows);
  report('  catalogue (not approximate)', rows.filter((r) => r.output !== null && !r.approximate));
  report('  approximate', rows.filter((r) => r.approximate));
  report('listed in the page glossary', listed);
  report('  catalogue (not approximate)', listed.filter((r) => r.output !== null && !r.approximate));
  report('  approximate', listed.filter((r) => r.approximate));
  const byMatch: Record<string, number> = {};
  for (const r of rows) byMatch[r.match] = (byMatch[r.match] ?? 0) + 1;
  console.log(`matched by: ${Object.entries(byMatch).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  const wrongSure = rows.filter((r) => r.output !== null && !r.approximate && r.verdict === 'wrong');
  console.log(`\nrows not marked approximate that are wrong: ${wrongSure.length}`);
  for (const r of wrongSure) console.log(`  ${r.pl} → ${r.output}   (gold: ${r.gold})`);

  // Unjudged outputs, once each, in the review file's format.
  const seen = new Set<string>();
  const unjudged = rows.filter((r) => r.output !== null && !r.verdict && !seen.has(reviewKey(r.pl, r.output)) && seen.add(reviewKey(r.pl, r.output)));
  if (unjudged.length) {
    console.log(`\n${unjudged.length} outputs without a verdict (polish, output, gold) — judge them and add them to ${reviewPath}:`);
    for (const r of unjudged) console.log(`${r.pl}\t${r.output}\t?\t# gold: ${r.gold}${r.approximate ? ' (approximate)' : ''}`);
  }
  if (args.includes('--list')) {
    console.log('\nnon-exact rows:');
    for (const r of rows.filter((x) => !x.exact)) {
      console.log(`  [${r.verdict ?? '?'}] ${r.pl} → ${r.output ?? '(none)'}${r.approximate ? ' ~' : ''}   (gold: ${r.gold})`);
    }
  }
  const all = tally(rows);
  console.log(JSON.stringify({ goldStrings: all.rows, exact: all.exact, right: all.right, usable: all.usable, wrong: all.wrong, unjudged: all.unjudged, listed: listed.length, listedExact: tally(listed).exact, sureButWrong: wrongSure.length }));
}
