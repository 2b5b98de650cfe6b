import { describe, expect, it } from 'vitest';
import { droppedProse, readDocument } from '../../../../src/core/open/pipeline';
import { jsdomDomEnv } from '../../../../src/node/jsdom-env';
import { POLISH } from '../../../harness/paths';

const ASIDE = 'Ta ramka opowiada o historii miasta, o jego mieszkańcach i o tym, jak zmieniało się przez ostatnie sto lat.';
const SHORT = 'Czytaj także: inne teksty';
const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${POLISH} Paragraph ${i} of a long enough article body for Readability to pick it up.</p>`).join('');
const PAGE_WITH_ASIDE = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Artykuł</title></head><body>
<nav><a href="/">Strona główna</a></nav>
<article><h1>Artykuł</h1>${paragraphs}</article>
<aside class="sidebar"><p>${ASIDE}</p><p>${SHORT}</p></aside>
<footer>Wszelkie prawa zastrzeżone</footer></body></html>`;

describe('readDocument: dropped prose', () => {
  it('lists a long paragraph from an aside Readability dropped, but not short links or the article', () => {
    const r = readDocument({ bytes: new TextEncoder().encode(PAGE_WITH_ASIDE), name: 'a.html' }, jsdomDomEnv());
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.text).not.toContain(ASIDE); // really dropped
    expect(r.value.dropped).toEqual([ASIDE]);
  });

  it('keeps prose kinds with at least 12 words, each once, in order, at most 50', () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => `słowo${i}`).join(' ');
    expect(droppedProse([
      { text: long(12), kind: 'text' }, { text: long(11) + ' x', kind: 'navigation' }, { text: long(11), kind: 'text' },
      { text: long(13), kind: 'related' }, { text: long(12), kind: 'text' }, { text: long(20), kind: 'banner' },
    ])).toEqual([long(12), long(13)]);
    const many = Array.from({ length: 60 }, (_, i) => ({ text: `${i} ${long(12)}`, kind: 'text' as const }));
    expect(droppedProse(many)).toHaveLength(50);
  });
});
