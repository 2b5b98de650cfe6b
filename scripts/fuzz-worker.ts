// One fuzz worker (see fuzz.ts): reads each file it is sent through the same pipeline as `glosa read` (core
// readDocument under jsdom) and answers with the time taken and the outcome. A throw out of readDocument is a crash.
import { parentPort } from 'node:worker_threads';
import { readDocument } from '../src/core/open/pipeline';
import { jsdomDomEnv } from '../src/node/jsdom-env';

export interface FuzzJob {
  index: number;
  name: string;
  bytes: Uint8Array;
}

export interface FuzzAnswer {
  index: number;
  ms: number;
  /** "page", "page (truncated)", an error code, or "crash: message". */
  outcome: string;
  htmlChars: number;
}

parentPort!.on('message', (job: FuzzJob) => {
  const started = performance.now();
  let outcome: string;
  let htmlChars = 0;
  try {
    const result = readDocument({ bytes: job.bytes, name: job.name }, jsdomDomEnv());
    if (result.ok) {
      outcome = result.value.truncated ? 'page (truncated)' : 'page';
      htmlChars = result.value.html.length;
    } else outcome = result.error.code;
  } catch (error) {
    outcome = `crash: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
  }
  const answer: FuzzAnswer = { index: job.index, ms: performance.now() - started, outcome, htmlChars };
  parentPort!.postMessage(answer);
});

// Imports done: the watchdog starts with the first file, not with loading jsdom.
parentPort!.postMessage('ready');
