// Scoring of the glossary against the development set's gold.json (../shared/fixtures/polish-pages):
// every gold interface string is translated with the app's own code, and each page is also opened through
// the app's pipeline to see which gold strings its glossary lists. A translation is an exact match when it
// equals the gold English after normalising case and punctuation; the rest are judged by hand in a review
// file (Polish, output, verdict: right | usable | wrong) that a rerun reuses for unchanged outputs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../../src/core/open/pipeline';
import { jsdomDomEnv } from '../../src/node/jsdom-env';
import { buildGlossary, translateInterfaceString } from '../../src/core/glossary/glossary';
import type { GlossaryDeps } from '../../src/core/glossary/gloss-types';
import { normaliseKey } from '../../src/core/glossary/normalise';
import { pageVocabulary } from '../../src/core/glossary/page-sense';

export interface GoldString { pl: string; en: string; kind: string; hidden: boolean }
export interface GoldPage { file: string; ui: GoldString[] }

export type Verdict = 'right' | 'usable' | 'wrong';

export interface ScoredRow {
  page: string;
  pl: string;
  gold: string;
  output: string | null;
  approximate: boolean;
  /** 'catalogue' (not approximate), 'composed-…' (approximate, English order) or 'words-in-polish-order'. */
  match: string;
  exact: boolean;
  /** Listed in the glossary the app builds for the page. */
  listed: boolean;
  verdict: Verdict | null;
}

/** The review file: `polish \t output \t verdict`, "#" comments. Key: normalised Polish + exact output. */
export function parseReview(tsv: string): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [pl, output, verdict] = line.split('\t');
    if (!pl || output === undefined || !verdict) continue;
    const v = verdict.trim();
    if (v === 'right' || v === 'usable' || v === 'wrong') out.set(reviewKey(pl, output), v);
  }
  return out;
}

export const reviewKey = (pl: string, output: string): string => `${normaliseKey(pl)}\t${output.trim()}`;

export const exactMatch = (output: string, gold: string): boolean => normaliseKey(output) === normaliseKey(gold);

/**
 * Opens each page with the app's pipeline and returns the normal forms of its glossary's Polish strings, and
 * the deps with the page's article vocabulary, as the app glosses that page.
 */
function listedKeys(html: Uint8Array, name: string, deps: GlossaryDeps): { listed: Map<string, string>; pageDeps: GlossaryDeps } {
  const result = readDocument({ bytes: html, name, loadRemoteImages: false }, jsdomDomEnv());
  const listed = new Map<string, string>();
  if (!result.ok) return { listed, pageDeps: deps };
  const pageDeps = deps.lookup ? { ...deps, page: pageVocabulary(result.value.text, deps.lookup) } : deps;
  for (const row of buildGlossary(result.value.chrome, pageDeps)) listed.set(normaliseKey(row.text), row.translation);
  return { listed, pageDeps };
}

/** Translates and scores every gold string of every page. */
export async function scoreGold(goldPath: string, deps: GlossaryDeps, review: Map<string, Verdict>): Promise<ScoredRow[]> {
  const pages = JSON.parse(await readFile(goldPath, 'utf8')) as GoldPage[];
  const dir = join(goldPath, '..');
  const rows: ScoredRow[] = [];
  for (const page of pages) {
    const { listed, pageDeps } = listedKeys(new Uint8Array(await readFile(join(dir, page.file))), page.file, deps);
    for (const g of page.ui) {
      const gloss = translateInterfaceString(g.pl, pageDeps);
      const output = gloss?.translation ?? null;
      const exact = output !== null && exactMatch(output, g.en);
      rows.push({
        page: page.file,
        pl: g.pl,
        gold: g.en,
        output,
        approximate: gloss?.approximate ?? false,
        match: gloss ? (gloss.words ? 'words-in-polish-order' : gloss.approximate ? `composed-${gloss.match}` : 'catalogue') : 'none',
        exact,
        listed: listed.has(normaliseKey(g.pl)),
        verdict: exact ? 'right' : output === null ? null : review.get(reviewKey(g.pl, output)) ?? null,
      });
    }
  }
  return rows;
}

export interface Tally { rows: number; exact: number; right: number; usable: number; wrong: number; unjudged: number; untranslated: number }

export function tally(rows: ScoredRow[]): Tally {
  const t: Tally = { rows: rows.length, exact: 0, right: 0, usable: 0, wrong: 0, unjudged: 0, untranslated: 0 };
  for (const r of rows) {
    if (r.exact) t.exact++;
    if (r.output === null) t.untranslated++;
    else if (r.verdict) t[r.verdict]++;
    else t.unjudged++;
  }
  return t;
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

export function formatTally(label: string, t: Tally): string {
  return `${label.padEnd(34)} ${String(t.rows).padStart(4)} rows: exact ${t.exact} (${pct(t.exact, t.rows)}), right ${t.right} (${pct(t.right, t.rows)}), `
    + `usable ${t.usable} (${pct(t.usable, t.rows)}), wrong ${t.wrong} (${pct(t.wrong, t.rows)}), unjudged ${t.unjudged}, not translated ${t.untranslated}`;
}
