// Crash test for the notebook's storage: a child process saves words in a loop through
// createNotebook and prints "ack <id>" after each save resolved; this parent kills it with SIGKILL at a
// random moment, then checks that the file parses and holds every save acknowledged so far, both read
// raw (JSON.parse of notebook.json) and through the store (which recovers from .bak if it must).
//
//   npm run crash-test -- [--kills 200] [--seed N] [--keep]
//
// The child is bundled once with esbuild into one CommonJS file, so each of the hundreds of starts costs
// a plain `node` start (~0.1 s) rather than tsx's (~0.4 s).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createNotebook, NOTEBOOK_FILE, toNotebookDocument } from '../src/node/storage/notebook';
import { seededRandom } from './seeded-random';

export interface CrashTestOptions {
  kills: number;
  seed: number;
  /** Folder to work in; a fresh temporary one by default (removed at the end unless keep). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface CrashTestReport {
  kills: number;
  acknowledged: number;
  lost: number;
  /** Kills after which notebook.json itself did not parse (the store would recover from .bak). */
  unparsable: number;
  /** Loads after a kill that reported a recovery from .bak or to defaults. */
  recoveries: number;
  /** Children that died on their own instead of by our SIGKILL. */
  childFailures: number;
  /** Temporary files left by kills mid-write (the store removes stale ones at start-up). */
  strayTemporaryFiles: number;
  seconds: number;
  dir: string;
}


const here = dirname(fileURLToPath(import.meta.url));

async function bundleChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'crash-child.cjs');
  await build({
    entryPoints: [join(here, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

interface ChildRun {
  acks: string[];
  killed: boolean;
  stderr: string;
}

interface Child {
  /** Let it load the notebook and start saving; kill it as `plan` says; resolves once it is gone. */
  go(plan: { delayMs: number; afterAcks: number | null }): Promise<ChildRun>;
  /** Kill a child that was never told to go. */
  dispose(): void;
}

/** Start a child that waits for "go" on stdin (so its start-up overlaps the previous run), then kill it
 *  `delayMs` after it is ready, or `delayMs` after its `afterAcks`-th acknowledged save. */
function spawnChild(childJs: string, dir: string, run: number): Child {
  const child = spawn(process.execPath, [childJs, dir, String(run)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const acks: string[] = [];
  let stderr = '';
  let pending = '';
  let killed = false;
  let plan: { delayMs: number; afterAcks: number | null } = { delayMs: 0, afterAcks: null };
  const kill = () => {
    if (!killed) { killed = true; child.kill('SIGKILL'); }
  };
  child.stdin.on('error', () => undefined); // EPIPE if it died before "go"
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (line === 'ready') {
        if (plan.afterAcks === null) setTimeout(kill, plan.delayMs);
      } else if (line.startsWith('ack ')) {
        acks.push(line.slice(4));
        if (plan.afterAcks !== null && acks.length === plan.afterAcks) setTimeout(kill, plan.delayMs);
      }
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  // 'close': the process is gone and its stdout is drained, so `acks` holds every line it wrote.
  const closed = new Promise<string | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve(signal));
  });
  return {
    async go(how) {
      plan = how;
      const safety = setTimeout(kill, 15_000); // a child that never gets ready
      child.stdin.write('go\n');
      const signal = await closed;
      clearTimeout(safety);
      return { acks, killed: killed && signal === 'SIGKILL', stderr };
    },
    dispose: kill,
  };
}

export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestReport> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'glosa-crash-'));
  const buildDir = await mkdtemp(join(tmpdir(), 'glosa-crash-child-'));
  const file = join(dir, NOTEBOOK_FILE);
  const rand = seededRandom(options.seed);
  const acknowledged = new Set<string>();
  const report: CrashTestReport = {
    kills: 0, acknowledged: 0, lost: 0, unparsable: 0, recoveries: 0, childFailures: 0, strayTemporaryFiles: 0, seconds: 0, dir,
  };
  let next: Child | null = null;
  try {
    const childJs = await bundleChild(buildDir);
    next = spawnChild(childJs, dir, 0);
    for (let run = 0; run < options.kills; run++) {
      const current: Child = next;
      // Half the kills at a random time after start-up, half a little after a random number of saves.
      const plan = rand() < 0.5
        ? { delayMs: 5 + Math.floor(rand() * 76), afterAcks: null }
        : { delayMs: Math.floor(rand() * 4), afterAcks: 1 + Math.floor(rand() * 8) };
      const result = await current.go(plan);
      next = spawnChild(childJs, dir, run + 1);
      if (!result.killed) {
        report.childFailures++;
        log(`run ${run}: the child ended on its own: ${result.stderr.trim() || '(no message)'}`);
        continue;
      }
      report.kills++;
      for (const id of result.acks) acknowledged.add(id);

      // Raw: the main file must parse as it is, whatever moment the kill hit.
      let rawIds: Set<string> | null = null;
      try {
        const doc = toNotebookDocument(JSON.parse(await readFile(file, 'utf8')));
        if (!doc) throw new Error('not a notebook document');
        rawIds = new Set(doc.entries.map((e) => e.id));
      } catch (error) {
        if (acknowledged.size > 0) {
          report.unparsable++;
          log(`run ${run}: notebook.json does not parse raw: ${(error as Error).message}`);
        }
      }
      // Through the store, as the app would load it at the next start.
      const notebook = createNotebook(dir);
      const stored = new Set((await notebook.notebookList()).map((e) => e.id));
      if ((await notebook.loadStatus()).recovered !== 'none') report.recoveries++;
      const lostNow = [...acknowledged].filter((id) => !stored.has(id) || (rawIds !== null && !rawIds.has(id)));
      if (lostNow.length > 0) {
        log(`run ${run}: ${lostNow.length} acknowledged saves missing, e.g. ${lostNow[0]}`);
        report.lost += lostNow.length;
        for (const id of lostNow) acknowledged.delete(id); // count each loss once
      }
      if ((run + 1) % 50 === 0) log(`${run + 1} kills, ${acknowledged.size} saves acknowledged, ${report.lost} lost`);
    }
    report.acknowledged = acknowledged.size + report.lost;
    report.strayTemporaryFiles = (await readdir(dir)).filter((name) => /^notebook\.json\.(\d+|bak\.\d+\.tmp)$/.test(name)).length;
  } finally {
    next?.dispose();
    report.seconds = (performance.now() - started) / 1000;
    await rm(buildDir, { recursive: true, force: true });
    if (!options.keep) await rm(dir, { recursive: true, force: true });
  }
  return report;
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(argv: string[]): Promise<number> {
  const kills = Number(flag(argv, 'kills') ?? 200);
  const seed = Number(flag(argv, 'seed') ?? Math.floor(Math.random() * 2 ** 31));
  if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: crash-test [--kills N] [--seed N] [--keep]\n');
    return 2;
  }
  console.log(`crash test: ${kills} SIGKILLs, seed ${seed}`);
  const report = await runCrashTest({ kills, seed, keep: argv.includes('--keep'), log: (l) => console.log(l) });
  console.log(
    `kills: ${report.kills}\nacknowledged saves: ${report.acknowledged}\nsaves lost: ${report.lost}\n` +
    `main file unparsable after a kill: ${report.unparsable}\nloads that recovered from .bak: ${report.recoveries}\n` +
    `children that died on their own: ${report.childFailures}\nstray temporary files: ${report.strayTemporaryFiles}\n` +
    `time: ${report.seconds.toFixed(1)} s${argv.includes('--keep') ? `\nfolder: ${report.dir}` : ''}`,
  );
  return report.lost === 0 && report.unparsable === 0 && report.childFailures === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
