import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPrintRequest, createPrintProfile } from '../../../src/node/print-request';

const temp = mkdtempSync(join(tmpdir(), 'glosa-print-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the print run’s profile', () => {
  it('is a fresh private folder with an unguessable name, not glosa-print-<pid>', () => {
    const a = createPrintProfile(temp);
    const b = createPrintProfile(temp);
    expect(a.path).not.toBe(b.path);
    expect(dirname(a.path)).toBe(temp);
    expect(basename(a.path)).toMatch(/^glosa-print-/);
    expect(basename(a.path)).not.toBe(`glosa-print-${process.pid}`);
    if (process.platform !== 'win32') expect(statSync(a.path).mode & 0o077).toBe(0);
    a.remove();
    b.remove();
  });

  it('is removed with what the run left in it, and removing twice is harmless', () => {
    const profile = createPrintProfile(temp);
    writeFileSync(join(profile.path, 'Cookies'), 'x');
    profile.remove();
    expect(existsSync(profile.path)).toBe(false);
    profile.remove();
  });
});

describe('the print request flags', () => {
  it('reads the output and the appendices', () => {
    expect(cliPrintRequest(['electron', '.', '--glosa-print-pdf=/tmp/o.pdf', '--glosa-appendix=glossary,bogus'])).toEqual({ out: '/tmp/o.pdf', appendix: ['glossary'] });
    expect(cliPrintRequest(['electron', '.'])).toBeNull();
  });
});
