// One fuzz child process (see fuzz.ts): reads each file it is sent through the same pipeline as `glosa read` (core
// readDocument under jsdom) and answers with the time taken and the outcome. A throw out of readDocument is a crash.
// It is a process of its own, not a worker thread, so that its CPU time (process.cpuUsage: its own thread and V8's
// GC helpers, nobody else's) can be told apart from wall time, which the other users of a shared machine inflate.
import { emptyTimings, readDocument, type StageTimings } from '../src/core/open/pipeline';
import { jsdomDomEnv } from '../src/node/jsdom-env';

export interface FuzzJob {
  index: number;
  name: string;
  bytes: Uint8Array;
}

export interface FuzzAnswer {
  index: number;
  /** Wall time of readDocument. */
  ms: number;
  /** CPU time (user + system) this process spent in readDocument. */
  cpuMs: number;
  /** "page", "page (truncated)", an error code, or "crash: message". */
  outcome: string;
  htmlChars: number;
  stages: StageTimings;
}

process.on('message', (job: FuzzJob) => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const stages = emptyTimings();
  let outcome: string;
  let htmlChars = 0;
  try {
    const result = readDocument({ bytes: job.bytes, name: job.name }, jsdomDomEnv(), stages);
    if (result.ok) {
      outcome = result.value.truncated ? 'page (truncated)' : 'page';
      htmlChars = result.value.html.length;
    } else outcome = result.error.code;
  } catch (error) {
    outcome = `crash: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
  }
  const used = process.cpuUsage(cpu);
  const answer: FuzzAnswer = { index: job.index, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, outcome, htmlChars, stages };
  process.send!(answer);
});

// Imports done: the watchdog starts with the first file, not with loading jsdom.
process.send!('ready');
