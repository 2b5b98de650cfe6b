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

describe('strings a site sets apart without a space', () => {
  it('cuts where a lowercase word meets a capitalised one or two numbers meet at an element edge', () => {
    const el = body('<h2><strong>Darmowy biuletyn</strong>Gazeta.pl co tydzień</h2><div><span>Szukaj</span><span>Menu</span></div>' +
      '<p><span>3</span>&nbsp;<span>lut</span>&nbsp;<span>2022</span><span>08:40</span></p><p><b>W</b>arszawa i <b>Ł</b>ódź</p>');
    const texts = collectCandidates(el).map((c) => c.text);
    expect(texts).toEqual(['Darmowy biuletyn | Gazeta.pl co tydzień', 'Szukaj | Menu', '3 lut 2022 | 08:40', 'Warszawa i Łódź']);
    const { text, units } = articleTextAndUnits(el);
    expect(text).toContain('Darmowy biuletyn Gazeta.pl co tydzień');
    expect(text).toContain('3 lut 2022 08:40');
    expect([...units]).toEqual(texts);
  });

  it('keeps text for screen readers apart from the visible text beside it', () => {
    const el = body('<nav><a href="?p=2"><span class="sr-only">Poprzednia strona</span> <span aria-hidden="true">nowsze</span></a></nav>');
    expect(collectCandidates(el).map((c) => c.text)).toEqual(['Poprzednia strona', 'nowsze']);
    expect([...articleTextAndUnits(el).units]).toEqual(['Poprzednia strona']); // the aria-hidden one is not the article's
  });
});

describe('cards of other pages', () => {
  it('takes the texts of a link holding several blocks for a card, and a card header for related content', () => {
    const el = body('<div><a href="/oferta/1"><div class="t">Grafik komputerowy</div><div class="c">Studio Nowak</div></a>' +
      '<a href="/kontakt"><span>Kontakt</span></a></div>' +
      '<div class="related-posts"><header><h1>Sąsiedzi sadzą drzewa. Ogrodnik tłumaczy, które gatunki przetrwają suszę</h1></header></div>' +
      '<div><h3>Ważne</h3></div>');
    const items = collectCandidates(el);
    const find = (t: string) => items.find((c) => c.text === t);
    expect(find('Grafik komputerowy')?.headline).toBe(true);
    expect(find('Studio Nowak')?.headline).toBe(true);
    expect(find('Kontakt')?.headline).toBeUndefined();
    const teaser = find('Sąsiedzi sadzą drzewa. Ogrodnik tłumaczy, które gatunki przetrwają suszę');
    expect(teaser?.kind).toBe('related');
    expect(teaser?.headline).toBe(true);
    expect(find('Ważne')?.headline).toBeUndefined();
  });
});
