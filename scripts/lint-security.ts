// `npm run lint:security`: Electronegativity over the sources; fails on any finding that is not listed,
// with a written reason, in security/accepted-findings.json. Each accepted entry names its check, its file
// and its sample (the text of the flagged line, as the tool reports it), and matches that one line only: a new
// openExternal in the same file is a new finding. Accepted entries that no longer match are reported too, so
// the list cannot silently rot.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../src/core/text/csv-read';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version as string;

interface Accepted { check: string; file: string; sample: string; reason: string }
interface Finding { check: string; severity: string; file: string; location: string; sample: string }

const out = mkdtempSync(join(tmpdir(), 'glosa-eneg-'));
const csv = join(out, 'findings.csv');
const run = spawnSync(process.execPath, [
  '-r', join(root, 'scripts/typescript5-for-electronegativity.cjs'),
  join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
  '-i', join(root, 'src'), '-o', csv, '-e', electronVersion, '-v', 'false',
], { cwd: root, encoding: 'utf8' });
let text: string;
try {
  text = readFileSync(csv, 'utf8');
} catch {
  console.error(`lint:security: Electronegativity produced no report (exit ${run.status})\n${run.stderr}`);
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });

const findings: Finding[] = readCsv(text).records.slice(1).filter((r) => r.length >= 6).map((r) => ({
  check: r[0]!.trim(), severity: r[1]!, file: relative(root, r[3]!), location: r[4]!, sample: r[5]!,
}));
const accepted = JSON.parse(readFileSync(join(root, 'security/accepted-findings.json'), 'utf8')) as Accepted[];
const unexplained = accepted.filter((a) => !a.reason || a.reason.trim().length < 20);
const unpinned = accepted.filter((a) => typeof a.sample !== 'string' || !a.sample.trim());
const normalise = (sample: string) => sample.replace(/\s+/g, ' ').trim();
const matches = (a: Accepted, f: Finding) =>
  a.check === f.check && a.file === f.file && typeof a.sample === 'string' && !!a.sample.trim() && normalise(f.sample) === normalise(a.sample);
// One accepted entry covers one finding: a second line with the same text (a copied openExternal) is open.
const used = new Set<Accepted>();
const open = findings.filter((f) => {
  const entry = accepted.find((a) => !used.has(a) && matches(a, f));
  if (entry) used.add(entry);
  return !entry;
});
const stale = accepted.filter((a) => !used.has(a));

console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${findings.length - open.length} accepted with reasons, ${open.length} open`);
for (const f of open) console.log(`  OPEN  ${f.check} ${f.severity} ${f.file}:${f.location}  ${JSON.stringify(f.sample)}`);
for (const a of stale) console.log(`  STALE accepted finding no longer reported: ${a.check} ${a.file}  ${a.sample ?? ''}`);
for (const a of unexplained) console.log(`  NO REASON for accepted finding ${a.check} ${a.file}`);
for (const a of unpinned) console.log(`  NO SAMPLE for accepted finding ${a.check} ${a.file}: give the flagged line's text`);
process.exitCode = open.length || stale.length || unexplained.length || unpinned.length ? 1 : 0;
