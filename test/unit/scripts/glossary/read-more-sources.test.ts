// Readers added in the fourth pass of the catalogue (issue 16): desktop gettext catalogues, widgets that keep
// their languages in code, and CLDR's relative times. Files are written here, small and made up.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDesktopMo } from '../../../../scripts/glossary/read-sources';
import { readLanguageObjects } from '../../../../scripts/glossary/read-widgets';
import { readCldr } from '../../../../scripts/glossary/read-cldr';
import { cleanMessage } from '../../../../scripts/glossary/clean-message';

const dir = mkdtempSync(join(tmpdir(), 'glosa-read-more-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A little-endian GNU .mo file of these msgid → msgstr pairs (header entry first, as msgfmt writes). */
function writeMo(path: string, pairs: Array<[string, string]>): void {
  const all: Array<[string, string]> = [['', 'Content-Type: text/plain; charset=UTF-8\n'], ...pairs];
  const n = all.length;
  const headerSize = 28 + 16 * n;
  const strings: Buffer[] = [];
  const table = Buffer.alloc(16 * n);
  let offset = headerSize;
  const place = (text: string, at: number): void => {
    const bytes = Buffer.from(text, 'utf8');
    table.writeUInt32LE(bytes.length, at);
    table.writeUInt32LE(offset, at + 4);
    strings.push(bytes, Buffer.alloc(1));
    offset += bytes.length + 1;
  };
  all.forEach(([id], i) => place(id, i * 8));
  all.forEach(([, str], i) => place(str, 8 * n + i * 8));
  const header = Buffer.alloc(28);
  [0x950412de, 0, n, 28, 28 + 8 * n, 0, 0].forEach((v, i) => header.writeUInt32LE(v, i * 4));
  writeFileSync(path, Buffer.concat([header, table, ...strings]));
}

describe('desktop gettext catalogues', () => {
  it('drop the access-key marks inside words (LibreOffice ~, GNOME _) and read every .mo of a folder', () => {
    const folder = join(dir, 'LC_MESSAGES');
    mkdirSync(folder);
    writeMo(join(folder, 'sw.mo'), [['~Save', '~Zapisz'], ['ctx\u0004Insert ~Comment', 'Wstaw ~komentarz']]);
    writeMo(join(folder, 'evolution.mo'), [['Sa_ve', 'Z_apisz'], ['snake_case', 'snake_case']]);
    expect(readDesktopMo([folder])).toEqual([
      { en: 'Save', pl: 'Zapisz' },
      { en: 'snakecase', pl: 'snakecase' },
      { en: 'Save', pl: 'Zapisz' },
      { en: 'Insert Comment', pl: 'Wstaw komentarz' },
    ]);
  });

  it('gives nothing for a path the package does not have', () => {
    expect(readDesktopMo([join(dir, 'absent.mo')])).toEqual([]);
  });
});

describe('language objects in code (Shariff, cookie-notice)', () => {
  it('pairs the en and pl lines of each run of one-language-per-line properties', () => {
    const file = join(dir, 'service.js');
    writeFileSync(file, [
      'module.exports = function () {',
      '  return {',
      '    shareText: {',
      "      de: 'teilen',",
      "      en: 'share',",
      "      pl: 'udostępnij',",
      '    },',
      "    name: 'facebook',",
      '    title: {',
      "      en: 'Share on Facebook',",
      "      'pl': \"Udost\\\"ępnij na Facebooku\",",
      '    },',
      '    other: {',
      "      en: 'No Polish here',",
      '    },',
      '  }',
      '}',
    ].join('\n'));
    expect(readLanguageObjects([file])).toEqual([
      { en: 'share', pl: 'udostępnij' },
      { en: 'Share on Facebook', pl: 'Udost"ępnij na Facebooku' },
    ]);
  });
});

describe('CLDR relative times', () => {
  it('gives past labels without the count, the Polish plural forms paired with the English plural', () => {
    const root = join(dir, 'cldr');
    const fields = (past: Record<string, string>, short: Record<string, string>) => ({
      hour: { 'relativeTime-type-past': past, 'relativeTime-type-future': { 'relativeTimePattern-count-other': 'in {0} hours' } },
      'hour-short': { 'relativeTime-type-past': short },
    });
    for (const [locale, data] of Object.entries({
      en: fields({ 'relativeTimePattern-count-one': '{0} hour ago', 'relativeTimePattern-count-other': '{0} hours ago' },
        { 'relativeTimePattern-count-one': '{0} hr. ago', 'relativeTimePattern-count-other': '{0} hr. ago' }),
      pl: fields({ 'relativeTimePattern-count-one': '{0} godzinę temu', 'relativeTimePattern-count-few': '{0} godziny temu', 'relativeTimePattern-count-many': '{0} godzin temu' },
        { 'relativeTimePattern-count-few': '{0} godz. temu', 'relativeTimePattern-count-many': '{0} godzin temu' }),
    })) {
      mkdirSync(join(root, 'package/main', locale), { recursive: true });
      writeFileSync(join(root, 'package/main', locale, 'dateFields.json'), JSON.stringify({ main: { [locale]: { dates: { fields: data } } } }));
    }
    const pairs = readCldr([root]).map((p) => `${p.pl} → ${p.en}`);
    // The singular is left out (pages write it without a count); a short form equal to the long one keeps the long English.
    expect(pairs).toEqual(['godziny temu → hours ago', 'godzin temu → hours ago', 'godz. temu → hr. ago']);
  });
});

describe('Python, DataTables, strftime and LibreOffice placeholders', () => {
  it('are placeholders: such a message is not an interface string', () => {
    expect(cleanMessage('%(delta)s temu')).toBeNull();
    expect(cleanMessage('Dodaj %(name)s')).toBeNull();
    expect(cleanMessage('Pokaż _MENU_ pozycji')).toBeNull();
    expect(cleanMessage('Dzisiaj o %-l∶%M %p')).toBeNull();
    expect(cleanMessage('Arkusze kalkulacyjne %PRODUCTNAME')).toBeNull();
    expect(cleanMessage('%(value).1f miliard')).toBeNull();
    expect(cleanMessage('Rabat 50% na start')).toBe('Rabat 50% na start');
    expect(cleanMessage('Dodaj komentarz')).toBe('Dodaj komentarz');
  });
});
