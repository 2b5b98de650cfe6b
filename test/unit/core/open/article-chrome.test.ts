// Chrome left inside the article after Readability, and the page's source address.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isArticleChrome, removeArticleChrome } from '../../../../src/core/open/article-chrome';
import { pageSourceUrl } from '../../../../src/core/open/source-url';

const pl = { byline: null, lang: 'pl' as const };

describe('isArticleChrome', () => {
  it('knows labels, promos, reading-time and date lines', () => {
    for (const chrome of ['Reklama', 'Drukuj', 'CZYTAJ TAKŻE: Remont dworca potrwa do jesieni', 'Czytaj też:', '[czytaj więcej]',
      'Ten tekst przeczytasz w 3 minuty', 'Aktualizacja: 12.05.2021 14:30', 'Źródło: PAP', '16 marca 2021', 'Publikacja: 3 maja 2021, 10:15',
      'Sprawdź nasze oferty na www.example.pl', 'Poniżej dalsza część artykułu']) {
      expect(isArticleChrome(chrome, false, pl), chrome).toBe(true);
    }
  });

  it('leaves the article’s sentences alone, even those that mention reading or sources', () => {
    for (const prose of ['Zobaczyliśmy, jak rzeka wylewa.', 'Reklama telewizyjna kosztowała miliony, jak podało źródło w ministerstwie.',
      'Czytaj uważnie umowy, radzi rzecznik konsumentów, bo drobny druk potrafi zaskoczyć.', 'Źródłem problemu okazała się stara instalacja.',
      'Anna Kowalska']) {
      expect(isArticleChrome(prose, false, pl), prose).toBe(false);
    }
    expect(isArticleChrome('Anna Kowalska, Piotr Zieliński', true, pl)).toBe(true);
    expect(isArticleChrome('Anna Kowalska, Piotr Zieliński', true, { byline: null, lang: 'en' })).toBe(false);
  });

  it('removes a related-links heading together with the linked headline after it', () => {
    const body = new JSDOM('<body><div><p>Pierwszy akapit artykułu, długi na tyle, by był prozą, a nie etykietą strony.</p><p>Czytaj też:</p><p><a href="/x">Inny tekst o czymś</a></p><p>Dalszy ciąg.</p></div></body>').window.document.body;
    expect(removeArticleChrome(body, pl)).toEqual(['Inny tekst o czymś', 'Czytaj też:']);
    expect(body.textContent).toContain('Dalszy ciąg.');
  });
});

describe('pageSourceUrl', () => {
  const doc = (head: string) => new JSDOM(`<head>${head}</head><body></body>`).window.document;
  it('prefers the canonical link, then og:url, then what the browser recorded; only http(s)', () => {
    expect(pageSourceUrl(doc('<link rel="canonical" href="https://a.pl/x"><meta property="og:url" content="https://b.pl/y">'), 'https://c.pl/z')).toBe('https://a.pl/x');
    expect(pageSourceUrl(doc('<meta property="og:url" content="https://b.pl/y">'), 'https://c.pl/z')).toBe('https://b.pl/y');
    expect(pageSourceUrl(doc('<link rel="canonical" href="javascript:alert(1)">'), 'https://c.pl/z')).toBe('https://c.pl/z');
    expect(pageSourceUrl(doc(''), 'file:///home/x.html')).toBeNull();
  });
});
