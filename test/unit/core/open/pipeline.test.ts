import { describe, expect, it } from 'vitest';
import { publishedDate, readDocument, type OpenInput } from '../../../../src/core/open/pipeline';
import { MAX_DEPTH } from '../../../../src/core/open/dom-limits';
import { jsdomDomEnv } from '../../../../src/node/jsdom-env';
import { fixture, POLISH } from '../../../harness/paths';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const open = (input: OpenInput) => readDocument(input, jsdomDomEnv());
const ok = (input: OpenInput) => {
  const r = open(input);
  if (!r.ok) throw new Error(`expected a document, got ${r.error.code}`);
  return r.value;
};
const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${POLISH} Paragraph ${i} of a long enough article body for Readability to pick it up.</p>`).join('');

describe('readDocument: formats', () => {
  it.each(['cp1250-declared.html', 'cp1250-undeclared.html', 'iso-8859-2-undeclared.html', 'utf16le-bom.html'])('%s opens with Polish letters intact', (name) => {
    const doc = ok({ bytes: fixture(name), name });
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Zażółć gęślą jaźń');
    expect(doc.text).toContain(POLISH);
    expect(doc.lang).toBe('pl');
  });

  it('collects the chrome extraction dropped, in document order, with kinds', () => {
    const doc = ok({ bytes: fixture('cp1250-declared.html'), name: 'a.html' });
    expect(doc.chrome.map(({ text, kind }) => ({ text, kind }))).toEqual([
      { text: 'Strona główna', kind: 'navigation' }, { text: 'Kraj', kind: 'navigation' }, { text: 'Świat', kind: 'navigation' },
      { text: 'Podziel się', kind: 'share' }, { text: 'Wyślij znajomemu', kind: 'button' }, { text: 'Szukaj', kind: 'form' },
      { text: 'Wpisz słowo', kind: 'attribute' }, { text: 'Szukaj teraz', kind: 'button' }, { text: 'Wszelkie prawa zastrzeżone', kind: 'footer' },
    ]);
    expect(doc.text).not.toContain('Strona główna');
    expect(doc.chrome.filter((c) => c.link).map((c) => c.text)).toEqual(['Strona główna', 'Kraj', 'Świat', 'Podziel się']);
  });

  it('leaves the article\'s own title out of the chrome, also when the page title adds the author and the site', () => {
    const html = `<html lang="pl"><head><title>Nowa czytelnia w ratuszu -Jan Nowak - Gazeta Miejska</title></head><body>
      <div class="top"><h1>Nowa czytelnia w ratuszu</h1></div><article>${paragraphs}</article><footer>Kontakt z redakcją</footer></body></html>`;
    const texts = ok({ bytes: enc(html), name: 'a.html' }).chrome.map((c) => c.text);
    expect(texts).toContain('Kontakt z redakcją');
    expect(texts).not.toContain('Nowa czytelnia w ratuszu');
  });

  it('"Webpage, complete": images from NAME_files go through resourceBase, remote ones become placeholders', () => {
    const doc = ok({ bytes: fixture('complete.html'), name: 'complete.html', resourceDir: 'complete_files', resourceBase: 'app://doc/3f2a/' });
    expect(doc.html).toContain('<img src="app://doc/3f2a/photo.png" alt="Łabędzie na jeziorze">');
    expect(doc.html).toContain('<span class="remote-image" role="img" aria-label="Zdjęcie z sieci">Zdjęcie z sieci</span>');
    expect(doc.html).not.toContain('cdn.example.com');
    expect(doc.remoteImages).toBe(1);
    const loaded = ok({ bytes: fixture('complete.html'), name: 'complete.html', loadRemoteImages: true });
    expect(loaded.html).toContain('src="https://cdn.example.com/remote.jpg"');
  });

  it('MHTML: quoted-printable page, images from their base64 parts as data: URLs', () => {
    const doc = ok({ bytes: fixture('page.mhtml'), name: 'page.mhtml' });
    expect(doc.format).toBe('mhtml');
    expect(doc.text).toContain(POLISH);
    expect(doc.html).toMatch(/<img src="data:image\/png;base64,iVBORw0KGgo[^"]*" alt="Łabędzie">/);
    expect(doc.remoteImages).toBe(0);
  });

  it('refuses bad input with a code', () => {
    const code = (bytes: Uint8Array, name: string) => {
      const r = open({ bytes, name });
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(fixture('broken.mhtml'), 'broken.mhtml')).toBe('mhtml-broken');
    expect(code(enc('not mime at all'), 'x.mhtml')).toBe('mhtml-broken');
    expect(code(fixture('binary.html'), 'binary.html')).toBe('file-binary');
    expect(code(new Uint8Array(0), 'e.html')).toBe('file-empty');
    expect(code(enc('   \n  '), 'e.txt')).toBe('file-empty');
    expect(code(enc('%PDF-1.4'), 'a.pdf')).toBe('unsupported-format');
  });

  it('refuses a page of a million elements and cuts off pathological nesting', () => {
    const huge = open({ bytes: enc('<div>'.repeat(1_000_000)), name: 'deep.html' });
    expect(huge.ok ? 'ok' : huge.error.code).toBe('page-too-large');
    const deep = ok({ bytes: enc(`<body>${paragraphs}${'<div>'.repeat(20_000)}tail</body>`), name: 'deep.html' });
    expect(deep.text).toContain(POLISH);
    expect(deep.text).not.toContain('tail');
    expect(deep.truncated).toBe(true);
    expect(ok({ bytes: enc(`<body>${paragraphs}${'<div>'.repeat(MAX_DEPTH - 8)}tail</body>`), name: 'nested.html' }).truncated).toBeUndefined();
  });

  it('opens a page whose CSS makes jsdom throw (calc($scss-var) in <style> and style attributes)', () => {
    const html = `<html><head><style>.a{width:calc($scss-var)}</style></head><body><article><h1>T</h1>${paragraphs}<p style="width:calc($x)">styled</p></article></body></html>`;
    const doc = ok({ bytes: enc(html), name: 'css.html' });
    expect(doc.text).toContain(POLISH);
    expect(doc.text).toContain('styled');
  });

  it('shows the sanitised body, flagged, when Readability finds no article', () => {
    const doc = ok({ bytes: enc('<html><body><img src="https://x.test/a.png" alt="Logo"><script>alert(1)</script></body></html>'), name: 's.html' });
    expect(doc.fallback).toBe(true);
    expect(doc.html).toBe('<span class="remote-image" role="img" aria-label="Logo">Logo</span>');
  });

  it('keeps only http(s) links, with rel=noopener', () => {
    const html = `<body><article>${paragraphs}<p><a href="https://example.com/x">ok</a> <a href="javascript:alert(1)">js</a> <a href="file:///etc/passwd">f</a></p></article></body>`;
    const doc = ok({ bytes: enc(html), name: 'l.html' });
    expect(doc.html).toContain('<a href="https://example.com/x" rel="noopener noreferrer">ok</a>');
    expect(doc.html).not.toContain('javascript:');
    expect(doc.text).toContain('ok js f');
    expect(doc.html).toContain('<a>f</a>');
  });
});

describe('publishedDate', () => {
  it('keeps a stated date as written and drops the Unix epoch a CMS writes for an empty field', () => {
    expect(publishedDate('2021-04-30T09:55:00+02:00')).toBe('2021-04-30T09:55:00+02:00');
    expect(publishedDate(' 30 kwietnia 2021 ')).toBe('30 kwietnia 2021');
    expect(publishedDate('1970-01-01T01:00:00+01:00')).toBeNull();
    expect(publishedDate('1970-01-01')).toBeNull();
    expect(publishedDate('1971-03-02')).toBe('1971-03-02');
    expect(publishedDate('')).toBeNull();
    expect(publishedDate(undefined)).toBeNull();
  });
});
