// `npm run fuzz -- [--count N] [--seed S] [--workers W] [--only I] [--kill S] [--judge cpu|wall] [--save DIR]`: mutate
// Readability's test pages (../shared/fixtures/readability-test-pages/*/source.html) and the seed (seeds/) — tag
// soup, truncation, encodings, huge attributes, deep nesting, CRLF header prefixes, random extensions — and read each
// through the same pipeline as `glosa read`, in child processes with a watchdog. Reports the files read, those over
// 2 s, hangs (killed after --kill seconds of wall time), crashes (a throw out of readDocument, or a dead child) and
// the worst times. Each file's wall time and its child's CPU time are both measured; "over 2 s" is judged on CPU
// time by default, since on a shared machine other users' work stretches wall time (the load average is reported
// alongside). --save DIR writes each slow, hung or crashed file there for profiling. The same seed gives the same
// files; --only I rebuilds file I alone and prints its recipe.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, SHARED } from '../test/harness/paths';
import type { FuzzAnswer, FuzzJob } from './fuzz-worker';
import { seededRandom as rng } from './seeded-random';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const COUNT = option('count', 1000);
const SEED = option('seed', 14);
const WORKERS = option('workers', 2);
const ONLY = option('only', -1);
const SLOW_MS = 2000;
/** A child is killed as hung after this much CPU time on one file, or four times as much wall time (a child
 * blocked without using CPU). */
const KILL_MS = option('kill', 30) * 1000;
const KILL_WALL_MS = 4 * KILL_MS;
/** A child is replaced after this many files, so one jsdom leak cannot grow into the next thousand. */
const RECYCLE = 400;
const textOption = (name: string): string | null => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? null : null;
};
const JUDGE = textOption('judge') === 'wall' ? 'wall' : 'cpu';
const SAVE = textOption('save');

interface Source {
  name: string;
  bytes: Uint8Array;
}

function sources(): Source[] {
  const out: Source[] = [];
  const pages = join(SHARED, 'readability-test-pages');
  if (existsSync(pages)) {
    for (const dir of readdirSync(pages).sort()) {
      const file = join(pages, dir, 'source.html');
      if (existsSync(file)) out.push({ name: `${dir}.html`, bytes: new Uint8Array(readFileSync(file)) });
    }
  } else console.error(`(no ${pages}: fuzzing the seed alone)`);
  for (const seed of readdirSync(join(REPO, 'seeds')).sort()) out.push({ name: seed, bytes: new Uint8Array(readFileSync(join(REPO, 'seeds', seed))) });
  return out;
}

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);
const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (s: string): string => latin1(new TextEncoder().encode(s));

type Mutation = (s: string, r: () => number) => [string, string];
const int = (r: () => number, n: number): number => Math.floor(r() * n);
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[int(r, xs.length)]!;
const at = (s: string, r: () => number): number => int(r, s.length + 1);
const insert = (s: string, i: number, x: string): string => s.slice(0, i) + x + s.slice(i);

const TAGS = ['<div>', '</div>', '<p>', '</p>', '<table>', '<td>', '<tr>', '<svg>', '<math>', '<title>', '<style>', '<script>',
  '<textarea>', '<select>', '<template>', '<!--', '-->', '<![CDATA[', '<b>', '</b>', '<a href=x>', '</a>', '<li>', '<rt>', '<form>',
  '</form>', '<plaintext>', '<noscript>', '<iframe>', '<xmp>', '<body>', '<html>', '<frameset>', '<image>', '<br/>', '<div/>',
  "<div a='>'>", '<div b="<title>">', '<!x <title> >', '</i>', '<?x>', '<!-->', '<meta charset=utf-16>', '<base href=x>'];

