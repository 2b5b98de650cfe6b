// Scores the sense shown first for words in their sentences, against the hand judgements of
// test/fixtures/senses/dev-set.tsv (sampled by scripts/senses/sample-dev-set.ts).
//   npm run sense-score [-- [SET.tsv] [--dump] [--misses] [--judge FILE]]
// Each row: id, lang, word, offset (in the sentence), sentence, kind (word | name), right, wrong. right and wrong
// are " | "-separated translations, lowercased: a sense is right when one of its translations is in right,
// wrong when one is in wrong (and none in right), else unjudged: the output changed to something not judged yet.
// Figures per language: first sense right; right or usable (a right sense among the first three); no entry
// for common words (kind "word"); unjudged first senses, which must be judged by hand before the figures count.
//   --dump      the first six senses of every row whose first three are not all judged, numbered, for judging
//   --misses    the rows whose first sense is wrong
//   --judge F   applies judgements written as lines "ID +1,3 -2 =a translation=another": senses 1 and 3 of the
//               dump are right, 2 is wrong, and the translations after = are right too; rewrites the set.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Lang, LookupResult, Sense } from '../src/shared/types';
import { loadLookupService } from '../src/node/dictionaries';

interface Row {
  id: string;
  lang: Lang;
  word: string;
  offset: number;
  sentence: string;
  kind: string;
  right: Set<string>;
  wrong: Set<string>;
}

const args = process.argv.slice(2);
const optionValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const judgeFile = optionValue('--judge');
const fileArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--judge');
const setPath = fileArg ? resolve(fileArg) : fileURLToPath(new URL('../test/fixtures/senses/dev-set.tsv', import.meta.url));

const HEADER = ['id', 'lang', 'word', 'offset', 'sentence', 'kind', 'right', 'wrong'];
const norm = (t: string): string => t.trim().toLowerCase().replace(/\s+/g, ' ');
const splitSet = (field: string | undefined): Set<string> => new Set((field ?? '').split(' | ').map(norm).filter(Boolean));

function parse(text: string): Row[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.slice(1).map((line) => {
    const f = line.split('\t');
    return {
      id: f[0]!, lang: f[1] as Lang, word: f[2]!, offset: Number(f[3]), sentence: f[4]!, kind: f[5] || 'word',
      right: splitSet(f[6]), wrong: splitSet(f[7]),
    };
  });
}

function serialise(rows: Row[]): string {
  const set = (s: Set<string>) => [...s].join(' | ');
  return [HEADER.join('\t'), ...rows.map((r) => [r.id, r.lang, r.word, r.offset, r.sentence, r.kind, set(r.right), set(r.wrong)].join('\t'))].join('\n') + '\n';
}

interface Shown {
  lemma: string;
  pos: string | null;
  sense: Sense;
}

/** The senses in the order the popup lists them: entry by entry. */
function shownSenses(result: LookupResult, count: number): Shown[] {
  const out: Shown[] = [];
  for (const e of result.entries) {
    for (const sense of e.senses) {
      if (out.length >= count) return out;
      out.push({ lemma: e.lemma, pos: e.pos, sense });
    }
  }
  return out;
}

type Verdict = 'right' | 'wrong' | 'unjudged';
const NAME_POS = new Set(['name', 'proper noun']);
function judge(row: Row, shown: Shown): Verdict {
  const ts = shown.sense.translations.map(norm);
  if (ts.some((t) => row.right.has(t))) return 'right';
  if (ts.some((t) => row.wrong.has(t))) return 'wrong';
  // A name is right as a name (not as a common word a judgement lists as wrong), or as no entry: see below.
  if (row.kind === 'name' && NAME_POS.has(shown.pos ?? '')) return 'right';
  return 'unjudged';
}

/** Verdicts of the first senses shown; a name with no entry at all fails honestly, which is right. */
function verdictsOf(row: Row, result: LookupResult, count: number): Verdict[] {
  if (row.kind === 'name' && result.entries.length === 0) return ['right'];
  return shownSenses(result, count).map((s) => judge(row, s));
}

