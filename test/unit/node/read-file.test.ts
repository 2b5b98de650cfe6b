import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDocument } from '../../../src/node/read-file';
import { FIXTURES } from '../../harness/paths';

describe('readRawDocument', () => {
  it('reads bytes and finds the NAME_files folder beside an .html', async () => {
    const r = await readRawDocument(join(FIXTURES, 'complete.html'), { resourceBase: () => 'app://doc/1/' });
    expect(r.ok && r.value.resourceDir).toBe('complete_files');
    expect(r.ok && r.value.resourceBase).toBe('app://doc/1/');
    expect(r.ok && Buffer.from(r.value.base64, 'base64').toString('utf8')).toContain('saved from url');
  });

  it('gives clear codes for missing, directory, too large', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-read-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'big.html'), 'x'.repeat(2048));
    const code = async (p: string, maxBytes?: number) => {
      const r = await readRawDocument(p, { maxBytes });
      return r.ok ? 'ok' : r.error;
    };
    expect(await code(join(dir, 'nope.html'))).toMatchObject({ code: 'file-missing' });
    expect(await code(join(dir, 'sub'))).toMatchObject({ code: 'file-is-directory' });
    expect(await code(join(dir, 'big.html'), 1024)).toMatchObject({ code: 'file-too-large', params: { limit: 0 } });
    expect(await code(join(dir, 'big.html'))).toBe('ok');
  });
});