const MUTATIONS: Record<string, Mutation> = {
  truncate: (s, r) => { const i = at(s, r); return [s.slice(0, i), `truncate@${i}`]; },
  'cut-middle': (s, r) => { const i = at(s, r); const j = i + int(r, 5000); return [s.slice(0, i) + s.slice(j), `cut ${i}-${j}`]; },
  'tag-soup': (s, r) => {
    const k = 1 + int(r, 40);
    for (let n = 0; n < k; n++) s = insert(s, at(s, r), pick(r, TAGS));
    return [s, `soup×${k}`];
  },
  'drop-brackets': (s, r) => {
    const k = 1 + int(r, 200);
    for (let n = 0; n < k; n++) {
      const i = s.indexOf(pick(r, ['<', '>', '"', "'"]), at(s, r));
      if (i >= 0) s = s.slice(0, i) + s.slice(i + 1);
    }
    return [s, `drop×${k}`];
  },
  'swap-slices': (s, r) => {
    const i = at(s, r), j = at(s, r), n = int(r, 2000);
    const [a, b] = i < j ? [i, j] : [j, i];
    return [s.slice(0, a) + s.slice(b, b + n) + s.slice(a + n, b) + s.slice(a, a + n) + s.slice(b + n), `swap ${a},${b},${n}`];
  },
  'deep-nesting': (s, r) => {
    const n = 100 + int(r, 30_000);
    const unit = pick(r, ['<div>', '<span>', '<b>', '<div/>', '<rt>', '<div></i>', '<li><section>', '<table><tr><td>', '<svg><g>', '<form><div></form>', '<p><button>', '<font color=1><i>']);
    return [insert(s, at(s, r), unit.repeat(n)), `nest ${unit}×${n}`];
  },
  'reopened-formatting': (s, r) => {
    const n = 50 + int(r, 3000);
    return [insert(s, at(s, r), Array.from({ length: n }, (_, k) => `<div><b id=${k}></div>`).join('')), `reopen×${n}`];
  },
  'flat-elements': (s, r) => {
    // Mostly a few thousand siblings; now and then past MAX_ELEMENTS, which must be refused at once.
    const n = r() < 0.1 ? 250_000 + int(r, 200_000) : 500 + int(r, 3000);
    return [insert(s, at(s, r), '<i>x</i>'.repeat(n)), `flat×${n}`];
  },
  'huge-attribute': (s, r) => {
    const n = 1000 + int(r, 2_000_000);
    return [insert(s, at(s, r), `<img alt="x" src="${pick(r, ['data:image/png;base64,', 'http://', ''])}${'A'.repeat(n)}">`), `attr ${n}`];
  },
  'many-attributes': (s, r) => {
    const n = 100 + int(r, 50_000);
    const dup = r() < 0.5;
    return [insert(s, at(s, r), `<div ${Array.from({ length: n }, (_, k) => (dup ? 'a' : `a${k}`)).join(' ')}>`), `attrs×${n}${dup ? ' dup' : ''}`];
  },
  'unclosed-raw': (s, r) => { const n = 1 + int(r, 50_000); const t = pick(r, ['<style>', '<style ', '<title>', '<script>', '<textarea>']); return [insert(s, at(s, r), t.repeat(n)), `${t}×${n}`]; },
  'crlf-headers': (s, r) => {
    const n = 1 + int(r, 60);
    const kind = pick(r, ['a:b', 'http', 'mime', 'folded']);
    const head = kind === 'http' ? 'HTTP/1.1 200 OK\r\n' + 'Content-Type: text/html\r\n'.repeat(n) + '\r\n'
      : kind === 'mime' ? 'MIME-Version: 1.0\r\n' + 'X-A: b\r\n'.repeat(n) + 'Content-Type: multipart/related; boundary="q"\r\n\r\n--q\r\nContent-Type: text/html\r\n\r\n'
      : kind === 'folded' ? 'a:b\r\n \r\n'.repeat(n) : 'a:b\r\n'.repeat(n);
    return [head + s, `headers ${kind}×${n}`];
  },
  'comment-prefix': (s, r) => { const n = 1 + int(r, 60); return [pick(r, ['<!---->', '<!-- -->', '<!--->', '<?xml ?>']).repeat(n) + s, `comments×${n}`]; },
  'utf16': (s) => {
    const text = new TextDecoder().decode(bytesOf(s));
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) { out[2 + 2 * i] = text.charCodeAt(i) & 0xff; out[3 + 2 * i] = text.charCodeAt(i) >> 8; }
    return [latin1(out), 'utf-16le'];
  },
  'bad-bytes': (s, r) => {
    const k = 1 + int(r, 100);
    for (let n = 0; n < k; n++) s = insert(s, at(s, r), String.fromCharCode(pick(r, [0x80, 0xc3, 0xff, 0xfe, 0xed, 0x00, 0x1b])));
    return [s, `bytes×${k}`];
  },
  'charset-meta': (s, r) => { const cs = pick(r, ['windows-1250', 'iso-8859-2', 'utf-16', 'x-user-defined', 'bogus', 'utf-7']); return [`<meta charset="${cs}">` + s, `charset ${cs}`]; },
  'polish-text': (s, r) => [insert(s, at(s, r), utf8(' Zażółć gęślą jaźń, źdźbło. '.repeat(1 + int(r, 50)))), 'polish'],
};
const NAMES = Object.keys(MUTATIONS);
const EXTENSIONS = ['.html', '.html', '.html', '.htm', '', '.txt', '.mhtml', '.xhtml', '.dat'];

/** At most this much of a source page is used, so that a run costs seconds per thousand files on two cores. */
const WINDOW = 8 * 1024;

