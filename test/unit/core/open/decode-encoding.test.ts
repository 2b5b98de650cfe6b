import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, prescanMetaCharset, sniffEncoding } from '../../../../src/core/open/decode-encoding';
import { fixture, POLISH } from '../../../harness/paths';

describe('decodeHtml', () => {
  it.each([
    ['cp1250-declared.html', 'windows-1250', 'meta'],
    ['cp1250-undeclared.html', 'windows-1250', 'sniff'],
    ['iso-8859-2-undeclared.html', 'iso-8859-2', 'sniff'],
    ['iso-8859-2-http-equiv.html', 'iso-8859-2', 'meta'],
    ['utf16le-bom.html', 'utf-16le', 'bom'],
  ])('%s → %s by %s, Polish letters intact', (name, encoding, source) => {
    const decoded = decodeHtml(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.source).toBe(source);
    expect(decoded.text).toContain(POLISH);
  });

  it('prefers valid UTF-8 over a stale legacy declaration', () => {
    const bytes = new TextEncoder().encode('<meta charset="iso-8859-2"><p>żółć</p>');
    expect(decodeHtml(bytes).encoding).toBe('utf-8');
    expect(decodeHtml(bytes).text).toContain('żółć');
  });

  it('reads a charset from an MHTML part before the page', () => {
    const bytes = new TextEncoder().encode('<meta charset="windows-1250"><p>abc</p>');
    expect(decodeHtml(bytes, 'iso-8859-2').encoding).toBe('iso-8859-2');
  });
});

describe('prescanMetaCharset', () => {
  it('finds charset and http-equiv forms, ignores commented-out metas, maps utf-16 to utf-8', () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(prescanMetaCharset(enc('<META CHARSET=latin2>'))).toBe('iso-8859-2');
    expect(prescanMetaCharset(enc(`<meta content='text/html; charset=windows-1250' http-equiv='Content-Type'>`))).toBe('windows-1250');
    expect(prescanMetaCharset(enc('<!-- <meta charset="iso-8859-2"> --><meta charset="utf-8">'))).toBe('utf-8');
    expect(prescanMetaCharset(enc('<meta charset="utf-16">'))).toBe('utf-8');
    expect(prescanMetaCharset(enc(' '.repeat(1100) + '<meta charset="iso-8859-2">'))).toBeNull();
  });
});

describe('sniffEncoding', () => {
  it('tells windows-1250 from ISO-8859-2 by the bytes of ą ś ź', () => {
    expect(sniffEncoding(new Uint8Array([0x9c, 0x77, 0x69, 0xea, 0x74, 0x79]))).toBe('windows-1250'); // "święty"
    expect(sniffEncoding(new Uint8Array([0xb6, 0x77, 0x69, 0xea, 0x74, 0x79]))).toBe('iso-8859-2');
    expect(sniffEncoding(new Uint8Array([0xb1, 0xb1, 0xbc]))).toBe('iso-8859-2');
    expect(sniffEncoding(new Uint8Array([0xb9, 0x9f]))).toBe('windows-1250');
    expect(sniffEncoding(new TextEncoder().encode('łąka'))).toBe('utf-8');
  });

  it('decodes text files by BOM or sniffing', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a');
    expect(decodeText(new Uint8Array([0xb3, 0xb9, 0x6b, 0x61])).text).toBe('łąka');
  });
});
