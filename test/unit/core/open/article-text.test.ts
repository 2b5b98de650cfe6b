import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText, articleTextAndUnits } from '../../../../src/core/open/article-text';
import { collectCandidates } from '../../../../src/core/open/chrome';

const body = (html: string): HTMLElement => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('articleTextAndUnits: text and chrome units from one walk', () => {
  it('gives the same text as articleText and the units the chrome collector cuts', () => {
    const el = body(
      '<article><h2>Nagłówek</h2><p>Raz <a href="#">link</a> dwa<br>trzy</p><ul><li>Punkt</li><li>Drugi <b>punkt</b></li></ul>' +
        '<pre>kod <b>x</b>\n  y</pre><table><tr><td>A</td><td>B</td></tr></table><div hidden>ukryte</div><p aria-hidden="true">też</p>' +
        '<figure><figcaption>Podpis</figcaption></figure><script>skrypt()</script></article>',
    );
    const { text, units } = articleTextAndUnits(el);
    expect(text).toBe(articleText(el));
    expect(text).toContain('Raz link dwa\ntrzy');
    // The collector also keeps hidden units (marked hidden, for the glossary); the article never shows them.
    expect([...units]).toEqual(collectCandidates(el).filter((c) => !c.attribute && !c.hidden).map((c) => c.text));
    expect(units.has('ukryte')).toBe(false);
  });

  it('leaves image placeholders out of both (their alt text is not a sentence of the article)', () => {
    const el = body('<p>Przed <span class="remote-image" role="img" aria-label="Zdjęcie">Zdjęcie</span> po</p>');
    const { text, units } = articleTextAndUnits(el);
    expect(text).toBe('Przed po');
    expect([...units]).toEqual(['Przed po']);
  });
});

describe('spacing between controls written back to back', () => {
  it('separates two controls a browser would glue into one word, not a drop cap', () => {
    const el = body('<p><a href="#"><span>pokaż wszystkie działy</span><span>zamknij</span></a></p><p><b>W</b>arszawa <button>pokaż</button><button>odpowiedzi</button></p>');
    const { text, units } = articleTextAndUnits(el);
    expect(text).toBe('pokaż wszystkie działy zamknij\n\nWarszawa pokaż odpowiedzi');
    expect(collectCandidates(el).map((c) => c.text)).toEqual(['pokaż wszystkie działy | zamknij', 'Warszawa', 'pokaż', 'odpowiedzi']);
    expect([...units]).toEqual(collectCandidates(el).map((c) => c.text));
  });
});