/** File i of the run: a source (or a window of it) and one to three mutations, all from the seed. */
function makeFile(all: Source[], i: number): FuzzJob & { recipe: string } {
  const r = rng(SEED * 1_000_003 + i);
  const source = pick(r, all);
  let s = latin1(source.bytes);
  const steps: string[] = [];
  if (s.length > WINDOW) {
    // The page's head (its metadata and first markup), or a window from anywhere: tag soup either way.
    const from = r() < 0.4 ? 0 : int(r, s.length - WINDOW);
    s = s.slice(from, from + WINDOW);
    steps.push(`window@${from}`);
  }
  for (let k = 1 + int(r, 3); k > 0; k--) {
    const name = pick(r, NAMES);
    const [next, note] = MUTATIONS[name]!(s, r);
    s = next;
    steps.push(`${name}(${note})`);
  }
  const ext = source.name.endsWith('.txt') && r() < 0.5 ? '.txt' : pick(r, EXTENSIONS);
  const name = source.name.replace(/\.[^.]+$/, '') + ext;
  return { index: i, name, bytes: bytesOf(s), recipe: `${source.name} → ${steps.join(' → ')} as ${name}` };
}

interface Slot {
  child: ChildProcess;
  done: number;
  job: (FuzzJob & { recipe: string }) | null;
  started: number;
  watchdog: ReturnType<typeof setInterval> | null;
  /** The child's CPU time when the current file was sent. */
  cpuAtStart: number;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** CPU time (user + system, all threads) a child process has used so far, from /proc (Linux), in ms; null
 * elsewhere, where the watchdog falls back to wall time. */
function childCpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks of 1/100 s
  } catch {
    return null;
  }
}
const load = (): number => loadavg()[0]!;

