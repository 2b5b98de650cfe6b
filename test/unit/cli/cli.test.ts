import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import type { CliIo } from '../../../src/cli/io';

const root = join(__dirname, '../../..');

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '', stderr: '',
    out(text: string) { io.stdout += text + '\n'; },
    err(text: string) { io.stderr += text + '\n'; },
    readStdin: async () => '',
  };
  return io;
}

describe('glosa CLI', () => {
  it('lists the commands that exist', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    for (const cmd of ['read', 'lookup', 'gloss', 'print']) expect(io.stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
    expect(io.stdout).not.toMatch(/not available/);
  });

  it('gloss --json gives a sentence no phrase covers word by word, in the Polish order with lemmas', async () => {
    const io = capture();
    expect(await main(['gloss', '--json', 'Piszemy pogłębione artykuły o polityce i gospodarce.'], io)).toBe(0);
    const [result] = JSON.parse(io.stdout);
    expect(result.match).toBe('word-by-word');
    expect(result.approximate).toBe(true);
    expect(result.words.map((w: { text: string }) => w.text).slice(0, 3)).toEqual(['Piszemy', 'pogłębione', 'artykuły']);
    expect(result.words[0].lemma).toBe('pisać');
  }, 60_000);

  it('refuses an unknown command with exit code 2 and one line', async () => {
    const io = capture();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('read --json of the seed adds the glossary of its Polish interface strings', async () => {
    const io = capture();
    expect(await main(['read', join(root, 'seeds/syria-homs.txt'), '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout);
    const glossary = new Map<string, string>(doc.glossary.map((g: { text: string; translation: string }) => [g.text.replace(/[.:\s[\]x]+$/u, ''), g.translation]));
    expect(Object.fromEntries(glossary)).toEqual({
      'Wyślij znajomemu': 'Send to a friend',
      zamknij: 'close',
      'Wiadomość została wysłana': 'The message has been sent',
      'Pola oznaczone * są wymagane': 'Fields marked * are required',
      'Wersja do druku': 'Printable version',
      'Podziel się': 'Share',
      Więcej: 'More',
    });
    for (const g of doc.glossary) expect(Object.keys(g).sort()).toEqual(['approximate', 'count', 'kind', 'text', 'translation']);
  });

  it('read of a missing file says so in one line and exits 2', async () => {
    const io = capture();
    expect(await main(['read', join(root, 'no/such/page.html')], io)).toBe(2);
    expect(io.stderr).toMatch(/page\.html/);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
  });
});
