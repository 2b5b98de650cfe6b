// `npm run hostile [-- --root DIR] [--timeout S] [--only NAME] [--cli-only]`: run `glosa read` on each file of the hostile
// corpus (test/harness/hostile-files.ts) in its own process and print its wall time, peak RSS, exit code and the
// size of what it printed; then, in another process, the same read (readRawDocument + readDocument under jsdom)
// timed alone, without the CLI's start-up and dictionaries, which take seconds on a loaded machine. --root measures another checkout's CLI (e.g. a worktree of main, for the "before"
// figures) on the same files. A run is killed past the watchdog's time or 1.5 GB. The target: each ends within 2 s and 300 MB, with a page or exit code 2 and one line.
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO } from '../test/harness/paths';
import { runNode, writeHostileCorpus, type ReadRun } from '../test/harness/hostile-files';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = resolve(option('root') ?? REPO);

if (process.argv.includes('--child')) {
  // One file through readRawDocument and readDocument, timed in this process; one JSON line out.
  const file = process.argv[process.argv.indexOf('--child') + 1]!;
  const src = (path: string) => import(pathToFileURL(join(root, 'src', path)).href);
  const [{ readRawDocument }, { readDocument }, { jsdomDomEnv }] = await Promise.all([src('node/read-file.ts'), src('core/open/pipeline.ts'), src('node/jsdom-env.ts')]);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const raw = await readRawDocument(file);
  const result = raw.ok ? readDocument({ bytes: new Uint8Array(Buffer.from(raw.value.base64, 'base64')), name: raw.value.name }, jsdomDomEnv()) : raw;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({
    ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000,
    outcome: result.ok ? `page${result.value.truncated ? ' (truncated)' : ''}, ${result.value.html.length} chars` : result.error.code,
  }));
  process.exit(0);
}
const timeoutMs = Number(option('timeout') ?? 60) * 1000;
const only = option('only');
/** Only the CLI, not the in-process read (half the time; for a tree whose pipeline hangs anyway). */
const cliOnly = process.argv.includes('--cli-only');
const MAX_RSS_MB = 1500;

interface Run extends ReadRun {
  stdoutBytes: number;
  stderrLines: number;
}

interface InProcess {
  ms: number;
  cpuMs: number;
  outcome: string;
}

async function run(file: string, inProcess = false): Promise<Run> {
  const args = inProcess
    ? ['--import', 'tsx', join(REPO, 'scripts/hostile.ts'), '--root', root, '--child', file]
    : [join(root, 'bin/glosa.mjs'), 'read', file];
  const r = await runNode(args, root, { timeoutMs, maxRssMb: MAX_RSS_MB });
  return { ...r, stdoutBytes: Buffer.byteLength(r.stdout), stderrLines: r.stderr.split('\n').filter(Boolean).length };
}

const { dir, files } = writeHostileCorpus();
try {
  console.log(`glosa read from ${root}, ${files.length} hostile files, watchdog ${timeoutMs / 1000} s`);
  console.log('file'.padEnd(28), 'CLI s'.padStart(7), 'RSS MB'.padStart(7), 'exit'.padStart(5), 'stdout'.padStart(10), 'stderr'.padStart(7), ' | read s', ' CPU s', 'RSS MB', ' outcome');
  const line = async (label: string, path: string): Promise<[Run, Run, InProcess | null]> => {
    const cli = await run(path);
    const alone = cliOnly ? { ...cli, killed: true, stdout: '' } : await run(path, true);
    let read: InProcess | null = null;
    try {
      read = alone.killed ? null : (JSON.parse(alone.stdout) as InProcess);
    } catch {
      read = null;
    }
    const exit = cli.killed ? 'KILL' : String(cli.code);
    const readCols = read
      ? [(read.ms / 1000).toFixed(2).padStart(7), (read.cpuMs / 1000).toFixed(2).padStart(6), alone.rssMb.toFixed(0).padStart(6), ' ' + read.outcome]
      : cliOnly ? ['-'.padStart(7)] : [(alone.killed ? 'KILL' : 'crash').padStart(7), ''.padStart(6), alone.rssMb.toFixed(0).padStart(6), ''];
    console.log(label.padEnd(28), (cli.ms / 1000).toFixed(2).padStart(7), cli.rssMb.toFixed(0).padStart(7), exit.padStart(5), String(cli.stdoutBytes).padStart(10), String(cli.stderrLines).padStart(7), ' |', ...readCols);
    return [cli, alone, read];
  };
  const [baseline] = await line('(an ordinary page)', join(REPO, 'test/fixtures/open/complete.html'));
  const results: [Run, Run, InProcess | null][] = [];
  for (const f of files) {
    if (only && !f.name.includes(only)) continue;
    results.push(await line(f.name, f.path));
  }
  const max = (xs: number[]): number => Math.max(0, ...xs.filter((x) => Number.isFinite(x)));
  console.log(JSON.stringify({
    files: results.length,
    cli_worst_s: max(results.map(([r]) => r.ms)) / 1000,
    cli_worst_rss_mb: Math.round(max(results.map(([r]) => r.rssMb))),
    cli_baseline_s: baseline.ms / 1000,
    read_worst_s: max(results.map(([, a, r]) => (r ? r.ms : a.ms))) / 1000,
    read_worst_rss_mb: Math.round(max(results.map(([, a]) => a.rssMb))),
    read_over_2s: results.filter(([, a, r]) => !r || r.ms > 2000).length,
    over_300mb: results.filter(([c, a]) => c.rssMb > 300 || a.rssMb > 300).length,
    killed: results.filter(([c, a]) => c.killed || a.killed).length,
    bad_exit: results.filter(([r]) => !(r.code === 0 || (r.code === 2 && r.stderrLines === 1))).length,
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
