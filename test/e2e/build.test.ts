// The app's build carries no test or benchmark probe: src/renderer/dev/ is only in the build made with
// `--mode probes` (which the hover bench uses). Both builds go to temporary folders, so out/ is untouched.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithProbes, REPO_ROOT } from '../harness/renderer';

/** Every name the probes put on window (window.__glosa…), read from their source. */
const probeNames = () => {
  const dir = join(REPO_ROOT, 'src/renderer/dev');
  const names = readdirSync(dir).flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/__glosa\w+/g)].map((m) => m[0]));
  return [...new Set([...names, 'glosa-hover-sample'])];
};

const scripts = (rendererDir: string) =>
  readdirSync(join(rendererDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(rendererDir, 'assets', f), 'utf8')).join('\n');

describe('renderer builds', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'glosa-build-'));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('leaves every probe out of the app build and keeps them in the probes build', () => {
    const names = probeNames();
    expect(names.length).toBeGreaterThan(3);
    const app = join(work, 'app');
    execFileSync('npx', ['electron-vite', 'build', '--outDir', app], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const appCode = scripts(join(app, 'renderer'));
    expect(appCode).toContain('glosa-hover'); // the hover feature itself is there
    for (const name of names) expect(appCode, name).not.toContain(name);
    const probesCode = scripts(buildWithProbes(join(work, 'probes')));
    for (const name of names) expect(probesCode, name).toContain(name);
  });
});
