// The rules that decide which chrome strings are Polish interface strings, on pages written for these tests in the
// style of Polish news sites (test/fixtures/real-pages), and on single strings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryDeps } from '../../../../src/core/glossary/glossary';
import { judgeString, pageGlossary, pieces, sharedPrefixes, splitSentences, stripValues } from '../../../../src/core/glossary/interface-strings';
import { readDocument } from '../../../../src/core/open/pipeline';
import { loadCatalogue } from '../../../../src/node/catalogue';
import { loadLookupService } from '../../../../src/node/dictionaries';
import { jsdomDomEnv } from '../../../../src/node/jsdom-env';

const FIXTURES = join(__dirname, '../../../fixtures/real-pages');
let deps: GlossaryDeps;
beforeAll(async () => {
  const [catalogue, lookup] = await Promise.all([loadCatalogue(), loadLookupService()]);
  deps = { catalogue, lookup };
}, 60_000);

function open(name: string) {
  const result = readDocument({ bytes: readFileSync(join(FIXTURES, name)), name }, jsdomDomEnv());
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('single strings', () => {
  it('cuts values off labels and splits notices into sentences', () => {
    expect(stripValues('242 osoby wydrukowały')).toBe('osoby wydrukowały');
    expect(stripValues('Komentarze (9)')).toBe('Komentarze');
    expect(stripValues('Najnowsze wydanie - 2021.05.11')).toBe('Najnowsze wydanie');
    expect(splitSentences('Korzystamy z plików cookies. Dalsze korzystanie z serwisu m.in. oznacza zgodę.')).toEqual([
      'Korzystamy z plików cookies.', 'Dalsze korzystanie z serwisu m.in. oznacza zgodę.',
    ]);
  });

  it('tells interface strings from headlines, names and English', () => {
    const judge = (text: string, extra: { link?: boolean; pageLang?: 'pl' | 'en' } = {}) => judgeString(text, { kind: 'related', ...extra }, deps);
    expect(judge('Polityka prywatności')).toBe('ui');
    expect(judge('Zapisz się do newslettera', { link: true })).toBe('ui');
    expect(judge('Przez dalsze korzystanie z serwisu wyrażasz zgodę na przetwarzanie danych.')).toBe('ui');
    expect(judge('Radni zdecydowali o podwyżce cen biletów komunikacji miejskiej od czerwca', { link: true })).toBe('other');
    expect(judge('Strażacy walczyli z ogniem przez całą noc')).toBe('other');
    expect(judge('Anna Kowalska')).toBe('other');
    expect(judge('Share on Facebook')).toBe('foreign');
    expect(judge('Profile', { pageLang: 'en' })).toBe('foreign');
  });

  it('splits a salutation off a notice and cuts a closing address off', () => {
    expect(splitSentences('Szanowny Użytkowniku, Na naszych stronach używamy plików cookie.')).toEqual(['Szanowny Użytkowniku,', 'Na naszych stronach używamy plików cookie.']);
    expect(stripValues('Jeżeli post łamie zasady, zawiadom nas o tym redakcja@portal.example.pl')).toBe('Jeżeli post łamie zasady, zawiadom nas o tym');
    expect(stripValues('Więcej na www.example.pl/prenumerata')).toBe('Więcej na');
  });

  it('takes imperatives for interface only with verbs of using a site, and Title Case menu entries of common words', () => {
    expect(judgeString('Zaloguj się, aby dodać komentarz pod tekstem.', { kind: 'text' }, deps)).toBe('ui');
    expect(judgeString('Cebulę posiekaj i podsmaż ją na maśle do zeszklenia.', { kind: 'text' }, deps)).toBe('other');
    expect(judgeString('Telefonia Komórkowa', { kind: 'navigation', link: true }, deps)).toBe('ui');
    expect(judgeString('Telefonia Komórkowa', { kind: 'text' }, deps)).toBe('other');
  });

  it('on an English page, needs letters only Polish has and judges labels too', () => {
    expect(judgeString('Sala y Gómez', { kind: 'navigation', link: true, pageLang: 'en' }, deps)).toBe('foreign');
    expect(pageGlossary([{ text: 'My Glasgow: tennis star Gordon Reid on life in the city', kind: 'related', pageLang: 'en' }], deps).glossary).toEqual([]);
  });

  it('wants evidence for a short link among related content', () => {
    expect(judgeString('Gulasz wieprzowy z papryką', { kind: 'related', link: true }, deps)).toBe('other');
    expect(judgeString('Gulasz wieprzowy z papryką', { kind: 'navigation', link: true }, deps)).toBe('ui');
  });

  it('cuts a short label off its value in page furniture, not off a headline', () => {
    expect(pieces('Partnerem serwisu jest: Acme Polska', deps, true).map((p) => p.text)).toEqual(['Partnerem serwisu jest:', 'Acme Polska']);
    expect(pieces('Partnerem serwisu jest: Acme Polska', deps).map((p) => p.text)).toEqual(['Partnerem serwisu jest: Acme Polska']);
  });

  it('lists a salutation standing alone, and a catalogue sentence closing a copyright line', () => {
    expect(pieces('Drogi Czytelniku!', deps)).toEqual([{ text: 'Drogi Czytelniku!', label: true }]);
    expect(pieces('Kraków, Warszawa', deps).some((p) => p.label)).toBe(false);
    expect(pieces('© 2021 Wydawnictwo Przykład Sp. z o.o. Wszelkie prawa zastrzeżone.', deps).map((p) => p.text)).toContain('Wszelkie prawa zastrzeżone.');
  });

  it('keeps a notice whole when a lowercase sentence follows its colon', () => {
    expect(pieces('Uwaga: serwis korzysta z plików cookies.', deps).map((p) => p.text)).toEqual(['Uwaga: serwis korzysta z plików cookies.']);
    expect(pieces('Autor: Jan Nowak', deps).map((p) => p.text)).toEqual(['Autor:', 'Jan Nowak']);
  });

  it('takes a long link that opens with a call to use the site for interface, not a headline', () => {
    const link = (text: string) => judgeString(text, { kind: 'text', link: true }, deps);
    expect(link('Obserwuj nas w serwisie Google News')).toBe('ui');
    expect(link('Zapisz się do naszego bezpłatnego newslettera już dziś')).toBe('ui');
    expect(link('Remont dworca potrwa do jesieni, pasażerowie czekają')).toBe('other');
  });

  it('finds labels repeated before varying values, not names with a dash', () => {
    const prefixes = sharedPrefixes(['Więcej w kategorii Sport', 'Więcej w kategorii Kultura', 'Więcej w kategorii Region', 'Newsletter — biuro', 'Newsletter — Kraków', 'Newsletter — Poznań']);
    expect(prefixes.has('Więcej w kategorii')).toBe(true);
    expect([...prefixes].some((p) => p.startsWith('Newsletter'))).toBe(false);
  });
});

describe('recall: UI kinds the rules used to miss', () => {
  const judge = (text: string, kind: 'navigation' | 'related' | 'footer' | 'text' | 'banner', link = false) => judgeString(text, { kind, ...(link ? { link } : {}) }, deps);

  it('judges a compound with a prefix by its last part', () => {
    expect(judge('e-czasopismo', 'navigation', true)).toBe('ui');
    expect(judge('Foto-reportaże', 'navigation', true)).toBe('ui');
  });

  it('takes a brand after a common noun or "O" for a menu entry in page furniture only', () => {
    expect(judge('Księgarnia Zorbex', 'navigation', true)).toBe('ui');
    expect(judge('O Zorbexie', 'footer', true)).toBe('ui');
    expect(judge('Księgarnia Zorbex', 'related', true)).toBe('other');
    // A name, not a head noun with a brand: still a name.
    expect(judge('Jan Zorbex', 'navigation', true)).not.toBe('ui');
  });

  it('needs one word about the site in a footer or banner sentence, two elsewhere', () => {
    const notice = 'Wszystkie materiały podlegają ochronie, a zasady ich użycia opisuje regulamin.';
    expect(judge(notice, 'footer')).toBe('ui');
    expect(judge(notice, 'text')).toBe('other');
    // An address line is values, not a notice.
    expect(judge('ul. Długa 5, 00-100 Warszawa, tel. 22 100 20 30, regulamin', 'footer')).toBe('other');
  });

  it('takes a short heading that names the site\'s furniture for UI, wherever it sits', () => {
    expect(judge('Sponsorzy serwisu', 'text')).toBe('ui');
    expect(judge('Sponsorzy imprezy', 'text')).toBe('other');
  });

  it('takes the site\'s name, a colon and a call to follow it for a call to action, however long', () => {
    expect(judge('Zorbex Media: obserwuj nas na Instagramie', 'navigation', true)).toBe('ui');
  });

  it('lists a Polish UI word the dictionaries cannot translate, but not one English shares or a web address', () => {
    const rows = (text: string) => pageGlossary([{ text, kind: 'navigation', link: true }], deps).glossary.map((g) => g.text);
    expect(rows('Zegarmistrzostwo')).toEqual(['Zegarmistrzostwo']);
    expect(rows('Radio')).toEqual([]);
    expect(rows('zorbex.pl')).toEqual([]);
  });
});

describe('a Polish local-news page', () => {
  it('keeps the article and takes its labels and promos out', () => {
    const doc = open('wiadomosci-lokalne.html');
    for (const prose of ['W piątek rano kierowcy', 'ponad 120 milionów złotych', 'pierwszym etapem obwodnicy']) expect(doc.text).toContain(prose);
    for (const chrome of ['Reklama', 'CZYTAJ TAKŻE', 'Remont dworca', 'przeczytasz w', 'Zapraszamy do subskrypcji', 'Źródło:', '14 maja 2021', 'Anna Kowalska']) {
      expect(doc.text).not.toContain(chrome);
    }
  });

  it('lists its interface strings, hidden ones marked, and nothing else', () => {
    const { glossary, other } = pageGlossary(open('wiadomosci-lokalne.html').chrome, deps);
    const rows = glossary.map((g) => g.text);
    for (const ui of ['Strona główna', 'Szukaj', 'Wpisz szukaną frazę', 'CZYTAJ TAKŻE', 'Komentarze', 'Korzystamy z plików cookies.',
      'Dalsze korzystanie z serwisu oznacza zgodę na ich użycie.', 'Polityka prywatności', 'Akceptuję', 'Więcej w kategorii',
      'Wszelkie prawa zastrzeżone.', 'Pola oznaczone * są wymagane.', 'Wiadomość została wysłana.', 'Ogłoszenia drobne', 'pokaż', 'odpowiedzi']) {
      expect(rows).toContain(ui);
    }
    for (const not of ['Pożar hali magazynowej pod miastem.', 'Radni zdecydowali o podwyżce cen biletów komunikacji miejskiej od czerwca', 'Jan Nowak', 'maja', 'Urząd Miasta', 'Wreszcie!']) {
      expect(rows).not.toContain(not);
    }
    expect(rows.some((r) => /Czekaliśmy|pokażodpowiedzi|Więcej w kategorii Sport/.test(r))).toBe(false);
    expect(glossary.find((g) => g.text === 'Wiadomość została wysłana.')?.hidden).toBe(true);
    expect(glossary.find((g) => g.text === 'Ogłoszenia drobne')?.hidden).toBe(true);
    expect(glossary.find((g) => g.text === 'Strona główna')?.hidden).toBeUndefined();
    expect(other).toContain('Radni zdecydowali o podwyżce cen biletów komunikacji miejskiej od czerwca');
  });
});

describe('a Polish recipe portal', () => {
  it('lists its interface strings, not the cook\'s instructions, ingredients to tick, teaser cards or addresses', () => {
    const doc = open('portal-kulinarny.html');
    expect(doc.text).toContain('Zmiksuj zupę na gładki krem');
    const rows = pageGlossary(doc.chrome, deps).glossary.map((g) => g.text);
    for (const ui of ['Dania Obiadowe', 'Ciasta Domowe', 'Przepisy Sezonowe', 'Zaloguj się', 'Podobne przepisy', 'Drogi Czytelniku,',
      'Korzystamy z plików cookies, aby serwis działał poprawnie.', 'Jeżeli zauważysz błąd w przepisie, daj nam znać', 'Akceptuję regulamin', 'Zapisz się']) {
      expect(rows).toContain(ui);
    }
    for (const not of ['Pestki upraż na suchej patelni i posyp nimi zupę tuż przed podaniem.', 'Sernik na zimno', 'Bigos myśliwski', 'Placki ziemniaczane', 'dynia', 'bulion warzywny', 'śmietanka']) {
      expect(rows).not.toContain(not);
    }
    expect(rows.some((r) => /@|Przepis na Sernik/.test(r))).toBe(false);
  });
});

describe('an English page', () => {
  it('gets an empty glossary', () => {
    const doc = open('english-blog.html');
    expect(pageGlossary(doc.chrome, deps).glossary).toEqual([]);
  });
});

// Small pages written for these tests: each holds one kind of non-interface text that used to reach the glossary.
function rowsOf(body: string): { rows: string[]; other: string[] } {
  const html = `<!doctype html><html lang="pl"><head><title>Strona testowa</title></head><body>${body}<article><h1>Ratusz otwiera nową czytelnię</h1>${'<p>Miejska biblioteka otworzyła w poniedziałek nową czytelnię w dawnym budynku poczty. Mieszkańcy mogą z niej korzystać codziennie od rana do wieczora, a w weekendy do późnego popołudnia.</p>'.repeat(6)}</article></body></html>`;
  const result = readDocument({ bytes: new TextEncoder().encode(html), name: 'test.html' }, jsdomDomEnv());
  if (!result.ok) throw new Error(result.error.code);
  const { glossary, other } = pageGlossary(result.value.chrome, deps);
  return { rows: glossary.map((g) => g.text), other };
}

describe('kinds of text that are not interface strings', () => {
  it('keeps a number that belongs to a title, and cuts a count with its unit', () => {
    expect(stripValues('3. Rozdział')).toBe('3. Rozdział');
    expect(stripValues('12 lutego to Dzień Kota')).toBe('12 lutego to Dzień Kota');
    expect(stripValues('25 lat Gazety Miejskiej')).toBe('25 lat Gazety Miejskiej');
    expect(stripValues('czas czytania 6 min')).toBe('czas czytania');
    expect(stripValues('Hosting zapewnia abc@xyz')).toBe('Hosting zapewnia');
    expect(stripValues('242 osoby wydrukowały')).toBe('osoby wydrukowały');
  });

  it('finds no label in dates that share their day', () => {
    expect([...sharedPrefixes(['3 lut 2022 10:00', '3 lut 2022 11:20', '3 lut 2022 12:45'])]).toEqual([]);
  });

  it('keeps a short link whole however it is punctuated', () => {
    expect(pieces('Pytania? Napisz do nas', deps, false, true).map((p) => p.text)).toEqual(['Pytania? Napisz do nas']);
    expect(pieces('Pytania? Napisz do nas', deps).map((p) => p.text)).toEqual(['Pytania?', 'Napisz do nas']);
  });

  it('takes a place or an agency written in its own base form for a name', () => {
    expect(judgeString('Toruń', { kind: 'navigation', link: true }, deps)).toBe('other');
    expect(judgeString('Kielce', { kind: 'navigation', link: true }, deps)).toBe('other');
    expect(judgeString('Gdańsk', { kind: 'navigation', link: true }, deps)).not.toBe('ui');
    expect(judgeString('PAP', { kind: 'text', link: true }, deps)).toBe('other');
    expect(judgeString('Kontakt', { kind: 'navigation', link: true }, deps)).toBe('ui');
    expect(judgeString('Menu', { kind: 'navigation', link: true }, deps)).toBe('ui');
  });

  it('leaves image file names, ranked headlines and featured cards in menus out', () => {
    const { rows, other } = rowsOf(`<nav><ul><li><a href="/">Strona główna</a></li><li><a href="/k">Kontakt</a></li>
      <li><div><a href="/a1"><img src="a.jpg" alt="Piekarze szukają uczniów"></a></div><div><a href="/a1"><h3>Piekarze szukają uczniów</h3></a></div></li></ul></nav>
      <div class="box"><a href="/g"><img src="x.jpg" alt="Nowak_zdjecie kopia"></a><a href="/g2"><img src="y.jpg" alt="Zrzut ekranu 2021-03-04 o 10.11.12"></a></div>
      <div class="most-read"><h2>Najczęściej czytane</h2><ol>
      <li><a href="/r1" title="Radny Kowalski zatrzymany przez policję"><small>1</small> <span>Radny Kowalski zatrzymany przez policję</span></a></li>
      <li><a href="/r2" title="Tramwaj kontra autobus miejski"><small>2</small> <span>Tramwaj kontra autobus miejski</span></a></li></ol></div>`);
    expect(rows).toContain('Strona główna');
    for (const not of ['Piekarze szukają uczniów', 'Nowak_zdjecie kopia', 'Nowak_zdjecie', 'Zrzut ekranu', 'Zrzut ekranu 2021-03-04 o', 'Radny Kowalski zatrzymany przez policję', 'Tramwaj kontra autobus miejski']) {
      expect(rows).not.toContain(not);
    }
    expect(other).toContain('Tramwaj kontra autobus miejski');
  });

  it('lists a short link of two sentences as one row', () => {
    const { rows } = rowsOf('<footer><a href="/o">Smaczne? Oceń przepis</a> <a href="/k">Kontakt</a></footer>');
    expect(rows).toContain('Smaczne? Oceń przepis');
    expect(rows).not.toContain('Smaczne?');
  });
});
