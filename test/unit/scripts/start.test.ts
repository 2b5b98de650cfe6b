// `npm start` on a Node too old for the electron package: one line, exit 1, before anything is built.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronPackage, tooOldFor } from '../../../scripts/electron-node.mjs';

const root = join(__dirname, '../../..');

describe('the Node version npm start needs', () => {
  it('names the minimum of a ">= X.Y.Z" range only when the running Node is below it', () => {
    expect(tooOldFor('20.20.2', '>= 22.12.0')).toBe('22.12.0');
    expect(tooOldFor('v22.11.9', '>=22.12.0')).toBe('22.12.0');
    expect(tooOldFor('22.12.0', '>= 22.12.0')).toBeNull();
    expect(tooOldFor('22.13.0', '>= 22.12.0')).toBeNull();
    expect(tooOldFor('23.0.0', '>= 22.12.0')).toBeNull();
    expect(tooOldFor('100.0.0', '>= 22.12.0')).toBeNull();
  });

  it('leaves a range it cannot read to npm', () => {
    expect(tooOldFor('20.0.0', '^22.12.0 || >=24')).toBeNull();
    expect(tooOldFor('20.0.0', undefined)).toBeNull();
    expect(tooOldFor('not a version', '>= 22.12.0')).toBeNull();
  });

  it('reads the range from the installed electron package', () => {
    const electron = electronPackage(root);
    expect(electron.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(electron.enginesNode).toMatch(/^\s*>=\s*\d+\.\d+\.\d+\s*$/);
  });

  const needed = tooOldFor(process.versions.node, electronPackage(root).enginesNode);
  it.skipIf(!needed)(`says so in one line and exits 1 on this Node${needed ? '' : ' (skipped: this Node is new enough, npm start would open the window)'}`, () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Node ${needed} or later`);
    expect(lines[0]).toContain(process.versions.node);
  });
});
