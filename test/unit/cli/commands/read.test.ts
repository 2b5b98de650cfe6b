import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../src/cli/index';
import { FIXTURES, REPO } from '../../../harness/paths';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), readStdin: async () => '' }, out, err };
}

describe('glosa read', () => {
  it('prints the JSON object of the spec for the seed', async () => {
    const c = capture();
    expect(await main(['read', join(REPO, 'seeds/syria-homs.txt'), '--json'], c.io)).toBe(0);
    const doc = JSON.parse(c.out.join(''));
    for (const key of ['format', 'encoding', 'title', 'byline', 'published', 'siteName', 'lang', 'text', 'html', 'chrome']) expect(doc).toHaveProperty(key);
    expect(doc.format).toBe('text');
    expect(doc.title).toBe('Rebels advance on key city in Syria');
    expect(doc.text.split('\n\n')[1]).toBe('22:03, 07.12.2024');
  });

  it('refers to NAME_files images by file:// URL', async () => {
    const c = capture();
    expect(await main(['read', join(FIXTURES, 'complete.html'), '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('')).html).toContain(`src="file://${FIXTURES}/complete_files/photo.png"`);
  });

  it('bad input: one line on stderr, exit 2', async () => {
    for (const args of [['read', join(FIXTURES, 'nope.html')], ['read', FIXTURES], ['read', join(FIXTURES, 'binary.html')], ['read']]) {
      const c = capture();
      expect(await main(args, c.io)).toBe(2);
      expect(c.err).toHaveLength(1);
      expect(c.err[0]).not.toContain('\n');
      expect(c.out).toHaveLength(0);
    }
  });
});