async function main(): Promise<void> {
  const all = sources();
  if (ONLY >= 0) {
    const f = makeFile(all, ONLY);
    console.log(`file ${ONLY}: ${f.recipe} (${f.bytes.length} bytes)`);
    writeFileSync(join('/tmp', `glosa-fuzz-${ONLY}-${f.name || 'noext'}`), f.bytes);
    console.log(`written to /tmp/glosa-fuzz-${ONLY}-${f.name || 'noext'}`);
    return;
  }
  if (SAVE) mkdirSync(SAVE, { recursive: true });
  const save = (job: FuzzJob & { recipe: string }): void => {
    if (SAVE) writeFileSync(join(SAVE, `${job.index}-${job.name || 'noext'}`), job.bytes);
  };
  const outcomes = new Map<string, number>();
  const slow: string[] = [];
  const hangs: string[] = [];
  const crashes: string[] = [];
  let overWall = 0;
  let overCpu = 0;
  let worst = { ms: 0, recipe: '' };
  let worstCpu = { ms: 0, wallMs: 0, recipe: '' };
  let next = 0;
  let finished = 0;
  let bytes = 0;
  const loads: number[] = [load()];
  const started = performance.now();
  console.log(`fuzz: ${COUNT} files from ${all.length} sources, seed ${SEED}, ${WORKERS} child processes, slow > ${SLOW_MS / 1000} s of ${JUDGE === 'cpu' ? 'CPU' : 'wall'} time, killed after ${KILL_MS / 1000} s CPU or ${KILL_WALL_MS / 1000} s wall, load ${load().toFixed(1)}`);

  await new Promise<void>((allDone) => {
    // Stopped early (SIGINT, SIGTERM): report the files finished so far.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => allDone());
    // Children load TypeScript through tsx, as this script does.
    const tsx = import.meta.resolve('tsx');
    const workerPath = fileURLToPath(new URL('./fuzz-worker.ts', import.meta.url));
    const spawnChild = (): ChildProcess =>
      fork(workerPath, [], { execArgv: ['--import', tsx], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const record = (job: FuzzJob & { recipe: string }, ms: number, cpuMs: number, outcome: string): void => {
      finished++;
      bytes += job.bytes.length;
      const key = outcome.startsWith('crash') ? 'crash' : outcome;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      if (outcome.startsWith('crash')) crashes.push(`#${job.index} ${outcome}: ${job.recipe}`);
      if (ms > SLOW_MS) overWall++;
      if (cpuMs > SLOW_MS) overCpu++;
      if ((JUDGE === 'cpu' ? cpuMs : ms) > SLOW_MS) {
        slow.push(`#${job.index} ${seconds(cpuMs)} s CPU, ${seconds(ms)} s wall: ${job.recipe}`);
        if (outcome !== 'hang') save(job);
      }
      if (ms > worst.ms) worst = { ms, recipe: `#${job.index} ${job.recipe}` };
      if (cpuMs > worstCpu.ms) worstCpu = { ms: cpuMs, wallMs: ms, recipe: `#${job.index} ${job.recipe}` };
      if (finished % 250 === 0) {
        loads.push(load());
        console.log(`  ${finished} files, ${((performance.now() - started) / 1000).toFixed(0)} s, load ${load().toFixed(1)}: ${overCpu} over 2 s CPU (${overWall} wall), ${hangs.length} hangs, ${crashes.length} crashes, worst ${seconds(worstCpu.ms)} s CPU / ${seconds(worst.ms)} s wall`);
      }
      if (finished === COUNT) allDone();
    };
    const feed = (slot: Slot): void => {
      if (slot.done >= RECYCLE) {
        slot.child.removeAllListeners();
        slot.child.kill('SIGKILL');
        attach(slot, spawnChild()); // fed when it is ready
        return;
      }
      if (next >= COUNT) {
        slot.child.removeAllListeners();
        slot.child.kill('SIGKILL');
        return;
      }
      const job = makeFile(all, next++);
      slot.job = job;
      slot.started = performance.now();
      slot.done++;
      slot.cpuAtStart = childCpuMs(slot.child.pid) ?? 0;
      slot.watchdog = setInterval(() => {
        const wall = performance.now() - slot.started;
        const now = childCpuMs(slot.child.pid);
        const cpu = now === null ? wall : now - slot.cpuAtStart;
        if (cpu < KILL_MS && wall < KILL_WALL_MS) return;
        // A hang: the child is killed, the file reported and saved, a new child takes over.
        clearInterval(slot.watchdog!);
        hangs.push(`#${job.index} killed after ${seconds(cpu)} s CPU, ${seconds(wall)} s wall: ${job.recipe}`);
        save(job);
        slot.job = null;
        slot.child.removeAllListeners();
        slot.child.kill('SIGKILL');
        record(job, wall, cpu, 'hang');
        attach(slot, spawnChild());
      }, 250);
      slot.child.send({ index: job.index, name: job.name, bytes: job.bytes } satisfies FuzzJob);
    };
    const attach = (slot: Slot, child: ChildProcess): void => {
      slot.child = child;
      slot.done = 0;
      child.on('message', (answer: FuzzAnswer | 'ready') => {
        if (answer === 'ready') {
          feed(slot);
          return;
        }
        clearInterval(slot.watchdog!);
        const job = slot.job!;
        slot.job = null;
        record(job, answer.ms, answer.cpuMs, answer.outcome);
        feed(slot);
      });
      const died = (why: string): void => {
        // The child died (stack overflow in native code, out of memory): a crash of this file.
        clearInterval(slot.watchdog!);
        const job = slot.job;
        slot.job = null;
        child.removeAllListeners();
        if (job) {
          save(job);
          const ms = performance.now() - slot.started;
          record(job, ms, ms, `crash: child died: ${why}`);
        }
        attach(slot, spawnChild());
      };
      child.on('exit', (code, signal) => died(signal ?? `exit code ${code}`));
      child.on('error', (error) => died(error.message));
    };
    for (let w = 0; w < Math.min(WORKERS, COUNT); w++) {
      const slot: Slot = { child: null as unknown as ChildProcess, done: 0, job: null, started: 0, watchdog: null, cpuAtStart: 0 };
      attach(slot, spawnChild());
    }
  });

  const total = (performance.now() - started) / 1000;
  loads.push(load());
  if (finished < COUNT) console.log(`stopped early: ${finished} of ${COUNT} files`);
  for (const line of [...hangs, ...crashes, ...slow.slice(0, 20)]) console.log('  ' + line);
  console.log(`outcomes: ${[...outcomes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`worst CPU: ${seconds(worstCpu.ms)} s (${seconds(worstCpu.wallMs)} s wall), ${worstCpu.recipe}`);
  console.log(`worst wall: ${seconds(worst.ms)} s, ${worst.recipe}`);
  console.log(JSON.stringify({
    files: finished, seed: SEED, mb: Math.round(bytes / 1e6), seconds: Math.round(total),
    seconds_per_1000: Math.round((total / finished) * 1000 * 10) / 10, judged_on: JUDGE,
    over_2s_cpu: overCpu, over_2s_wall: overWall, hangs: hangs.length, crashes: crashes.length,
    worst_cpu_s: Math.round(worstCpu.ms) / 1000, worst_wall_s: Math.round(worst.ms) / 1000,
    load_min: Math.min(...loads), load_max: Math.max(...loads),
  }));
  process.exitCode = hangs.length || crashes.length ? 1 : 0;
  process.exit(); // children still busy with a file are killed with this process's IPC channel
}

await main();