const rows = parse(readFileSync(setPath, 'utf8'));
const service = await loadLookupService();
const results = new Map<string, LookupResult>();
for (const row of rows) {
  results.set(row.id, service.lookup({ text: row.word, lang: row.lang, sentence: row.sentence, offset: row.offset }));
}

const show = (s: Shown): string => `${s.lemma} [${s.pos ?? '-'}] ${s.sense.translations.join(', ')}${s.sense.note ? ` (${s.sense.note.slice(0, 60)})` : ''}`;

if (judgeFile) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const line of readFileSync(judgeFile, 'utf8').split('\n')) {
    const m = /^(\S+)\s*(.*)$/.exec(line.trim());
    if (!m || !byId.has(m[1]!)) continue;
    const row = byId.get(m[1]!)!;
    const senses = shownSenses(results.get(row.id)!, 6);
    const [head, ...extras] = m[2]!.split('=');
    for (const part of head!.trim().split(/\s+/)) {
      const sign = part[0];
      if (sign !== '+' && sign !== '-') continue;
      for (const n of part.slice(1).split(',').filter(Boolean)) {
        const sense = senses[Number(n) - 1];
        if (!sense) throw new Error(`${row.id}: no sense ${n}`);
        for (const t of sense.sense.translations) (sign === '+' ? row.right : row.wrong).add(norm(t));
      }
    }
    for (const extra of extras) if (norm(extra)) row.right.add(norm(extra));
    if (/^\s*name\b/.test(head!)) row.kind = 'name';
  }
  writeFileSync(setPath, serialise(rows));
  console.log(`judgements applied to ${setPath}`);
} else {
  for (const lang of ['en', 'pl'] as const) {
    const mine = rows.filter((r) => r.lang === lang);
    let right = 0, usable = 0, unjudged = 0, common = 0, missing = 0;
    for (const row of mine) {
      const result = results.get(row.id)!;
      if (row.kind !== 'name') {
        common++;
        if (result.entries.length === 0) missing++;
      }
      const verdicts = verdictsOf(row, result, 3);
      if (verdicts[0] === 'right') right++;
      if (verdicts.includes('right')) usable++;
      if (verdicts[0] === 'unjudged' || (verdicts[0] === 'wrong' && verdicts.includes('unjudged'))) unjudged++;
    }
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
    console.log(`${lang}: ${mine.length} words  first right ${pct(right, mine.length)}  right or usable ${pct(usable, mine.length)}  ` +
      `no entry (common words) ${pct(missing, common)} (${missing}/${common})  unjudged ${unjudged}`);
  }
  if (args.includes('--dump') || args.includes('--misses')) {
    for (const row of rows) {
      const result = results.get(row.id)!;
      const senses = shownSenses(result, 6);
      const verdicts = verdictsOf(row, result, 3);
      const dump = args.includes('--dump') && (verdicts.length === 0 ? row.right.size === 0 : verdicts.includes('unjudged') && verdicts[0] !== 'right');
      const miss = args.includes('--misses') && verdicts[0] !== 'right';
      if (!dump && !miss) continue;
      const marked = row.sentence.slice(0, row.offset) + '«' + row.sentence.slice(row.offset, row.offset + row.word.length) + '»' + row.sentence.slice(row.offset + row.word.length);
      console.log(`\n${row.id} ${row.word} [${row.kind}]  ${marked.length > 220 ? '…' + marked.slice(Math.max(0, row.offset - 100), row.offset + 110) + '…' : marked}`);
      if (senses.length === 0) console.log('   (no entry)');
      senses.forEach((s, i) => {
        const v = i < 3 ? verdicts[i] : undefined;
        console.log(`   ${i + 1}${v === 'right' ? '+' : v === 'wrong' ? '-' : v ? '?' : ' '} ${show(s)}`);
      });
    }
  }
}
