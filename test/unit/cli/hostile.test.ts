// `glosa read` on each file of the hostile corpus (test/harness/hostile-files.ts), each in its own process with a
// watchdog: a page, a page cut off with its notice, or exit code 2 and one line. No timing is asserted (the
// watchdog's 60 s and 1 GB only catch a hang or a runaway read); `npm run hostile` prints the times and memory.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileFiles, runNode, writeHostileCorpus, type ReadRun } from '../../harness/hostile-files';
import { REPO } from '../../harness/paths';

const corpus = writeHostileCorpus();
const runs = new Map<string, ReadRun>();

beforeAll(async () => {
  // Two at a time: the machine has two cores.
  const queue = [...corpus.files];
  const worker = async (): Promise<void> => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      runs.set(f.name, await runNode([join(REPO, 'bin/glosa.mjs'), 'read', f.path], REPO, { timeoutMs: 60_000, maxRssMb: 1024 }));
    }
  };
  await Promise.all([worker(), worker()]);
}, 600_000);

afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

describe('glosa read on hostile files', () => {
  it('has every file of the corpus', () => {
    const expected = hostileFiles().length - (process.platform === 'win32' ? 3 : 0);
    expect(corpus.files).toHaveLength(expected);
  });

  for (const f of corpus.files) {
    it(`${f.name}: ${f.why}`, () => {
      const run = runs.get(f.name)!;
      expect(run.killed, `killed by the watchdog after ${Math.round(run.ms)} ms, ${Math.round(run.rssMb)} MB`).toBe(false);
      if (f.expect === 'refused') {
        expect(run.code).toBe(2);
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(f.name);
        return;
      }
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      if (f.bytes && /Before the trap/.test(new TextDecoder().decode(f.bytes.subarray(0, 300)))) expect(run.stdout).toContain('Before the trap.');
      if (f.expect === 'truncated') expect(run.stdout).toMatch(/levels deep: part of the page was left out/);
      else expect(run.stdout).not.toMatch(/levels deep/);
    });
  }
});
