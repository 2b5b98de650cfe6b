import { describe, expect, it } from 'vitest';
import { localeFreePath, parseFluent, parseProperties } from '../../../../scripts/glossary/read-firefox';

describe('parseFluent', () => {
  it('reads simple messages, attributes and continued lines, and drops templates and terms', () => {
    const ftl = [
      '# comment',
      'close-button = Zamknij',
      'search-box =',
      '    .placeholder = Szukaj w Internecie',
      '    .title = Szukaj',
      'long-message = Pierwsza linia',
      '    druga linia',
      'with-placeable = Witaj, { $name }',
      '-brand-name = Firefox',
    ].join('\n');
    expect([...parseFluent(ftl)]).toEqual([
      ['close-button', 'Zamknij'],
      ['search-box.placeholder', 'Szukaj w Internecie'],
      ['search-box.title', 'Szukaj'],
      ['long-message', 'Pierwsza linia druga linia'],
    ]);
  });
});

describe('parseProperties', () => {
  it('reads key = value, decodes \\u escapes, and drops plural lists and printf templates', () => {
    const props = 'a = Zamknij\nb=Za\\u0142aduj\nc = jeden;wiele\nd = Otwórz %S\n# x = y';
    expect([...parseProperties(props)]).toEqual([['a', 'Zamknij'], ['b', 'Załaduj']]);
  });
});

describe('localeFreePath', () => {
  it('puts the en-US and Polish copies of a file at the same place', () => {
    expect(localeFreePath('b/localization/en-US/browser/browser.ftl', 'en-US')).toBe(localeFreePath('browser/localization/pl/browser/browser.ftl', 'pl'));
    expect(localeFreePath('g/chrome/en-US/locale/en-US/global/x.properties', 'en-US')).toBe(localeFreePath('chrome/pl/locale/pl/global/x.properties', 'pl'));
  });
});
