import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTextDump } from '../../../../src/core/open/text-dump';
import { FIXTURES, REPO } from '../../../harness/paths';

const seed = extractTextDump(readFileSync(join(REPO, 'seeds/syria-homs.txt'), 'utf8'));
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

describe('text dump: the seed', () => {
  it('starts with its title, once', () => {
    expect(seed.title).toBe('Rebels advance on key city in Syria');
    expect(seed.html.startsWith('<h1>Rebels advance on key city in Syria</h1>')).toBe(true);
    expect(count(seed.html, 'Rebels advance on key city in Syria')).toBe(1);
  });

  it('keeps date, lede and caption once each, and the two subheadings as h2', () => {
    expect(seed.published).toBe('2024-12-07T22:03');
    expect(count(seed.html, 'Militants fighting the Syrian government have entered')).toBe(1);
    expect(count(seed.html, 'Photo by Izettin Kasim/Anadolu via Getty Images')).toBe(1);
    expect(seed.html).toContain('<figcaption>Armed groups');
    expect([...seed.html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual(["Trump: U.S. should 'not get involved'", "'A new reality'"]);
  });

  it('keeps the paragraphs and the closing quote intact', () => {
    expect(seed.html).toContain('<p>"Syria is a mess, but is not our friend, &amp; THE UNITED STATES SHOULD HAVE NOTHING TO DO WITH IT.');
    expect(seed.html).toContain('Geir Pedersen also called for calm and avoidance of bloodshed.</p>');
    expect(count(seed.html, '<p')).toBe(23); // dateline + lede + 21 paragraphs
  });

  it('moves interface lines and debris to the chrome list, in order', () => {
    const texts = seed.chrome.map((c) => c.text);
    expect(texts).toEqual([
      'Wyślij znajomemu', 'zamknij [x]', 'Wiadomość została wysłana.', '*', '*', 'Pola oznaczone * są wymagane.',
      'Wersja do druku', '-AA+A', 'sp/rl;', 'Podziel się:', 'Więcej', '...',
    ]);
    expect(seed.chrome.filter((c) => c.kind === 'debris').map((c) => c.text)).toEqual(['*', '*', '-AA+A', 'sp/rl;', '...']);
    for (const t of ['Wyślij', 'zamknij', 'Wersja do druku', '-AA+A', 'sp/rl', 'Podziel']) expect(seed.html).not.toContain(t);
  });
});

describe('text dump: a second page with Polish interface around an English article', () => {
  const dump = extractTextDump(readFileSync(join(FIXTURES, 'dump-pl-chrome.txt'), 'utf8'));
  it('rebuilds title, date, caption, heading and paragraphs', () => {
    expect(dump.title).toBe('Scientists map the oldest forest in Poland');
    expect(dump.published).toBe('2023-03-14T09:15');
    expect(count(dump.html, 'A team of botanists')).toBe(1);
    expect(count(dump.html, 'Bison grazing')).toBe(1);
    expect(dump.html).toContain('<h2>Why it matters</h2>');
    expect(dump.html).toContain('"We finally know what we are protecting,"');
    expect(dump.lang).toBe('en');
  });
  it('sends menus, share links and trailing comment headings to chrome', () => {
    expect(dump.chrome.map((c) => c.text)).toEqual([
      'Zaloguj się', 'Załóż konto', 'Szukaj', 'Aa+ | Aa-', 'Udostępnij', '*', 'Czytaj także', '...', 'Komentarze (12)', 'Dodaj komentarz',
    ]);
  });
});
