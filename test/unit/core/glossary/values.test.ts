import { describe, expect, it } from 'vitest';
import { joinValue, splitValue } from '../../../../src/core/glossary/values';

describe('splitValue', () => {
  it('splits a bracketed count, a date and time, and a leading count off the label', () => {
    expect(splitValue('Komentarze (9)')).toEqual({ before: '', label: 'Komentarze', after: ' (9)' });
    expect(splitValue('Aktualizacja: 12.03.2021, 14:05')).toEqual({ before: '', label: 'Aktualizacja', after: ': 12.03.2021, 14:05' });
    expect(splitValue('Dodano: 12 marca 2021 r.')?.label).toBe('Dodano');
    expect(splitValue('242 osoby wydrukowały')).toEqual({ before: '242 ', label: 'osoby wydrukowały', after: '' });
  });

  it('leaves strings whose numbers belong to the phrase', () => {
    expect(splitValue('Wersja do druku')).toBeNull();
    expect(splitValue('Strona 3 z 12')).toBeNull();
    expect(splitValue('Ustawa z 2021')).toBeNull();
    expect(splitValue('12.03.2021')).toBeNull();
  });

  it('stays bounded on long digit runs', () => {
    const long = `Komentarze ${'1 '.repeat(5000)}`;
    expect(splitValue(long)).toBeNull();
  });

  it('puts the value back around the translated label', () => {
    expect(joinValue(splitValue('Aktualizacja: 12.03.2021, 14:05')!, 'Updated')).toBe('Updated: 12.03.2021, 14:05');
    expect(joinValue(splitValue('Komentarze (9)')!, 'Comments')).toBe('Comments (9)');
  });
});

describe('translateInterfaceString with values', () => {
  it('translates the label and keeps the count', async () => {
    const { parseCatalogue } = await import('../../../../src/core/glossary/catalogue');
    const { translateInterfaceString } = await import('../../../../src/core/glossary/glossary');
    const catalogue = parseCatalogue('komentarze\tKomentarze\tComments\tmediawiki,wordpress');
    const gloss = translateInterfaceString('Komentarze (9)', { catalogue });
    expect(gloss?.translation).toBe('Comments (9)');
    expect(gloss?.approximate).toBe(false);
  });
});
